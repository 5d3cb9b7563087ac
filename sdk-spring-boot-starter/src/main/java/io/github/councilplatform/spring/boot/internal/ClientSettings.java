package io.github.councilplatform.spring.boot.internal;

import io.github.councilplatform.core.CallListener;
import io.github.councilplatform.core.CircuitBreakerOptions;
import io.github.councilplatform.core.PlatformClientBuilder;
import io.github.councilplatform.core.RateLimitOptions;
import io.github.councilplatform.core.RetryOptions;
import io.github.councilplatform.spring.boot.InvalidCouncilPlatformPropertyException;
import io.github.councilplatform.spring.boot.properties.CircuitBreakerProperties;
import io.github.councilplatform.spring.boot.properties.ClientProperties;
import io.github.councilplatform.spring.boot.properties.RateLimitProperties;
import io.github.councilplatform.spring.boot.properties.RetryProperties;
import java.time.Duration;
import java.util.function.Consumer;

/** Carries the shared client settings onto an SDK builder, naming the property when the builder refuses one. */
public final class ClientSettings {

  private ClientSettings() {}

  /**
   * Applies base URL, timeouts, retry, circuit breaker, rate limit, the shared HTTP client and the listeners.
   *
   * @param builder the SDK builder
   * @param props the settings
   * @param prefix the properties' prefix, for example {@code council-platform.notify}
   * @param http the shared HTTP client
   * @param listeners the application's call listeners (the starter's observation listener among them)
   * @param <B> the builder type
   * @return the builder
   */
  public static <B extends PlatformClientBuilder<B>> B apply(B builder, ClientProperties props, String prefix,
      SharedHttpClient http, Iterable<? extends CallListener> listeners) {
    builder.httpClient(http.client());
    listeners.forEach(builder::listener);
    builder.userAgentSuffix("spring-boot-starter");
    if (props.getBaseUrl() != null) {
      set(prefix + ".base-url", () -> builder.baseUrl(props.getBaseUrl()),
          "Give an absolute https URL (or the sandbox's http://127.0.0.1 one)");
    }
    duration(prefix + ".connect-timeout", props.getConnectTimeout(), builder::connectTimeout);
    duration(prefix + ".read-timeout", props.getReadTimeout(), builder::readTimeout);
    duration(prefix + ".write-timeout", props.getWriteTimeout(), builder::writeTimeout);
    duration(prefix + ".call-timeout", props.getCallTimeout(), builder::callTimeout);
    RetryOptions retry = retry(props.getRetry(), prefix + ".retry");
    builder.retry(retry);
    builder.circuitBreaker(circuitBreaker(props.getCircuitBreaker(), prefix + ".circuit-breaker"));
    RateLimitProperties rate = props.getRateLimit();
    if (rate.getPermits() != null) {
      builder.rateLimit(build(prefix + ".rate-limit", () -> RateLimitOptions.builder().permits(rate.getPermits())
          .period(rate.getPeriod()).maxWait(rate.getMaxWait()).build()));
    }
    return builder;
  }

  private static RetryOptions retry(RetryProperties p, String prefix) {
    if (!p.isEnabled()) {
      return RetryOptions.disabled();
    }
    return build(prefix, () -> {
      RetryOptions.Builder b = RetryOptions.builder();
      if (p.getMaxAttempts() != null) {
        b.maxAttempts(p.getMaxAttempts());
      }
      if (p.getInitialBackoff() != null) {
        b.initialBackoff(p.getInitialBackoff());
      }
      if (p.getMaxBackoff() != null) {
        b.maxBackoff(p.getMaxBackoff());
      }
      if (p.getMaxRetryAfter() != null) {
        b.maxRetryAfter(p.getMaxRetryAfter());
      }
      return b.build();
    });
  }

  private static CircuitBreakerOptions circuitBreaker(CircuitBreakerProperties p, String prefix) {
    if (!p.isEnabled()) {
      return CircuitBreakerOptions.disabled();
    }
    return build(prefix, () -> {
      CircuitBreakerOptions.Builder b = CircuitBreakerOptions.builder();
      if (p.getFailureRateThreshold() != null) {
        b.failureRateThreshold(p.getFailureRateThreshold());
      }
      if (p.getWaitInOpenState() != null) {
        b.waitInOpenState(p.getWaitInOpenState());
      }
      return b.build();
    });
  }

  private static void duration(String property, Duration value, Consumer<Duration> setter) {
    if (value != null) {
      set(property, () -> setter.accept(value), "Give a positive duration, for example 10s");
    }
  }

  private static void set(String property, Runnable setter, String action) {
    try {
      setter.run();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InvalidCouncilPlatformPropertyException(property, e.getMessage(), action);
    }
  }

  private static <T> T build(String property, java.util.function.Supplier<T> supplier) {
    try {
      return supplier.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InvalidCouncilPlatformPropertyException(property, e.getMessage(),
          "Correct the " + property + ".* settings (see the starter's README)");
    }
  }
}
