package io.github.councilplatform.core;

import java.util.List;

/**
 * The platform answered with something the SDK cannot read: a body that is not JSON (often an HTML page
 * from a proxy or firewall), JSON of an unexpected shape, or an unexpected status. {@link #rawBody()} holds
 * the text as received, and the message says what was expected.
 */
public class UnexpectedResponseException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was expected and what arrived
   * @param statusCode the HTTP status
   * @param rawBody the response body as text
   * @param requestId the client-generated request id
   * @param attempts how many attempts were made
   * @param retryable whether trying again later may succeed
   */
  public UnexpectedResponseException(
      String message, int statusCode, String rawBody, String requestId, int attempts, boolean retryable) {
    super(message, statusCode, List.of(), rawBody, requestId, attempts, retryable);
  }
}
