package io.github.councilplatform.sandbox.internal;

import io.github.councilplatform.sandbox.SandboxFault;
import io.github.councilplatform.sandbox.SandboxPlatformId;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;

/** The faults queued for each platform's next calls. Thread-safe. */
public final class FaultPlan {
  /** One queued fault. */
  public record Planned(SandboxFault fault, Duration delay) {}

  private final Map<SandboxPlatformId, Deque<Planned>> queues = new EnumMap<>(SandboxPlatformId.class);

  /** Queues {@code count} faults for a platform's next calls. */
  public synchronized void add(SandboxPlatformId platform, SandboxFault fault, int count, Duration delay) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1: " + count);
    }
    if (fault == SandboxFault.DELAY && (delay == null || delay.isNegative() || delay.isZero())) {
      throw new IllegalArgumentException("A DELAY fault needs a positive delay");
    }
    Deque<Planned> q = queues.computeIfAbsent(platform, p -> new ArrayDeque<>());
    for (int i = 0; i < count; i++) {
      q.add(new Planned(fault, delay));
    }
  }

  /** Takes the next fault for a platform, or {@code null} when none is queued. */
  public synchronized Planned next(SandboxPlatformId platform) {
    Deque<Planned> q = queues.get(platform);
    return q == null ? null : q.poll();
  }

  /** How many faults are queued for a platform. */
  public synchronized int pending(SandboxPlatformId platform) {
    Deque<Planned> q = queues.get(platform);
    return q == null ? 0 : q.size();
  }

  /** Drops every queued fault. */
  public synchronized void clear() {
    queues.clear();
  }
}
