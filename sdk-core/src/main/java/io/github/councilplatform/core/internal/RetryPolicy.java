package io.github.councilplatform.core.internal;

import io.github.councilplatform.core.RetryOptions;
import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;
import java.time.Instant;

/**
 * How long to wait before the next attempt, or that there is none: the retry budget, the platform's
 * {@code Retry-After} and its cap, and the call's deadline. Whether an attempt may be resent at all is the
 * {@link CallLedger}'s decision; this only decides when. Pure apart from the backoff's random jitter, and
 * free of HTTP, so both can be tested without a server. Thread-safe.
 */
public final class RetryPolicy {
  private final RetryOptions options;
  private final IntervalFunction backoff;

  /**
   * A policy for these options.
   *
   * @param options the client's retry options
   */
  public RetryPolicy(RetryOptions options) {
    this.options = options;
    // Resilience4j's exponential random backoff is the interval; the waiting itself is the injected sleeper's.
    this.backoff = IntervalFunction.ofExponentialRandomBackoff(options.initialBackoff(), 2.0, options.jitter(),
        options.maxBackoff());
  }

  /**
   * The wait before the attempt after {@code failedAttempts}, or {@code null} when the call must stop now.
   *
   * @param failedAttempts how many attempts have been sent and failed, from 1
   * @param retryAfter the wait the platform asked for, or {@code null}
   * @param callStarted when the call started, for its deadline
   * @param now the present, on the client's clock
   * @return the wait, or {@code null} when the budget is spent, the platform asked for a longer wait than
   *     {@link RetryOptions#maxRetryAfter()} allows, or the next attempt would start after the deadline
   */
  public Duration waitAfter(int failedAttempts, Duration retryAfter, Instant callStarted, Instant now) {
    if (failedAttempts >= options.maxAttempts()) {
      return null;
    }
    if (retryAfter != null && retryAfter.compareTo(options.maxRetryAfter()) > 0) {
      return null;
    }
    Duration wait = retryAfter != null ? retryAfter : Duration.ofMillis(backoff.apply(failedAttempts));
    if (now.plus(wait).isAfter(callStarted.plus(options.deadline()))) {
      return null;
    }
    return wait;
  }
}
