package io.github.councilplatform.core;

/**
 * An inbound message (a Notify callback, a Pay webhook) passed its credential check but its body cannot be
 * read as a message of the expected kind: not JSON, not an object, a required field missing or of the wrong
 * type, or an unknown shape. The sender is genuine, so this is not forgery: answer it with HTTP 400 and do not
 * act on it, or upgrade the SDK if the platform changed its format.
 *
 * <p>Every {@link InboundVerifier} throws this type (or a platform's subclass of it, such as Notify's
 * {@code InvalidCallbackException}) for a genuine but unreadable body, and {@link SignatureVerificationException}
 * for a missing or wrong credential, so one handler can answer all three platforms alike. The message names
 * the problem but never quotes the body, and no parser exception (whose message could quote it) is chained.
 */
public class InvalidInboundMessageException extends CouncilPlatformException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong with the body, without quoting it
   */
  public InvalidInboundMessageException(String message) {
    this(message, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what is wrong with the body, without quoting it
   * @param cause a failure whose message does not quote the body, or {@code null}
   */
  public InvalidInboundMessageException(String message, Throwable cause) {
    super(message, cause, null, 0, false);
  }
}
