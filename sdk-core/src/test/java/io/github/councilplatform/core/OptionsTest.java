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
  void badOptionsAreRefusedWithClearMessages() {
    assertThatThrownBy(() -> RetryOptions.builder().maxAttempts(0)).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> RetryOptions.builder().jitter(1.5)).hasMessageContaining("jitter");
    assertThatThrownBy(() -> RetryOptions.builder().initialBackoff(Duration.ofSeconds(10)).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RateLimitOptions.of(0, Duration.ofSeconds(1), Duration.ZERO))
        .hasMessageContaining("permits");
    assertThatThrownBy(() -> CircuitBreakerOptions.of(10, 5, 0f, Duration.ofSeconds(1), 1))
        .hasMessageContaining("failureRateThreshold");
    assertThatThrownBy(() -> TestClient.builder().baseUrl("not a url")).hasMessageContaining("absolute");
    assertThatThrownBy(() -> TestClient.builder().connectTimeout(Duration.ZERO)).hasMessageContaining("positive");
  }
}
