package io.github.councilplatform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.sandbox.internal.Scheduler;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sandbox clock, through code and the admin API, and the scheduler that runs on it. */
@ExtendWith(SandboxExtension.class)
class SandboxClockTest {

  @Test
  void advanceInCode(Sandbox sandbox) {
    Instant before = sandbox.clock().instant();
    sandbox.advanceClock(Duration.ofDays(3));
    assertThat(sandbox.clock().offset()).isEqualTo(Duration.ofDays(3));
    assertThat(Duration.between(before, sandbox.clock().instant())).isGreaterThanOrEqualTo(Duration.ofDays(3));
    assertThatThrownBy(() -> sandbox.advanceClock(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void advanceThroughTheAdminApi(Sandbox sandbox) throws Exception {
    JsonNode clock = SandboxHttp.json(SandboxHttp.call(sandbox, "GET", "/_sandbox/clock", null));
    assertThat(clock.path("offsetSeconds").asLong()).isZero();
    Instant now = Instant.parse(clock.path("now").asText());
    assertThat(Duration.between(now, Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));

    JsonNode advanced = SandboxHttp.json(SandboxHttp.call(sandbox, "POST", "/_sandbox/clock/advance?seconds=3600",
        null));
    assertThat(advanced.path("offsetSeconds").asLong()).isEqualTo(3600);
    assertThat(sandbox.clock().offset()).isEqualTo(Duration.ofHours(1));

    assertThat(SandboxHttp.call(sandbox, "POST", "/_sandbox/clock/advance?seconds=-5", null).statusCode())
        .isEqualTo(400);
    assertThat(SandboxHttp.call(sandbox, "POST", "/_sandbox/clock/advance?seconds=soon", null).statusCode())
        .isEqualTo(400);
    assertThat(SandboxHttp.call(sandbox, "POST", "/_sandbox/clock/advance", null).statusCode()).isEqualTo(400);
    assertThat(SandboxHttp.call(sandbox, "GET", "/_sandbox/clock/advance?seconds=1", null).statusCode())
        .isEqualTo(405);

    assertThat(SandboxHttp.call(sandbox, "POST", "/_sandbox/reset", null).statusCode()).isEqualTo(200);
    assertThat(sandbox.clock().offset()).isZero();
  }

  @Test
  void scheduledWorkRunsWhenTheClockReachesIt() throws Exception {
    SandboxClock clock = new SandboxClock(Clock.systemUTC());
    try (Scheduler scheduler = new Scheduler(clock)) {
      CountDownLatch ran = new CountDownLatch(1);
      CountDownLatch dropped = new CountDownLatch(1);
      scheduler.schedule(clock.instant().plus(Duration.ofHours(1)), ran::countDown);
      assertThat(ran.await(100, TimeUnit.MILLISECONDS)).isFalse();
      clock.advance(Duration.ofHours(1));
      scheduler.wake();
      assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();

      scheduler.schedule(clock.instant().plus(Duration.ofMinutes(1)), dropped::countDown);
      scheduler.clear();
      clock.advance(Duration.ofMinutes(2));
      scheduler.wake();
      assertThat(dropped.await(200, TimeUnit.MILLISECONDS)).isFalse();
      assertThat(scheduler.pending()).isZero();
    }
  }

  @Test
  void zonedViewsShareTheOffset() {
    SandboxClock clock = new SandboxClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    Clock london = clock.withZone(ZoneId.of("Europe/London"));
    clock.advance(Duration.ofMinutes(5));
    assertThat(london.instant()).isEqualTo(Instant.parse("2026-01-01T00:05:00Z"));
    clock.resetOffset();
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  void bindsToLoopbackOnly(Sandbox sandbox) throws Exception {
    Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
        .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
        .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress() && a.getAddress().length == 4)
        .findFirst();
    org.junit.jupiter.api.Assumptions.assumeTrue(external.isPresent(), "no non-loopback IPv4 address here");
    assertThatThrownBy(() -> new Socket(external.get(), sandbox.port()).close()).isInstanceOf(
        java.net.ConnectException.class);
  }
}
