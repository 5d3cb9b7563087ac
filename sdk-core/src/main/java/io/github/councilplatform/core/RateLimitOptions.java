package io.github.councilplatform.core;

import java.time.Duration;

/**
 * An optional client-side rate limiter, per client (never shared across the JVM), for pacing batch work
 * under a platform's limit. A call waits up to {@link #maxWait()} for a permit, then fails with
 * {@link ClientThrottledException} without sending anything.
 */
public final class RateLimitOptions {
  private static final RateLimitOptions NONE = new RateLimitOptions(0, Duration.ofSeconds(1), Duration.ZERO);

  private final int permits;
  private final Duration period;
  private final Duration maxWait;

  private RateLimitOptions(int permits, Duration period, Duration maxWait) {
    this.permits = permits;
    this.period = period;
    this.maxWait = maxWait;
  }

  /** No client-side rate limit (the default). */
  public static RateLimitOptions none() {
    return NONE;
  }

  /**
   * At most {@code permits} calls per {@code period}, each call waiting up to {@code maxWait} for a permit.
   *
   * @param permits calls allowed per period, at least 1
   * @param period the period, positive
   * @param maxWait how long a call may wait for a permit, zero or positive
   * @return the options
   */
  public static RateLimitOptions of(int permits, Duration period, Duration maxWait) {
    if (permits < 1) {
      throw new IllegalArgumentException("permits must be at least 1: " + permits);
    }
    RetryOptions.Builder.positive(period, "period");
    if (maxWait == null || maxWait.isNegative()) {
      throw new IllegalArgumentException("maxWait must be zero or positive: " + maxWait);
    }
    return new RateLimitOptions(permits, period, maxWait);
  }

  /** Whether a limit is set. */
  public boolean enabled() {
    return permits > 0;
  }

  /** Calls allowed per period. */
  public int permits() {
    return permits;
  }

  /** The period over which {@link #permits()} apply. */
  public Duration period() {
    return period;
  }

  /** How long a call waits for a permit before failing. */
  public Duration maxWait() {
    return maxWait;
  }

  @Override
  public String toString() {
    return enabled() ? "RateLimitOptions{" + permits + " per " + period + ", maxWait=" + maxWait + '}'
        : "RateLimitOptions{none}";
  }
}
