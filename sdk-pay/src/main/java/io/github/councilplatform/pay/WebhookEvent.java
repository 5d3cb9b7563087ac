package io.github.councilplatform.pay;

import java.time.Instant;
import java.util.Optional;

/**
 * A verified GOV.UK Pay webhook message. GOV.UK Pay delivers each message at least once and not necessarily
 * in order: de-duplicate on {@link #webhookMessageId()} (the signature has no timestamp, so this is also your
 * replay protection) and, when order matters, fetch the payment with {@code PayClient.getPayment}.
 *
 * @param webhookMessageId the message's unique id
 * @param createdDate when the event happened
 * @param resourceId the id of the resource (the payment id, also for refund events)
 * @param apiVersion the message format version ({@code 1})
 * @param resourceType the resource's type as sent (for example {@code payment}; compare ignoring case)
 * @param eventType the event, {@link WebhookEventType#UNKNOWN} for types this SDK does not know
 * @param eventTypeValue the {@code event_type} exactly as sent
 * @param payment the payment, when the resource is a payment (it has no links)
 */
public record WebhookEvent(
    String webhookMessageId,
    Instant createdDate,
    String resourceId,
    Integer apiVersion,
    String resourceType,
    WebhookEventType eventType,
    String eventTypeValue,
    Payment payment) {

  /** {@return whether the resource is a payment ({@code resource_type} "payment", in any case)} */
  public boolean isPaymentEvent() {
    return "payment".equalsIgnoreCase(resourceType);
  }

  /** {@return the payment the message is about, when the resource is a payment} */
  public Optional<Payment> paymentResource() {
    return Optional.ofNullable(payment);
  }
}
