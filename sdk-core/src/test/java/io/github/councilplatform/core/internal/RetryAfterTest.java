package io.github.councilplatform.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Retry-After, read without HTTP on a fixed clock. */
class RetryAfterTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void readsDeltaSeconds() {
    assertThat(RetryAfter.parse("120", clock)).isEqualTo(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse(" 0 ", clock)).isEqualTo(Duration.ZERO);
  }

  @Test
  void readsAnHttpDateAgainstTheClock() {
    assertThat(RetryAfter.parse("Thu, 15 Jan 2026 10:00:45 GMT", clock)).isEqualTo(Duration.ofSeconds(45));
    assertThat(RetryAfter.parse("Thu, 15 Jan 2026 09:00:00 GMT", clock)).isEqualTo(Duration.ZERO);
  }

  @Test
  void ignoresWhatItCannotRead() {
    assertThat(RetryAfter.parse(null, clock)).isNull();
    assertThat(RetryAfter.parse("", clock)).isNull();
    assertThat(RetryAfter.parse("-5", clock)).isNull();
    assertThat(RetryAfter.parse("soon", clock)).isNull();
  }
}
