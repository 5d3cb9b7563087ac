package io.github.councilplatform.pay;

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

  @Override
  public String toString() {
    String last = cardNumber == null || cardNumber.length() < 4 ? "?" : cardNumber.substring(cardNumber.length() - 4);
    return "MotoCardDetails{card ending " + last + ", …}";
  }
}
