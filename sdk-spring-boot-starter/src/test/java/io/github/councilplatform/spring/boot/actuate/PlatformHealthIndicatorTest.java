package io.github.councilplatform.spring.boot.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplatform.spring.boot.actuate.PlatformHealthIndicator.Snapshot;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** Health from the clients' own view: circuit state and last outcome, read without calling anything else. */
class PlatformHealthIndicatorTest {

  @Test
  void upBeforeAnyCallAndReadsTheViewOnEveryProbeOnly() {
    AtomicInteger reads = new AtomicInteger();
    PlatformHealthIndicator indicator = new PlatformHealthIndicator(Map.of("notify", () -> {
      reads.incrementAndGet();
      return new Snapshot("CLOSED", null, 0, null, true);
    }));
    Health health = indicator.health();
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("notify", Map.of("circuitBreaker", "CLOSED",
        "lastOutcome", "none yet"));
    indicator.health();
    assertThat(reads).hasValue(2);
  }

  @Test
  void downWhenOneAccountsCircuitIsOpen() {
    Instant at = Instant.parse("2026-12-02T15:00:00Z");
    PlatformHealthIndicator indicator = new PlatformHealthIndicator(Map.of(
        "parking", () -> new Snapshot("CLOSED", "success", 201, at, true),
        "council-tax", () -> new Snapshot("OPEN", "server_error", 503, at, false)));
    Health health = indicator.health();
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails()).containsEntry("council-tax", Map.of("circuitBreaker", "OPEN",
        "lastOutcome", "server_error", "lastStatus", 503, "lastCallAt", "2026-12-02T15:00:00Z"));
    assertThat(health.getDetails()).containsKey("parking");
  }
}
