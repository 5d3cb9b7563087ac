package io.github.councilplatform.core;

import java.util.List;

/**
 * The platform refused the credentials (HTTP 401 or 403): a wrong, revoked or mistyped API key, a key of the wrong type for the operation, or a clock more than 30 seconds out (Notify). Retrying the same call will not help; check the key and the system clock.
 */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; see {@link ApiException#ApiException(String, int, List, String, String, int,
   * boolean)} for the parameters.
   */
  public AuthenticationException(
      String message,
      int statusCode,
      List<ApiError> errors,
      String rawBody,
      String requestId,
      int attempts,
      boolean retryable) {
    super(message, statusCode, errors, rawBody, requestId, attempts, retryable);
  }
}
