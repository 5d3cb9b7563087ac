package io.github.councilplatform.pay;

import java.util.List;

/**
 * A payment's state changes, oldest first.
 *
 * @param paymentId the payment
 * @param events the events; never null
 */
public record PaymentEvents(String paymentId, List<PaymentEvent> events) {

  /**
   * Copies the events; a missing list becomes empty.
   *
   * @param paymentId the payment
   * @param events the events; never null
   */
  public PaymentEvents {
    events = events == null ? List.of() : List.copyOf(events);
  }
}
