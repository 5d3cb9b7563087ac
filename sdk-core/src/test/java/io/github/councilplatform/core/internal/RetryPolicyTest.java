package io.github.councilplatform.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplatform.core.RetryOptions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When to send again, decided without HTTP: budget, backoff, Retry-After and its cap, the deadline. */
class RetryPolicyTest {
  private static final Instant START = Instant.parse("2026-01-15T10:00:00Z");

  private static RetryPolicy policy(int attempts, Duration maxRetryAfter, Duration deadline) {
    return new RetryPolicy(RetryOptions.builder().maxAttempts(attempts).initialBackoff(Duration.ofMillis(200))
        .maxBackoff(Duration.ofSeconds(2)).jitter(0.5).maxRetryAfter(maxRetryAfter).deadline(deadline).build());
  }

  @Test
  void stopsWhenTheBudgetIsSpent() {
    RetryPolicy p = policy(3, Duration.ofSeconds(30), Duration.ofMinutes(5));

    assertThat(p.waitAfter(1, null, START, START)).isNotNull();
    assertThat(p.waitAfter(2, null, START, START)).isNotNull();
    assertThat(p.waitAfter(3, null, START, START)).isNull();
  }

  @Test
  void oneAttemptMeansNoRetryAtAll() {
    assertThat(new RetryPolicy(RetryOptions.disabled()).waitAfter(1, null, START, START)).isNull();
  }

  @Test
  void backoffGrowsWithinItsJitterAndIsCapped() {
    RetryPolicy p = policy(10, Duration.ofSeconds(30), Duration.ofHours(1));
    for (int i = 0; i < 200; i++) {
      assertThat(p.waitAfter(1, null, START, START)).isBetween(Duration.ofMillis(100), Duration.ofMillis(300));
      assertThat(p.waitAfter(2, null, START, START)).isBetween(Duration.ofMillis(200), Duration.ofMillis(600));
      assertThat(p.waitAfter(8, null, START, START)).isLessThanOrEqualTo(Duration.ofSeconds(2));
    }
  }

  @Test
  void retryAfterIsHonouredExactlyInPlaceOfTheBackoff() {
    RetryPolicy p = policy(3, Duration.ofSeconds(30), Duration.ofMinutes(5));

    assertThat(p.waitAfter(1, Duration.ofSeconds(7), START, START)).isEqualTo(Duration.ofSeconds(7));
    assertThat(p.waitAfter(1, Duration.ZERO, START, START)).isEqualTo(Duration.ZERO);
  }

  @Test
  void aRetryAfterLongerThanAllowedStopsTheCall() {
    RetryPolicy p = policy(3, Duration.ofSeconds(30), Duration.ofMinutes(5));

    assertThat(p.waitAfter(1, Duration.ofSeconds(30), START, START)).isEqualTo(Duration.ofSeconds(30));
    assertThat(p.waitAfter(1, Duration.ofSeconds(31), START, START)).isNull();
  }

  @Test
  void aWaitThatWouldEndPastTheDeadlineStopsTheCall() {
    RetryPolicy p = policy(5, Duration.ofSeconds(30), Duration.ofSeconds(10));

    assertThat(p.waitAfter(1, Duration.ofSeconds(4), START, START.plusSeconds(6))).isEqualTo(Duration.ofSeconds(4));
    assertThat(p.waitAfter(1, Duration.ofSeconds(5), START, START.plusSeconds(6))).isNull();
  }
}
