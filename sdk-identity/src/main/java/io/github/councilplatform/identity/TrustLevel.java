package io.github.councilplatform.identity;

import java.util.Optional;

/**
 * The vector of trust to request ({@code vtr}): how strongly the user must authenticate and, optionally, how
 * strongly they must prove their identity. One Login recommends two separate sign-ins: first
 * {@link #MEDIUM} to authenticate, then {@link #MEDIUM_IDENTITY} only when the service needs identity.
 */
public enum TrustLevel {
  /** {@code Cl}: low authentication (password only). */
  LOW("Cl", null),
  /** {@code Cl.Cm}: medium authentication (password and a second factor). One Login's default. */
  MEDIUM("Cl.Cm", null),
  /** {@code Cl.Cm.P1}: medium authentication and low-confidence identity. */
  MEDIUM_LOW_IDENTITY("Cl.Cm.P1", "P1"),
  /** {@code Cl.Cm.P2}: medium authentication and medium-confidence identity (the usual identity level). */
  MEDIUM_IDENTITY("Cl.Cm.P2", "P2");

  private final String vector;
  private final String identityLevel;

  TrustLevel(String vector, String identityLevel) {
    this.vector = vector;
    this.identityLevel = identityLevel;
  }

  /** The vector as sent in {@code vtr}, for example {@code Cl.Cm.P2}. */
  public String vector() {
    return vector;
  }

  /**
   * The credential part, which the ID token's {@code vot} must equal (One Login never puts the identity level
   * there), for example {@code Cl.Cm}.
   */
  public String credentialTrust() {
    return identityLevel == null ? vector : vector.substring(0, vector.length() - identityLevel.length() - 1);
  }

  /** The identity level, which the core identity's {@code vot} must equal, for example {@code P2}. */
  public Optional<String> identityLevel() {
    return Optional.ofNullable(identityLevel);
  }

  /** Whether this level asks One Login to prove the user's identity. */
  public boolean provesIdentity() {
    return identityLevel != null;
  }
}
