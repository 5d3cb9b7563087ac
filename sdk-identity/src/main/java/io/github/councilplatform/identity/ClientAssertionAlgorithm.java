package io.github.councilplatform.identity;

/**
 * The algorithm the SDK signs its {@code private_key_jwt} client assertion with. One Login accepts RSA
 * signatures only, so the key must be RSA.
 */
public enum ClientAssertionAlgorithm {
  /** RSASSA-PKCS1-v1_5 with SHA-256 (default). */
  RS256,
  /** RSASSA-PSS with SHA-256. */
  PS256
}
