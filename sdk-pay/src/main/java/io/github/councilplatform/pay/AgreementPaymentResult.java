package io.github.councilplatform.pay;

import java.util.Objects;

/**
 * What {@link PayClient#createAgreementPayment(CreatePaymentRequest)} made: the payment, the
 * {@code Idempotency-Key} it was sent with on every attempt, and whether GOV.UK Pay replayed a payment made
 * earlier with that key instead of creating one.
 *
 * @param payment the payment (new, or the original one when {@code replayed})
 * @param idempotencyKey the key every attempt carried: yours, or the one the SDK generated for the call
 * @param replayed whether GOV.UK Pay answered 200 with the payment an earlier request with this key created
 *     (within 24 hours), rather than 201 with a new one
 */
public record AgreementPaymentResult(Payment payment, String idempotencyKey, boolean replayed) {

  /** Checks the payment is present. */
  public AgreementPaymentResult {
    Objects.requireNonNull(payment, "payment");
  }
}
