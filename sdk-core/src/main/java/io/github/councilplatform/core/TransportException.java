package io.github.councilplatform.core;

/**
 * No usable response arrived, and trying the same call again later is safe: the request is a read (a GET),
 * or no attempt of it reached the platform (DNS, connect, TLS handshake failed every time) or the platform
 * refused each attempt before acting on it. When an attempt of a request that changes something may have
 * been acted on, the SDK throws {@link OutcomeUnknownException} instead, with this exception as its cause.
 */
public class TransportException extends CouncilPlatformException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong and what to do next
   * @param cause the I/O failure
   * @param requestId the client-generated request id
   * @param attempts how many attempts were made
   */
  public TransportException(String message, Throwable cause, String requestId, int attempts) {
    super(message, cause, requestId, attempts, true);
  }
}
