package io.github.councilplatform.core.internal;

import io.github.councilplatform.core.CircuitOpenException;
import io.github.councilplatform.core.CircuitState;
import io.github.councilplatform.core.ClientThrottledException;
import io.github.councilplatform.core.CouncilPlatformException;
import io.github.councilplatform.core.ServerException;
import io.github.councilplatform.core.TransportException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;

/**
 * The client-side rate limiter and the circuit breaker (resilience4j), each optional. They decide only
 * whether a call <em>starts</em>: a retry already under way is never refused by them, because refusing it
 * could leave a payment taken and reported as failed. Every attempt's result still feeds the breaker.
 */
final class CircuitGate {
  private final TransportSettings settings;
  private final CircuitBreaker breaker;
  private final RateLimiter limiter;

  CircuitGate(TransportSettings s) {
    this.settings = s;
    this.breaker = s.circuitBreaker().enabled() ? CircuitBreaker.of(s.platform(), CircuitBreakerConfig.custom()
        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(s.circuitBreaker().slidingWindowSize())
        .minimumNumberOfCalls(s.circuitBreaker().minimumNumberOfCalls())
        .failureRateThreshold(s.circuitBreaker().failureRateThreshold())
        .waitDurationInOpenState(s.circuitBreaker().waitInOpenState())
        .permittedNumberOfCallsInHalfOpenState(s.circuitBreaker().permittedCallsInHalfOpenState())
        .recordException(CircuitGate::countsAgainstHealth)
        .writableStackTraceEnabled(false)
        .clock(s.clock())
        .build()) : null;
    this.limiter = s.rateLimit().enabled() ? RateLimiter.of(s.platform(), RateLimiterConfig.custom()
        .limitForPeriod(s.rateLimit().permits())
        .limitRefreshPeriod(s.rateLimit().period())
        .timeoutDuration(s.rateLimit().maxWait())
        .build()) : null;
  }

  /**
   * Asks the limiter, then the breaker, whether a call may start. A refusal here proves nothing of the
   * call was sent.
   *
   * @return {@code null} to go ahead, or the refusal to throw
   */
  CouncilPlatformException admit() {
    if (limiter != null && !limiter.acquirePermission()) {
      return new ClientThrottledException("No permit from this client's rate limiter within "
          + settings.rateLimit().maxWait() + " (" + settings.rateLimit() + "); nothing of this call was sent. Slow"
          + " down or raise the limit.");
    }
    if (breaker != null && !breaker.tryAcquirePermission()) {
      return new CircuitOpenException("Calls to " + settings.rules().displayName() + " are paused: recent calls"
          + " failed too often (circuit breaker open). Nothing of this call was sent; try again after "
          + settings.circuitBreaker().waitInOpenState().toSeconds() + " s.", null);
    }
    return null;
  }

  /** Marks an attempt's start, for the breaker's slow-call timing. */
  long attemptStarted() {
    return breaker == null ? 0 : breaker.getCurrentTimestamp();
  }

  /** An attempt the platform answered for itself (2xx, or a 4xx that is the caller's doing). */
  void succeeded(long start) {
    if (breaker != null) {
      breaker.onSuccess(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit());
    }
  }

  /**
   * An attempt that failed; only transport failures and 5xx count against the platform's health. A 429 does
   * not: the platform is up and asking for less, which Retry-After and a caller's pacing answer. Counting it
   * opened the breaker for a bulk send running at the service's exact limit after a handful of 429s in a
   * 10-call window, stopping a healthy batch.
   */
  void failed(long start, Throwable t) {
    if (breaker != null) {
      breaker.onError(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit(), t);
    }
  }

  /** The breaker's state, for health. */
  CircuitState state() {
    if (breaker == null) {
      return CircuitState.DISABLED;
    }
    return switch (breaker.getState()) {
      case OPEN, FORCED_OPEN -> CircuitState.OPEN;
      case HALF_OPEN -> CircuitState.HALF_OPEN;
      case DISABLED, METRICS_ONLY -> CircuitState.DISABLED;
      default -> CircuitState.CLOSED;
    };
  }

  private static boolean countsAgainstHealth(Throwable t) {
    return t instanceof TransportException || t instanceof ServerException;
  }
}
