package io.github.councilplatform.pay;

import io.github.councilplatform.core.RequestValidationException;
import io.github.councilplatform.pay.internal.PayValidation;

/**
 * Card details for a MOTO API payment ({@code POST /v1/auth}). Build them with {@link #builder()}, which names
 * each field so that five strings cannot be passed in the wrong order; the constructor checks GOV.UK Pay's
 * rules. {@link #toString()} hides everything but the last four digits.
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

  /** {@return a builder; every field is required} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "MotoCardDetails{card ending " + cardNumber.substring(cardNumber.length() - 4) + ", …}";
  }

  /** Builds {@link MotoCardDetails}. Not thread-safe; {@link #toString()} never shows the card. */
  public static final class Builder {
    private String oneTimeToken;
    private String cardNumber;
    private String cvc;
    private String expiryDate;
    private String cardholderName;

    private Builder() {}

    /**
     * The payment's one-time token.
     *
     * @param token {@link Payment#oneTimeToken()} of the MOTO API payment
     * @return this builder
     */
    public Builder oneTimeToken(String token) {
      this.oneTimeToken = token;
      return this;
    }

    /**
     * The card number.
     *
     * @param cardNumber 12 to 19 characters
     * @return this builder
     */
    public Builder cardNumber(String cardNumber) {
      this.cardNumber = cardNumber;
      return this;
    }

    /**
     * The card security code.
     *
     * @param cvc 3 or 4 characters
     * @return this builder
     */
    public Builder cvc(String cvc) {
      this.cvc = cvc;
      return this;
    }

    /**
     * The expiry date.
     *
     * @param expiryDate {@code MM/YY}
     * @return this builder
     */
    public Builder expiryDate(String expiryDate) {
      this.expiryDate = expiryDate;
      return this;
    }

    /**
     * The name on the card.
     *
     * @param cardholderName 1 to 255 characters
     * @return this builder
     */
    public Builder cardholderName(String cardholderName) {
      this.cardholderName = cardholderName;
      return this;
    }

    /**
     * Builds the details.
     *
     * @return the details
     * @throws RequestValidationException naming the first field that breaks a rule
     */
    public MotoCardDetails build() {
      return new MotoCardDetails(oneTimeToken, cardNumber, cvc, expiryDate, cardholderName);
    }

    /** Hides every field: they are card data. */
    @Override
    public String toString() {
      return "MotoCardDetails.Builder{…}";
    }
  }
}
