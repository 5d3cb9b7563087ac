package io.github.councilplatform.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** The default {@link ReplayStore}: a map in memory, pruned of expired ids on each call. Thread-safe. */
final class InMemoryReplayStore implements ReplayStore {
  private final ConcurrentHashMap<String, Instant> forgetAt = new ConcurrentHashMap<>();

  @Override
  public boolean firstSeen(String id, Instant now, Duration window) {
    Objects.requireNonNull(id, "id");
    forgetAt.values().removeIf(t -> !t.isAfter(now));
    Instant until = now.plus(window);
    return forgetAt.putIfAbsent(id, until) == null;
  }

  @Override
  public String toString() {
    return "InMemoryReplayStore{size=" + forgetAt.size() + '}';
  }
}
