package io.github.councilplatform.core;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The platform is limiting the rate of requests (HTTP 429).
 *
 * <p>Two kinds exist. A short-window limit (Notify's per-minute {@code RateLimitError}, Pay's
 * {@code P0900}) clears within seconds: wait {@link #retryAfter()} when the platform gave it, or about a
 * second, and try again. A limit that resets only on a later day (Notify's daily
 * {@code TooManyRequestsError}) will fail again until then: {@link #resetsLater()} is {@code true} and the
 * exception is not retryable.
 */
public class RateLimitedException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;
  private final boolean resetsLater;

  /**
   * Creates the exception.
   *
   * @param message what went wrong and what to do next
   * @param statusCode the HTTP status (429)
   * @param errors every error the platform listed
   * @param rawBody the response body as text
   * @param requestId the client-generated request id
   * @param attempts how many attempts were made
   * @param retryAfter how long the platform asked us to wait, or {@code null} when it did not say
   * @param resetsLater whether the limit resets only at a later day
   */
  public RateLimitedException(
      String message,
      int statusCode,
      List<ApiError> errors,
      String rawBody,
      String requestId,
      int attempts,
      Duration retryAfter,
      boolean resetsLater) {
    super(message, statusCode, errors, rawBody, requestId, attempts, !resetsLater);
    this.retryAfter = retryAfter;
    this.resetsLater = resetsLater;
  }

  /** How long the platform asked the caller to wait ({@code Retry-After}), when it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * Whether this limit resets only at a later day (Notify's daily sending limits), so that retrying before
   * then is pointless.
   */
  public boolean resetsLater() {
    return resetsLater;
  }
}
