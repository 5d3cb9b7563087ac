package io.github.councilplatform.pay;

/**
 * The card a payment was (or is being) made with. {@link #toString()} shows only the brand and last four
 * digits; the name and address are personal data.
 *
 * @param lastDigitsCardNumber the last four digits
 * @param firstDigitsCardNumber the first six digits
 * @param cardholderName the name the payer entered
 * @param expiryDate {@code MM/YY}
 * @param billingAddress the billing address; {@code null} when the service does not collect it
 * @param cardBrand for example {@code Visa}, {@code Mastercard}
 * @param cardType {@code debit}, {@code credit} or {@code null}
 * @param walletType {@code Apple Pay}, {@code Google Pay} or {@code null}
 */
public record CardDetails(
    String lastDigitsCardNumber,
    String firstDigitsCardNumber,
    String cardholderName,
    String expiryDate,
    Address billingAddress,
    String cardBrand,
    String cardType,
    String walletType) {

  @Override
  public String toString() {
    return "CardDetails{" + cardBrand + " ending " + lastDigitsCardNumber + ", …}";
  }
}
