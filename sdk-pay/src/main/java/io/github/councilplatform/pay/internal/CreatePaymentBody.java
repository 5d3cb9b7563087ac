package io.github.councilplatform.pay.internal;

import io.github.councilplatform.pay.AgreementPaymentType;
import io.github.councilplatform.pay.AuthorisationMode;
import io.github.councilplatform.pay.CreatePaymentRequest;
import io.github.councilplatform.pay.Language;
import io.github.councilplatform.pay.PrefilledCardholderDetails;
import java.util.Map;

/**
 * The JSON body of {@code POST /v1/payments}. Null members are not sent (the shared mapper leaves them out),
 * so only what the caller set goes on the wire; the {@code Idempotency-Key} travels as a header instead.
 */
public record CreatePaymentBody(
    long amount,
    String reference,
    String description,
    String returnUrl,
    String email,
    Language language,
    Boolean delayedCapture,
    Boolean moto,
    PrefilledCardholderDetails prefilledCardholderDetails,
    Map<String, Object> metadata,
    AuthorisationMode authorisationMode,
    String agreementId,
    String setUpAgreement,
    AgreementPaymentType agreementPaymentType) {

  /**
   * The body for a request.
   *
   * @param r a validated request
   * @return the body
   */
  public static CreatePaymentBody of(CreatePaymentRequest r) {
    return new CreatePaymentBody(r.amount(), r.reference(), r.description(), r.returnUrl(), r.email(), r.language(),
        r.delayedCapture(), r.moto(), r.prefilledCardholderDetails(), r.metadata().isEmpty() ? null : r.metadata(),
        r.authorisationMode(), r.agreementId(), r.setUpAgreement(), r.agreementPaymentType());
  }
}
