package io.github.councilplatform.identity;

/**
 * An identity attribute to request from userinfo with an identity {@link TrustLevel}. Your client must be
 * registered for each one.
 */
public enum IdentityClaim {
  /** The core identity JWT: verified names and dates of birth. */
  CORE_IDENTITY("https://vocab.account.gov.uk/v1/coreIdentityJWT"),
  /** Postal addresses. */
  ADDRESS("https://vocab.account.gov.uk/v1/address"),
  /** Passport details. */
  PASSPORT("https://vocab.account.gov.uk/v1/passport"),
  /** Driving permit details. */
  DRIVING_PERMIT("https://vocab.account.gov.uk/v1/drivingPermit"),
  /** Return codes, sent instead of {@code access_denied} when identity could not be proven. */
  RETURN_CODE("https://vocab.account.gov.uk/v1/returnCode");

  private final String uri;

  IdentityClaim(String uri) {
    this.uri = uri;
  }

  /** The claim name as it appears in the claims request and in userinfo. */
  public String uri() {
    return uri;
  }
}
