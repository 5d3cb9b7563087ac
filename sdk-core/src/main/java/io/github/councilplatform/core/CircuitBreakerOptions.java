package io.github.councilplatform.core;

import java.time.Duration;

/**
 * A client's circuit breaker. It counts only transport failures and 5xx responses: an invalid request says
 * nothing about the platform's health, and a 429 says the platform is up and wants fewer calls, which
 * {@code Retry-After} and pacing answer. The defaults suit a low-traffic council service: judged over the
 * last 10 calls once at least 5 were made, it opens when half of them failed, stays open 30 s, then lets 2
 * trial calls through.
 *
 * <pre>{@code
 * CircuitBreakerOptions breaker = CircuitBreakerOptions.builder()
 *     .slidingWindowSize(20).failureRateThreshold(25f).waitInOpenState(Duration.ofMinutes(1)).build();
 * }</pre>
 */
public final class CircuitBreakerOptions {
  private static final CircuitBreakerOptions DEFAULTS = builder().build();
  private static final CircuitBreakerOptions DISABLED = new CircuitBreakerOptions(false, builder());

  private final boolean enabled;
  private final int slidingWindowSize;
  private final int minimumNumberOfCalls;
  private final float failureRateThreshold;
  private final Duration waitInOpenState;
  private final int permittedCallsInHalfOpenState;

  private CircuitBreakerOptions(boolean enabled, Builder b) {
    this.enabled = enabled;
    this.slidingWindowSize = b.slidingWindowSize;
    this.minimumNumberOfCalls = b.minimumNumberOfCalls;
    this.failureRateThreshold = b.failureRateThreshold;
    this.waitInOpenState = b.waitInOpenState;
    this.permittedCallsInHalfOpenState = b.permittedCallsInHalfOpenState;
  }

  /** {@return the defaults described in the class documentation} */
  public static CircuitBreakerOptions defaults() {
    return DEFAULTS;
  }

  /** {@return no circuit breaker: every call is attempted} */
  public static CircuitBreakerOptions disabled() {
    return DISABLED;
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return whether the breaker is on} */
  public boolean enabled() {
    return enabled;
  }

  /** {@return how many recent calls are judged} */
  public int slidingWindowSize() {
    return slidingWindowSize;
  }

  /** {@return how many calls must be seen before the breaker can open} */
  public int minimumNumberOfCalls() {
    return minimumNumberOfCalls;
  }

  /** {@return the failure percentage that opens the breaker} */
  public float failureRateThreshold() {
    return failureRateThreshold;
  }

  /** {@return how long the breaker stays open before trial calls} */
  public Duration waitInOpenState() {
    return waitInOpenState;
  }

  /** {@return how many trial calls decide whether the breaker closes again} */
  public int permittedCallsInHalfOpenState() {
    return permittedCallsInHalfOpenState;
  }

  @Override
  public String toString() {
    return enabled ? "CircuitBreakerOptions{window=" + slidingWindowSize + ", minimumCalls=" + minimumNumberOfCalls
        + ", failureRate=" + failureRateThreshold + "%, waitInOpenState=" + waitInOpenState + ", halfOpenCalls="
        + permittedCallsInHalfOpenState + '}' : "CircuitBreakerOptions{disabled}";
  }

  /** Builds {@link CircuitBreakerOptions}, starting from the defaults. Not thread-safe. */
  public static final class Builder {
    private int slidingWindowSize = 10;
    private int minimumNumberOfCalls = 5;
    private float failureRateThreshold = 50f;
    private Duration waitInOpenState = Duration.ofSeconds(30);
    private int permittedCallsInHalfOpenState = 2;

    private Builder() {}

    /**
     * How many recent calls are judged (default 10).
     *
     * @param size at least 1
     * @return this builder
     */
    public Builder slidingWindowSize(int size) {
      this.slidingWindowSize = atLeastOne(size, "slidingWindowSize");
      return this;
    }

    /**
     * How many calls must be seen before the breaker can open (default 5), so that one early failure does not
     * open it.
     *
     * @param calls at least 1
     * @return this builder
     */
    public Builder minimumNumberOfCalls(int calls) {
      this.minimumNumberOfCalls = atLeastOne(calls, "minimumNumberOfCalls");
      return this;
    }

    /**
     * The failure percentage that opens the breaker (default 50).
     *
     * @param percent above 0, at most 100
     * @return this builder
     */
    public Builder failureRateThreshold(float percent) {
      if (!(percent > 0 && percent <= 100)) {
        throw new IllegalArgumentException("failureRateThreshold must be a percentage above 0 and at most 100; got "
            + percent);
      }
      this.failureRateThreshold = percent;
      return this;
    }

    /**
     * How long the breaker stays open before letting trial calls through (default 30 s).
     *
     * @param wait a positive duration
     * @return this builder
     */
    public Builder waitInOpenState(Duration wait) {
      this.waitInOpenState = RetryOptions.Builder.positive(wait, "waitInOpenState");
      return this;
    }

    /**
     * How many trial calls decide whether the breaker closes again (default 2).
     *
     * @param calls at least 1
     * @return this builder
     */
    public Builder permittedCallsInHalfOpenState(int calls) {
      this.permittedCallsInHalfOpenState = atLeastOne(calls, "permittedCallsInHalfOpenState");
      return this;
    }

    /** {@return the options, with the breaker on} */
    public CircuitBreakerOptions build() {
      return new CircuitBreakerOptions(true, this);
    }

    private static int atLeastOne(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1; got " + value);
      }
      return value;
    }
  }
}
