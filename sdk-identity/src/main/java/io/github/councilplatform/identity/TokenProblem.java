package io.github.councilplatform.identity;

/** Why a token was rejected. Each value matches one check a relying party must make. */
public enum TokenProblem {
  /** Not a signed JWT at all, or not parseable (this includes {@code alg: none}). */
  MALFORMED,
  /** The header {@code alg} is not the one pinned for this kind of token. */
  ALGORITHM,
  /** The header {@code typ} is wrong (logout tokens must be {@code logout+jwt}). */
  TYPE,
  /** No trusted key has the token's {@code kid}, even after fetching the provider's keys again. */
  UNKNOWN_KEY,
  /** The core identity {@code kid}'s controller is not the configured DID document's {@code id}. */
  CONTROLLER,
  /** The signature does not verify with the provider's key. */
  SIGNATURE,
  /** {@code iss} is not the configured issuer. */
  ISSUER,
  /**
   * {@code aud} does not name this client, or also names an audience the client was not configured to trust
   * ({@code OneLoginClient.Builder#trustedAudiences}), or names several audiences without {@code azp}.
   */
  AUDIENCE,
  /** {@code azp} is present but is not this client's id (OpenID Connect Core 3.1.3.7 (5)). */
  AUTHORIZED_PARTY,
  /** {@code exp} is missing or has passed (beyond the clock skew). */
  EXPIRED,
  /** {@code iat} is missing or in the future (beyond the clock skew), or {@code nbf} has not arrived. */
  NOT_YET_VALID,
  /** {@code nonce} is missing or not the one sent with the sign-in. */
  NONCE,
  /** {@code vot} is missing or not the level requested. */
  VECTOR_OF_TRUST,
  /** {@code auth_time} is missing or older than the {@code max_age} sent. */
  AUTH_TIME,
  /** {@code sub} is missing, or not the ID token's subject. */
  SUBJECT,
  /** A logout token's {@code events} claim is missing or not exactly the back-channel logout event. */
  EVENTS,
  /** A logout token's {@code jti} is missing or was already used. */
  REPLAYED,
  /**
   * An identity claim is missing or not in One Login's documented shape: the core identity's {@code vc}
   * (its {@code type}, {@code credentialSubject}, names and birth dates), or a userinfo claim (address,
   * passport, driving permit, return code, or the core identity claim itself). The message names the part,
   * never its value. The identity is never treated as proven.
   */
  SHAPE
}
