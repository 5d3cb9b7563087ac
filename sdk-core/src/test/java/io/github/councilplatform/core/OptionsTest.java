package io.github.councilplatform.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OptionsTest {
  @Test
  void retryDefaultsAreExplicit() {
    RetryOptions d = RetryOptions.defaults();
    assertThat(d.maxAttempts()).isEqualTo(3);
    assertThat(d.initialBackoff()).isEqualTo(Duration.ofMillis(500));
    assertThat(d.maxBackoff()).isEqualTo(Duration.ofSeconds(8));
    assertThat(RetryOptions.disabled().maxAttempts()).isEqualTo(1);
  }

  @Test
  void circuitBreakerBuilderStartsFromTheDefaults() {
    CircuitBreakerOptions d = CircuitBreakerOptions.defaults();
    assertThat(d.enabled()).isTrue();
    assertThat(d.slidingWindowSize()).isEqualTo(10);
    assertThat(d.minimumNumberOfCalls()).isEqualTo(5);
    assertThat(d.failureRateThreshold()).isEqualTo(50f);
    assertThat(d.waitInOpenState()).isEqualTo(Duration.ofSeconds(30));
    assertThat(d.permittedCallsInHalfOpenState()).isEqualTo(2);

    CircuitBreakerOptions c = CircuitBreakerOptions.builder().slidingWindowSize(20).failureRateThreshold(25f)
        .build();
    assertThat(c.enabled()).isTrue();
    assertThat(c.slidingWindowSize()).isEqualTo(20);
    assertThat(c.failureRateThreshold()).isEqualTo(25f);
    assertThat(c.minimumNumberOfCalls()).isEqualTo(5);
    assertThat(CircuitBreakerOptions.disabled().enabled()).isFalse();
    assertThat(CircuitBreakerOptions.disabled()).hasToString("CircuitBreakerOptions{disabled}");
  }

  @Test
  void rateLimitBuilderNeedsPermitsAndDefaultsTheRest() {
    RateLimitOptions r = RateLimitOptions.builder().permits(50).build();
    assertThat(r.enabled()).isTrue();
    assertThat(r.permits()).isEqualTo(50);
    assertThat(r.period()).isEqualTo(Duration.ofSeconds(1));
    assertThat(r.maxWait()).isEqualTo(Duration.ofSeconds(5));
    assertThat(RateLimitOptions.disabled().enabled()).isFalse();
    assertThat(RateLimitOptions.disabled()).hasToString("RateLimitOptions{disabled}");
    assertThatThrownBy(() -> RateLimitOptions.builder().period(Duration.ofMinutes(1)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("permits(")
        .hasMessageContaining("RateLimitOptions.disabled()");
  }

  @Test
  void badOptionsAreRefusedWithClearMessages() {
    assertThatThrownBy(() -> RetryOptions.builder().maxAttempts(0)).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> RetryOptions.builder().jitter(1.5)).hasMessageContaining("jitter");
    assertThatThrownBy(() -> RetryOptions.builder().initialBackoff(Duration.ofSeconds(10)).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RateLimitOptions.builder().permits(0)).hasMessageContaining("permits");
    assertThatThrownBy(() -> RateLimitOptions.builder().period(Duration.ZERO)).hasMessageContaining("period");
    assertThatThrownBy(() -> RateLimitOptions.builder().maxWait(Duration.ofSeconds(-1)))
        .hasMessageContaining("maxWait");
    assertThatThrownBy(() -> CircuitBreakerOptions.builder().failureRateThreshold(0f))
        .hasMessageContaining("failureRateThreshold");
    assertThatThrownBy(() -> CircuitBreakerOptions.builder().failureRateThreshold(101f))
        .hasMessageContaining("failureRateThreshold");
    assertThatThrownBy(() -> CircuitBreakerOptions.builder().slidingWindowSize(0))
        .hasMessageContaining("slidingWindowSize");
    assertThatThrownBy(() -> CircuitBreakerOptions.builder().minimumNumberOfCalls(0))
        .hasMessageContaining("minimumNumberOfCalls");
    assertThatThrownBy(() -> CircuitBreakerOptions.builder().permittedCallsInHalfOpenState(0))
        .hasMessageContaining("permittedCallsInHalfOpenState");
    assertThatThrownBy(() -> CircuitBreakerOptions.builder().waitInOpenState(Duration.ZERO))
        .hasMessageContaining("waitInOpenState");
    assertThatThrownBy(() -> TestClient.builder().baseUrl("not a url")).hasMessageContaining("absolute");
    assertThatThrownBy(() -> TestClient.builder().connectTimeout(Duration.ZERO)).hasMessageContaining("positive");
  }
}
