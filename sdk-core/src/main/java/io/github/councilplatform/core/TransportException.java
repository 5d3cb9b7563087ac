package io.github.councilplatform.core;

/**
 * No response arrived and the request is known not to have been acted on: the connection could not be
 * made (DNS, connect, TLS handshake), or the request was a safe one (a GET) that failed after retries.
 * It is safe to try the same call again later.
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
