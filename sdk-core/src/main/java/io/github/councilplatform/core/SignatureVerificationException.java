package io.github.councilplatform.core;

/**
 * A callback, webhook or token failed verification: a missing or wrong signature, a wrong bearer token, an
 * expired or replayed token, or a body that could not be read after it verified. Treat the message as
 * forged: do not act on it. The exception never carries the body or the expected secret.
 */
public class SignatureVerificationException extends CouncilPlatformException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message why verification failed
   */
  public SignatureVerificationException(String message) {
    this(message, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message why verification failed
   * @param cause the underlying failure
   */
  public SignatureVerificationException(String message, Throwable cause) {
    super(message, cause, null, 0, false);
  }
}
