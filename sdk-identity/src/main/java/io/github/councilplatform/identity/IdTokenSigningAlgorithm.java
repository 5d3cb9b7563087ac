package io.github.councilplatform.identity;

/**
 * The algorithm One Login signs your client's ID tokens with, as registered for the client. Tokens signed
 * with any other algorithm are rejected.
 */
public enum IdTokenSigningAlgorithm {
  /** ECDSA P-256 with SHA-256, One Login's default. */
  ES256,
  /** RSASSA-PKCS1-v1_5 with SHA-256, for clients registered with {@code IdTokenSigningAlgorithm: RS256}. */
  RS256
}
