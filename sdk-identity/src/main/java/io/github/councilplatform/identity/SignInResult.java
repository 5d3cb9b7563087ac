package io.github.councilplatform.identity;

import io.github.councilplatform.core.Redaction;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A finished, verified sign-in. Map {@link #subject()} to your own user id; do not use the email address as
 * a key.
 *
 * @param subject the user's pairwise subject identifier ({@code sub})
 * @param email the email address, when the {@code email} scope was requested
 * @param emailVerified whether One Login verified the email address
 * @param phoneNumber the phone number in E.164 form, when requested and the user's second factor is SMS
 * @param phoneNumberVerified whether One Login verified the phone number
 * @param credentialTrust the ID token's {@code vot}, for example {@code Cl.Cm}
 * @param sessionId the ID token's {@code sid}, or {@code null}
 * @param authTime when the user last authenticated, or {@code null}
 * @param idToken the raw ID token, needed as {@code id_token_hint} for {@link OneLoginClient#endSessionUri}
 * @param identityOutcome whether identity was requested and proven
 * @param identity the verified identity when {@link IdentityOutcome#PROVEN}
 * @param identityLevel the identity level requested (for example {@code P2}), or {@code null}
 * @param returnCodes return codes, when {@link IdentityClaim#RETURN_CODE} was requested
 */
public record SignInResult(
    String subject,
    String email,
    boolean emailVerified,
    String phoneNumber,
    boolean phoneNumberVerified,
    String credentialTrust,
    String sessionId,
    Instant authTime,
    String idToken,
    IdentityOutcome identityOutcome,
    VerifiedIdentity identity,
    String identityLevel,
    List<ReturnCode> returnCodes) {

  /** Copies the return codes. */
  public SignInResult {
    returnCodes = List.copyOf(returnCodes);
  }

  /** The email address, if the {@code email} scope was requested. */
  public Optional<String> emailAddress() {
    return Optional.ofNullable(email);
  }

  /** The phone number, if the {@code phone} scope was requested and One Login has one. */
  public Optional<String> phone() {
    return Optional.ofNullable(phoneNumber);
  }

  /** The verified identity, if one was requested and proven. */
  public Optional<VerifiedIdentity> verifiedIdentity() {
    return Optional.ofNullable(identity);
  }

  /**
   * The verified identity, failing if it was not proven.
   *
   * @return the identity
   * @throws IdentityNotProvenException if identity was requested but not proven, or not requested at all
   */
  public VerifiedIdentity requireIdentity() {
    if (identity == null) {
      throw new IdentityNotProvenException(subject, identityLevel, returnCodes);
    }
    return identity;
  }

  /** Masks personal data and omits the ID token. */
  @Override
  public String toString() {
    return "SignInResult[subject=" + subject + ", email=" + Redaction.maskEmail(email) + ", phoneNumber="
        + Redaction.maskPhone(phoneNumber) + ", credentialTrust=" + credentialTrust + ", identityOutcome="
        + identityOutcome + ", identity=" + identity + ", returnCodes=" + returnCodes + "]";
  }
}
