package io.github.councilplatform.core;

import java.util.Optional;

/**
 * The root of every exception the SDK throws. It is unchecked: catch the subclass you can act on
 * ({@link RateLimitedException}, {@link OutcomeUnknownException}, …) or this type to handle them all.
 *
 * <p>Every instance says whether trying the same call again later could succeed ({@link #isRetryable()}),
 * how many attempts the SDK made before giving up ({@link #attempts()}), and the request id the SDK sent
 * (header {@code X-Request-ID}), which you can quote in logs and support requests.
 */
public class CouncilPlatformException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String requestId;
  private final int attempts;
  private final boolean retryable;

  /**
   * Creates an exception.
   *
   * @param message what went wrong and what to do next
   * @param cause the underlying cause, or {@code null}
   * @param requestId the client-generated request id, or {@code null} when no request was made
   * @param attempts how many HTTP attempts were made (0 when nothing was sent)
   * @param retryable whether the same call may succeed if tried again later
   */
  public CouncilPlatformException(
      String message, Throwable cause, String requestId, int attempts, boolean retryable) {
    super(message);
    if (cause != null) {
      initCause(cause);
    }
    this.requestId = requestId;
    this.attempts = attempts;
    this.retryable = retryable;
  }

  /** The request id the SDK sent with the last attempt, when a request was made. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** How many HTTP attempts the SDK made before this was thrown; 0 when nothing was sent. */
  public int attempts() {
    return attempts;
  }

  /**
   * Whether the same call may succeed if you try it again later. The SDK has already retried what was
   * safe to retry within its retry policy; this tells a caller's own scheduler (a queue, a batch job)
   * whether a later attempt is worthwhile.
   */
  public boolean isRetryable() {
    return retryable;
  }
}
