package io.github.councilplatform.core;

import java.time.Duration;
import java.util.Objects;

/**
 * How a client retries failed calls. Whatever these say, a request that may already have been acted on is
 * never resent unless the platform de-duplicates it; these options only shape how safe retries happen.
 *
 * <p>Defaults: 3 attempts in all, exponential backoff from 500 ms doubling to at most 8 s with ±50% jitter,
 * a platform's {@code Retry-After} honoured up to 30 s, and no retry that would end more than 2 minutes
 * after the call began.
 */
public final class RetryOptions {
  private static final RetryOptions DEFAULTS = builder().build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final double jitter;
  private final Duration maxRetryAfter;
  private final Duration deadline;

  private RetryOptions(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.jitter = b.jitter;
    this.maxRetryAfter = b.maxRetryAfter;
    this.deadline = b.deadline;
  }

  /** The defaults described in the class documentation. */
  public static RetryOptions defaults() {
    return DEFAULTS;
  }

  /** Options that make exactly one attempt per call. */
  public static RetryOptions disabled() {
    return builder().maxAttempts(1).build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** How many attempts a call may make in all, counting the first. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The wait before the second attempt, before jitter. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** The longest wait between attempts from backoff. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** The jitter factor: each backoff wait is multiplied by a random factor in [1 − jitter, 1 + jitter). */
  public double jitter() {
    return jitter;
  }

  /**
   * The longest {@code Retry-After} the client will wait for. A platform asking for longer makes the call
   * fail at once with {@link RateLimitedException#retryAfter()} set, so the caller can reschedule.
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /** No retry starts if waiting for it would end more than this long after the call began. */
  public Duration deadline() {
    return deadline;
  }

  @Override
  public String toString() {
    return "RetryOptions{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff + ", jitter=" + jitter + ", maxRetryAfter=" + maxRetryAfter
        + ", deadline=" + deadline + '}';
  }

  /** Builds {@link RetryOptions}. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private double jitter = 0.5;
    private Duration maxRetryAfter = Duration.ofSeconds(30);
    private Duration deadline = Duration.ofMinutes(2);

    private Builder() {}

    /**
     * How many attempts in all, counting the first; 1 disables retries.
     *
     * @param maxAttempts at least 1
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1 (1 disables retries): " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * The wait before the second attempt; each later wait doubles, up to {@link #maxBackoff(Duration)}.
     *
     * @param initialBackoff a positive duration
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = positive(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * The cap on backoff waits.
     *
     * @param maxBackoff a positive duration
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = positive(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * The jitter factor, from 0 (none) to just under 1.
     *
     * @param jitter in [0, 1)
     * @return this builder
     */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0 && jitter < 1)) {
        throw new IllegalArgumentException("jitter must be in [0, 1): " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /**
     * The longest {@code Retry-After} the client will honour by waiting.
     *
     * @param maxRetryAfter zero or positive
     * @return this builder
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
      if (maxRetryAfter.isNegative()) {
        throw new IllegalArgumentException("maxRetryAfter must not be negative: " + maxRetryAfter);
      }
      this.maxRetryAfter = maxRetryAfter;
      return this;
    }

    /**
     * The overall deadline for a call including its retries.
     *
     * @param deadline a positive duration
     * @return this builder
     */
    public Builder deadline(Duration deadline) {
      this.deadline = positive(deadline, "deadline");
      return this;
    }

    /** Builds the options. */
    public RetryOptions build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalStateException("maxBackoff (" + maxBackoff + ") must not be less than initialBackoff ("
            + initialBackoff + ")");
      }
      return new RetryOptions(this);
    }

    static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }
  }
}
