package io.github.councilplatform.core;

import java.util.List;

/**
 * The platform rejected the request as invalid (HTTP 400 or 422). {@link #errors()} lists every error the platform gave, each naming the field where it can. Fix the request; retrying it unchanged will fail again.
 */
public class InvalidRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; see {@link ApiException#ApiException(String, int, List, String, String, int,
   * boolean)} for the parameters.
   */
  public InvalidRequestException(
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
