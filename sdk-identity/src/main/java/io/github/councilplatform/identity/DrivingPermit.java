package io.github.councilplatform.identity;

import java.time.LocalDate;

/**
 * Driving permit details from {@code https://vocab.account.gov.uk/v1/drivingPermit}.
 *
 * @param expiryDate the expiry date
 * @param issueNumber the issue number (DVLA licences only), or {@code null}
 * @param issuedBy the issuer, for example {@code DVLA} or {@code DVA}
 * @param personalNumber the licence number
 */
public record DrivingPermit(LocalDate expiryDate, String issueNumber, String issuedBy, String personalNumber) {

  /** Hides the licence number: it is personal data. */
  @Override
  public String toString() {
    return "DrivingPermit[issuedBy=" + issuedBy + ", personalNumber=***]";
  }
}
