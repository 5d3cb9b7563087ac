package io.github.councilplatform.core;

import java.util.List;
import java.util.Optional;

/**
 * The platform answered with an HTTP error status. Subclasses say what kind of error it was; this type
 * carries what every error response has: the HTTP status, every error the platform listed, the
 * platform's own error code or type, and the raw response body.
 */
public class ApiException extends CouncilPlatformException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final transient List<ApiError> errors;
  private final String rawBody;

  /**
   * Creates an exception for an error response.
   *
   * @param message what went wrong and what to do next
   * @param statusCode the HTTP status
   * @param errors every error the platform listed, in its order (may be empty)
   * @param rawBody the response body as text (may be empty)
   * @param requestId the client-generated request id
   * @param attempts how many attempts were made
   * @param retryable whether trying again later may succeed
   */
  public ApiException(
      String message,
      int statusCode,
      List<ApiError> errors,
      String rawBody,
      String requestId,
      int attempts,
      boolean retryable) {
    super(message, null, requestId, attempts, retryable);
    this.statusCode = statusCode;
    this.errors = List.copyOf(errors);
    this.rawBody = rawBody == null ? "" : rawBody;
  }

  /** The HTTP status code of the response. */
  public int statusCode() {
    return statusCode;
  }

  /** Every error the platform listed, in the order it listed them; empty when the body had none. */
  public List<ApiError> errors() {
    return errors;
  }

  /**
   * The platform's code or type of the first listed error: Notify's {@code error} (for example
   * {@code BadRequestError}), Pay's {@code code} (for example {@code P0102}), OAuth's {@code error}.
   */
  public Optional<String> errorCode() {
    return errors.isEmpty() ? Optional.empty() : Optional.ofNullable(errors.get(0).code());
  }

  /**
   * The response body exactly as received, as text. It can hold data you sent, so treat it as you would
   * the request: do not log it unmasked.
   */
  public String rawBody() {
    return rawBody;
  }
}
