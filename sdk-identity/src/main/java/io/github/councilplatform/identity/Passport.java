package io.github.councilplatform.identity;

import java.time.LocalDate;

/**
 * Passport details from {@code https://vocab.account.gov.uk/v1/passport}.
 *
 * @param documentNumber the passport number
 * @param icaoIssuerCode the issuing state's ICAO code, for example {@code GBR}
 * @param expiryDate the expiry date
 */
public record Passport(String documentNumber, String icaoIssuerCode, LocalDate expiryDate) {

  /** Hides the document number: it is personal data. */
  @Override
  public String toString() {
    return "Passport[icaoIssuerCode=" + icaoIssuerCode + ", documentNumber=***]";
  }
}
