package io.github.councilplatform.core;

import java.util.List;

/**
 * The resource does not exist for this account (HTTP 404): a wrong id, another service's id, or a record past the platform's retention period.
 */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; see {@link ApiException#ApiException(String, int, List, String, String, int,
   * boolean)} for the parameters.
   */
  public NotFoundException(
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
