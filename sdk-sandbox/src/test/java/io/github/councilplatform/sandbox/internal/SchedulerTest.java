package io.github.councilplatform.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplatform.sandbox.SandboxClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class SchedulerTest {
  private final SandboxClock clock = new SandboxClock(Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"),
      ZoneOffset.UTC));

  @Test
  void runDueReturnsOnlyAfterEveryTaskDueByNowHasRunIncludingTheWorkItScheduled() {
    List<String> ran = new CopyOnWriteArrayList<>();
    try (Scheduler scheduler = new Scheduler(clock)) {
      scheduler.schedule(clock.instant().plusSeconds(60), () -> {
        ran.add("sending");
        // Like a notification moving on: the next step is due at once.
        scheduler.schedule(clock.instant(), () -> ran.add("delivered"));
      });
      scheduler.schedule(clock.instant().plusSeconds(3600), () -> ran.add("an hour later"));

      clock.advance(Duration.ofMinutes(2));
      scheduler.runDue(Duration.ofSeconds(10));

      // No waiting in the test: runDue is what makes the state visible.
      assertThat(ran).containsExactly("sending", "delivered");
      assertThat(scheduler.pending()).isEqualTo(1);
    }
  }

  @Test
  void runDueGivesUpAfterItsLimitWhenATaskHangs() throws InterruptedException {
    Object gate = new Object();
    try (Scheduler scheduler = new Scheduler(clock)) {
      scheduler.schedule(clock.instant(), () -> {
        synchronized (gate) {
          try {
            gate.wait();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      });
      long started = System.nanoTime();
      scheduler.runDue(Duration.ofMillis(200));
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    } finally {
      synchronized (gate) {
        gate.notifyAll();
      }
    }
  }
}
