package io.github.councilplatform.sandbox.internal.pay;

/**
 * The card a payment was authorised with. Only what Pay shows is kept, plus the full number so a
 * recurring-payment agreement can decide later outcomes the way the sandbox provider does.
 *
 * @param number the full card number (never rendered)
 * @param brand e.g. {@code Visa}
 * @param type {@code debit} or {@code credit}
 * @param expiryDate {@code MM/YY}
 * @param cardholderName the name on the card
 * @param address the billing address, or {@code null}
 */
record Card(String number, String brand, String type, String expiryDate, String cardholderName,
    Address address) {

  /** A billing address as Pay returns it; {@code country} is an ISO-3166-1 alpha-2 code. */
  record Address(String line1, String line2, String postcode, String city, String country) {}

  String lastDigits() {
    return number.substring(number.length() - 4);
  }

  String firstDigits() {
    return number.substring(0, 6);
  }
}
