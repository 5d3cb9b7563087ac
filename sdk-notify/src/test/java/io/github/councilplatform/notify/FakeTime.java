package io.github.councilplatform.notify;

import io.github.councilplatform.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when the SDK "sleeps", so tests never wait. */
final class FakeTime extends Clock implements Sleeper {
  private Instant now;
  final List<Duration> sleeps = new ArrayList<>();

  FakeTime(Instant start) {
    this.now = start;
  }

  @Override
  public synchronized void sleep(Duration d) {
    sleeps.add(d);
    now = now.plus(d);
  }

  synchronized void advance(Duration d) {
    now = now.plus(d);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }
}
