package io.github.councilplatform.pay;

import java.util.Optional;

/**
 * A payment's {@code state}.
 *
 * @param status the lifecycle status
 * @param finished whether GOV.UK Pay says the payment is finished
 * @param code for failed, cancelled and error payments, the reason: {@code P0010} payment method rejected,
 *     {@code P0020} expired, {@code P0030} cancelled by the payer, {@code P0040} cancelled by the service,
 *     {@code P0050} payment provider error. Match on this, not on the message
 * @param message GOV.UK Pay's text for the code, for developers
 * @param canRetry for failed agreement payments, whether another payment may be tried against the agreement
 *     ({@code false} makes the agreement inactive); otherwise {@code null}
 */
public record PaymentState(PaymentStatus status, boolean finished, String code, String message, Boolean canRetry) {

  /**
   * Treats a missing status as {@link PaymentStatus#UNKNOWN}.
   *
   * @param status the lifecycle status
   * @param finished whether GOV.UK Pay says the payment is finished
   * @param code for failed, cancelled and error payments, the reason: {@code P0010} payment method rejected,
   *     {@code P0020} expired, {@code P0030} cancelled by the payer, {@code P0040} cancelled by the service,
   *     {@code P0050} payment provider error. Match on this, not on the message
   * @param message GOV.UK Pay's text for the code, for developers
   * @param canRetry for failed agreement payments, whether another payment may be tried against the agreement
   *     ({@code false} makes the agreement inactive); otherwise {@code null}
   */
  public PaymentState {
    status = status == null ? PaymentStatus.UNKNOWN : status;
  }

  /** {@return the failure code ({@code P0010}…{@code P0050}), when there is one} */
  public Optional<String> failureCode() {
    return Optional.ofNullable(code);
  }
}
