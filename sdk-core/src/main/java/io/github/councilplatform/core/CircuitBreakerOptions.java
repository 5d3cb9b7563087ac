package io.github.councilplatform.core;

import java.time.Duration;

/**
 * A client's circuit breaker. It counts only transport failures, 5xx responses and 429s: an invalid request
 * says nothing about the platform's health. The defaults suit a low-traffic council service: judged over the
 * last 10 calls once at least 5 were made, it opens when half of them failed, stays open 30 s, then lets 2
 * trial calls through.
 */
public final class CircuitBreakerOptions {
  private static final CircuitBreakerOptions DEFAULTS = new CircuitBreakerOptions(true, 10, 5, 50f,
      Duration.ofSeconds(30), 2);
  private static final CircuitBreakerOptions DISABLED = new CircuitBreakerOptions(false, 10, 5, 50f,
      Duration.ofSeconds(30), 2);

  private final boolean enabled;
  private final int slidingWindowSize;
  private final int minimumNumberOfCalls;
  private final float failureRateThreshold;
  private final Duration waitInOpenState;
  private final int permittedCallsInHalfOpenState;

  private CircuitBreakerOptions(boolean enabled, int slidingWindowSize, int minimumNumberOfCalls,
      float failureRateThreshold, Duration waitInOpenState, int permittedCallsInHalfOpenState) {
    this.enabled = enabled;
    this.slidingWindowSize = slidingWindowSize;
    this.minimumNumberOfCalls = minimumNumberOfCalls;
    this.failureRateThreshold = failureRateThreshold;
    this.waitInOpenState = waitInOpenState;
    this.permittedCallsInHalfOpenState = permittedCallsInHalfOpenState;
  }

  /** The defaults described in the class documentation. */
  public static CircuitBreakerOptions defaults() {
    return DEFAULTS;
  }

  /** No circuit breaker: every call is attempted. */
  public static CircuitBreakerOptions disabled() {
    return DISABLED;
  }

  /**
   * A breaker with the given thresholds.
   *
   * @param slidingWindowSize how many recent calls are judged
   * @param minimumNumberOfCalls how many calls must be seen before the breaker can open
   * @param failureRateThreshold the failure percentage (1–100) that opens it
   * @param waitInOpenState how long it stays open before trial calls
   * @param permittedCallsInHalfOpenState how many trial calls decide whether it closes again
   * @return the options
   */
  public static CircuitBreakerOptions of(int slidingWindowSize, int minimumNumberOfCalls,
      float failureRateThreshold, Duration waitInOpenState, int permittedCallsInHalfOpenState) {
    if (slidingWindowSize < 1 || minimumNumberOfCalls < 1 || permittedCallsInHalfOpenState < 1) {
      throw new IllegalArgumentException("window size, minimum calls and half-open calls must be at least 1");
    }
    if (!(failureRateThreshold > 0 && failureRateThreshold <= 100)) {
      throw new IllegalArgumentException("failureRateThreshold must be in (0, 100]: " + failureRateThreshold);
    }
    RetryOptions.Builder.positive(waitInOpenState, "waitInOpenState");
    return new CircuitBreakerOptions(true, slidingWindowSize, minimumNumberOfCalls, failureRateThreshold,
        waitInOpenState, permittedCallsInHalfOpenState);
  }

  /** Whether the breaker is on. */
  public boolean enabled() {
    return enabled;
  }

  /** How many recent calls are judged. */
  public int slidingWindowSize() {
    return slidingWindowSize;
  }

  /** How many calls must be seen before the breaker can open. */
  public int minimumNumberOfCalls() {
    return minimumNumberOfCalls;
  }

  /** The failure percentage that opens the breaker. */
  public float failureRateThreshold() {
    return failureRateThreshold;
  }

  /** How long the breaker stays open before trial calls. */
  public Duration waitInOpenState() {
    return waitInOpenState;
  }

  /** How many trial calls decide whether the breaker closes again. */
  public int permittedCallsInHalfOpenState() {
    return permittedCallsInHalfOpenState;
  }

  @Override
  public String toString() {
    return enabled ? "CircuitBreakerOptions{window=" + slidingWindowSize + ", minimumCalls=" + minimumNumberOfCalls
        + ", failureRate=" + failureRateThreshold + "%, waitInOpenState=" + waitInOpenState + ", halfOpenCalls="
        + permittedCallsInHalfOpenState + '}' : "CircuitBreakerOptions{disabled}";
  }
}
