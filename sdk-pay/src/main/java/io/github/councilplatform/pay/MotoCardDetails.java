package io.github.councilplatform.pay;

import io.github.councilplatform.core.RequestValidationException;
import io.github.councilplatform.pay.internal.PayValidation;

/**
 * Card details for a MOTO API payment ({@code POST /v1/auth}). {@link #toString()} hides everything but the
 * last four digits.
 *
 * @param oneTimeToken the payment's {@code one_time_token} ({@link Payment#oneTimeToken()})
 * @param cardNumber 12 to 19 characters
 * @param cvc 3 or 4 characters
 * @param expiryDate {@code MM/YY}
 * @param cardholderName the name on the card, 1 to 255 characters
 */
public record MotoCardDetails(String oneTimeToken, String cardNumber, String cvc, String expiryDate,
    String cardholderName) {

  /**
   * Checks the details against GOV.UK Pay's rules. The messages name the field, never its value.
   *
   * @param oneTimeToken the payment's {@code one_time_token}
   * @param cardNumber 12 to 19 characters
   * @param cvc 3 or 4 characters
   * @param expiryDate {@code MM/YY}
   * @param cardholderName the name on the card, 1 to 255 characters
   * @throws RequestValidationException naming the first field that breaks a rule
   */
  public MotoCardDetails {
    PayValidation.required("one_time_token", oneTimeToken);
    PayValidation.required("card_number", cardNumber);
    if (cardNumber.length() < 12 || cardNumber.length() > 19) {
      PayValidation.fail("card_number", "must be between 12 and 19 characters long.");
    }
    PayValidation.required("cvc", cvc);
    if (cvc.length() < 3 || cvc.length() > 4) {
      PayValidation.fail("cvc", "must be 3 or 4 characters long.");
    }
    PayValidation.required("expiry_date", expiryDate);
    if (expiryDate.length() != 5) {
      PayValidation.fail("expiry_date", "must be 5 characters long, MM/YY.");
    }
    PayValidation.required("cardholder_name", cardholderName);
    PayValidation.maxLength("cardholder_name", cardholderName, PayValidation.MAX_TEXT);
  }

  @Override
  public String toString() {
    return "MotoCardDetails{card ending " + cardNumber.substring(cardNumber.length() - 4) + ", …}";
  }
}
