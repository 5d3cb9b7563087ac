package io.github.councilplatform.notify;

import io.github.councilplatform.core.InvalidInboundMessageException;

/**
 * A callback passed its bearer-token check but its body is not a Notify callback of the expected kind: not
 * JSON, not an object, a required field missing or of the wrong type, or an unknown shape. Answer it with
 * 400 and do not act on it. The message names the problem but never quotes the body, which holds personal
 * data.
 *
 * <p>It is Notify's {@link InvalidInboundMessageException}: catch that type to handle an unreadable body from
 * any platform the same way.
 */
public class InvalidCallbackException extends InvalidInboundMessageException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong with the body
   * @param cause the parsing failure, or {@code null}
   */
  public InvalidCallbackException(String message, Throwable cause) {
    super(message, cause);
  }
}
