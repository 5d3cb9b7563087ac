package io.github.councilplatform.pay;

/**
 * A billing address, as prefilled on the payment page or as the payer entered it. {@link #toString()}
 * shows only the country, because an address is personal data.
 *
 * @param line1 first line, at most 255 characters
 * @param line2 second line, at most 255 characters
 * @param postcode postcode, at most 25 characters
 * @param city town or city, at most 255 characters
 * @param country ISO 3166-1 alpha-2 code, for example {@code GB}; the payment page defaults to the UK
 */
public record Address(String line1, String line2, String postcode, String city, String country) {

  @Override
  public String toString() {
    return "Address{country=" + country + ", …}";
  }
}
