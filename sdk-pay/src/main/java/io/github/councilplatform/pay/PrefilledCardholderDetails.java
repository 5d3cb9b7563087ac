package io.github.councilplatform.pay;

import io.github.councilplatform.core.RequestValidationException;
import io.github.councilplatform.pay.internal.PayValidation;

/**
 * Details that prefill the payment page ({@code prefilled_cardholder_details}); the payer can change them.
 * Not allowed on agreement payments. {@link #toString()} hides them, because they are personal data.
 *
 * @param cardholderName the name on the card, at most 255 characters, or {@code null}
 * @param billingAddress the billing address (lines and city at most 255 characters, postcode at most 25), or
 *     {@code null}
 */
public record PrefilledCardholderDetails(String cardholderName, Address billingAddress) {
  private static final int MAX_POSTCODE = 25;
  private static final String FIELD = "prefilled_cardholder_details.";

  /**
   * Checks the lengths GOV.UK Pay allows. ({@link Address} itself is not checked, because GOV.UK Pay also sends
   * addresses back, and those are read as they come.)
   *
   * @param cardholderName the name on the card, at most 255 characters, or {@code null}
   * @param billingAddress the billing address, or {@code null}
   * @throws RequestValidationException naming the field that is too long
   */
  public PrefilledCardholderDetails {
    PayValidation.optionalMax(FIELD + "cardholder_name", cardholderName, PayValidation.MAX_TEXT);
    if (billingAddress != null) {
      PayValidation.optionalMax(FIELD + "billing_address.line1", billingAddress.line1(), PayValidation.MAX_TEXT);
      PayValidation.optionalMax(FIELD + "billing_address.line2", billingAddress.line2(), PayValidation.MAX_TEXT);
      PayValidation.optionalMax(FIELD + "billing_address.city", billingAddress.city(), PayValidation.MAX_TEXT);
      PayValidation.optionalMax(FIELD + "billing_address.postcode", billingAddress.postcode(), MAX_POSTCODE);
    }
  }

  @Override
  public String toString() {
    return "PrefilledCardholderDetails{…}";
  }
}
