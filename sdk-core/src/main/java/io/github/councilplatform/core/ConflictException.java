package io.github.councilplatform.core;

import java.util.List;

/**
 * The request conflicts with the resource's current state (HTTP 409 or 412): for example a payment already captured, an {@code Idempotency-Key} reused with a different body, or a stale {@code refund_amount_available}. Fetch the resource again and decide.
 */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; see {@link ApiException#ApiException(String, int, List, String, String, int,
   * boolean)} for the parameters.
   */
  public ConflictException(
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
