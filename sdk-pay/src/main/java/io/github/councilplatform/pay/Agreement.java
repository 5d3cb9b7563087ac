package io.github.councilplatform.pay;

import java.time.Instant;

/**
 * A recurring-payment agreement: the payer's permission to take later payments without them present.
 *
 * @param agreementId GOV.UK Pay's 26-character id
 * @param reference your reference
 * @param description what the agreement is for
 * @param userIdentifier your identifier for the payer (no personal data), or {@code null}
 * @param status the agreement's status
 * @param createdDate when it was created
 * @param cancelledDate when it was cancelled, or {@code null}
 * @param paymentInstrument the card it charges, once set up
 */
public record Agreement(
    String agreementId,
    String reference,
    String description,
    String userIdentifier,
    AgreementStatus status,
    Instant createdDate,
    Instant cancelledDate,
    PaymentInstrument paymentInstrument) {

  /**
   * Treats a missing status as {@link AgreementStatus#UNKNOWN}.
   *
   * @param agreementId GOV.UK Pay's 26-character id
   * @param reference your reference
   * @param description what the agreement is for
   * @param userIdentifier your identifier for the payer (no personal data), or {@code null}
   * @param status the agreement's status
   * @param createdDate when it was created
   * @param cancelledDate when it was cancelled, or {@code null}
   * @param paymentInstrument the card it charges, once set up
   */
  public Agreement {
    status = status == null ? AgreementStatus.UNKNOWN : status;
  }
}
