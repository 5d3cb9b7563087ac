package io.github.councilplatform.identity;

/** Which of One Login's tokens failed verification. */
public enum TokenKind {
  /** The OpenID Connect ID token from the token endpoint. */
  ID_TOKEN,
  /** The core identity JWT ({@code https://vocab.account.gov.uk/v1/coreIdentityJWT}) from userinfo. */
  CORE_IDENTITY,
  /** A back-channel {@code logout_token}. */
  LOGOUT_TOKEN,
  /** The userinfo response, checked against the ID token. */
  USERINFO
}
