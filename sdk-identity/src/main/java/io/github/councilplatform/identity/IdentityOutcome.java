package io.github.councilplatform.identity;

/** Whether a sign-in proved the user's identity. */
public enum IdentityOutcome {
  /** The sign-in asked only for authentication. */
  NOT_REQUESTED,
  /** A core identity was returned and verified. */
  PROVEN,
  /** Identity was asked for but no core identity came back: identity not proven. */
  NOT_PROVEN
}
