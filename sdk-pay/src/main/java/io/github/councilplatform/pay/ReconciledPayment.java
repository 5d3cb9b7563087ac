package io.github.councilplatform.pay;

import io.github.councilplatform.core.CouncilPlatformException;
import io.github.councilplatform.core.NotFoundException;
import java.util.Optional;

/**
 * What a reconciliation ("mop-up") run found for one payment id: the payment as {@code getPayment} returned
 * it, or the failure that stopped the lookup.
 *
 * @param paymentId the id looked up
 * @param payment the payment, or {@code null} if the lookup failed
 * @param failure why the lookup failed, or {@code null}
 */
public record ReconciledPayment(String paymentId, Payment payment, CouncilPlatformException failure) {

  /** {@return the payment, when the lookup succeeded} */
  public Optional<Payment> found() {
    return Optional.ofNullable(payment);
  }

  /** {@return the lookup's failure, when it failed} */
  public Optional<CouncilPlatformException> lookupFailure() {
    return Optional.ofNullable(failure);
  }

  /** {@return the payment's status, or {@link PaymentStatus#UNKNOWN} when it could not be fetched} */
  public PaymentStatus status() {
    return payment == null ? PaymentStatus.UNKNOWN : payment.status();
  }

  /** {@return whether the payment was fetched and has reached a final status} */
  public boolean isFinished() {
    return payment != null && payment.isFinished();
  }

  /** {@return whether GOV.UK Pay does not know this id (404)} */
  public boolean isNotFound() {
    return failure instanceof NotFoundException;
  }
}
