package io.github.councilplatform.core;

import java.time.Duration;
import java.util.Objects;

/**
 * An optional client-side rate limiter, per client (never shared across the JVM), for pacing batch work
 * under a platform's limit. A call waits up to {@link #maxWait()} for a permit, then fails with
 * {@link ClientThrottledException} without sending anything. Off by default ({@link #disabled()}).
 *
 * <pre>{@code
 * RateLimitOptions pace = RateLimitOptions.builder()
 *     .permits(50).period(Duration.ofSeconds(1)).maxWait(Duration.ofSeconds(30)).build();
 * }</pre>
 */
public final class RateLimitOptions {
  private static final RateLimitOptions DISABLED = new RateLimitOptions(0, Duration.ofSeconds(1), Duration.ZERO);

  private final int permits;
  private final Duration period;
  private final Duration maxWait;

  private RateLimitOptions(int permits, Duration period, Duration maxWait) {
    this.permits = permits;
    this.period = period;
    this.maxWait = maxWait;
  }

  /** {@return no client-side rate limit (the default)} */
  public static RateLimitOptions disabled() {
    return DISABLED;
  }

  /** {@return a builder; {@link Builder#permits(int)} is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return whether a limit is set} */
  public boolean enabled() {
    return permits > 0;
  }

  /** {@return calls allowed per period (0 when disabled)} */
  public int permits() {
    return permits;
  }

  /** {@return the period over which {@link #permits()} apply} */
  public Duration period() {
    return period;
  }

  /** {@return how long a call waits for a permit before failing} */
  public Duration maxWait() {
    return maxWait;
  }

  @Override
  public String toString() {
    return enabled() ? "RateLimitOptions{" + permits + " per " + period + ", maxWait=" + maxWait + '}'
        : "RateLimitOptions{disabled}";
  }

  /**
   * Builds {@link RateLimitOptions}. Defaults: a period of 1 s and a wait of up to 5 s for a permit; the number
   * of permits has no default, because only you know your service's limit. Not thread-safe.
   */
  public static final class Builder {
    private int permits;
    private Duration period = Duration.ofSeconds(1);
    private Duration maxWait = Duration.ofSeconds(5);

    private Builder() {}

    /**
     * How many calls are allowed per {@link #period(Duration) period} (required).
     *
     * @param permits at least 1
     * @return this builder
     */
    public Builder permits(int permits) {
      if (permits < 1) {
        throw new IllegalArgumentException("permits must be at least 1; got " + permits
            + ". To turn the limit off, use RateLimitOptions.disabled().");
      }
      this.permits = permits;
      return this;
    }

    /**
     * The period over which the permits apply (default 1 s).
     *
     * @param period a positive duration
     * @return this builder
     */
    public Builder period(Duration period) {
      this.period = RetryOptions.Builder.positive(period, "period");
      return this;
    }

    /**
     * How long a call may wait for a permit before failing with {@link ClientThrottledException} (default 5 s).
     *
     * @param maxWait zero (never wait) or positive
     * @return this builder
     */
    public Builder maxWait(Duration maxWait) {
      Objects.requireNonNull(maxWait, "maxWait");
      if (maxWait.isNegative()) {
        throw new IllegalArgumentException("maxWait must be zero or positive; got " + maxWait);
      }
      this.maxWait = maxWait;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     * @throws IllegalStateException if {@link #permits(int)} was not set
     */
    public RateLimitOptions build() {
      if (permits < 1) {
        throw new IllegalStateException("RateLimitOptions needs permits(…): how many calls are allowed per period."
            + " To turn the limit off, use RateLimitOptions.disabled().");
      }
      return new RateLimitOptions(permits, period, maxWait);
    }
  }
}
