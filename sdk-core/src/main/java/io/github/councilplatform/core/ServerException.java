package io.github.councilplatform.core;

import java.util.List;

/**
 * The platform failed (HTTP 5xx). The SDK has already retried what was safe to retry. Thrown on its own only
 * when trying again later is safe (a read, or a request the platform refused before acting on it); when the
 * platform may have acted on a request that changes something, the SDK throws
 * {@link OutcomeUnknownException} instead, with this exception as its cause.
 */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; see {@link ApiException#ApiException(String, int, List, String, String, int,
   * boolean)} for the parameters.
   */
  public ServerException(
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
