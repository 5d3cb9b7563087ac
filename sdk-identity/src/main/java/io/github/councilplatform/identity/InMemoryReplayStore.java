package io.github.councilplatform.identity;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * The default {@link ReplayStore}: ids in memory with the time each may be forgotten, pruned in expiry order,
 * bounded in size. Full of live ids, it refuses new ones ({@link ReplayStoreFullException}) rather than
 * forget a live one. Thread-safe (one lock; each call is O(log n) plus the ids it prunes).
 */
final class InMemoryReplayStore implements ReplayStore {
  /** Enough for a busy service's logout traffic over One Login's 2-minute token lifetime. */
  static final int DEFAULT_MAX_ENTRIES = 100_000;

  private record Entry(String id, Instant until) {}

  private final int maxEntries;
  private final Map<String, Instant> forgetAfter = new HashMap<>();
  private final PriorityQueue<Entry> byExpiry = new PriorityQueue<>((a, b) -> a.until().compareTo(b.until()));

  InMemoryReplayStore(int maxEntries) {
    this.maxEntries = maxEntries;
  }

  @Override
  public synchronized boolean firstSeen(String id, Instant now, Instant rememberUntil) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(rememberUntil, "rememberUntil");
    prune(now);
    if (forgetAfter.containsKey(id)) {
      return false;
    }
    if (forgetAfter.size() >= maxEntries) {
      throw new ReplayStoreFullException(maxEntries);
    }
    forgetAfter.put(id, rememberUntil);
    byExpiry.add(new Entry(id, rememberUntil));
    return true;
  }

  /** Forgets ids whose time has passed (strictly: at exactly {@code until} the token is still acceptable). */
  private void prune(Instant now) {
    while (!byExpiry.isEmpty() && byExpiry.peek().until().isBefore(now)) {
      Entry e = byExpiry.poll();
      forgetAfter.remove(e.id(), e.until());
    }
  }

  @Override
  public synchronized String toString() {
    return "InMemoryReplayStore{size=" + forgetAfter.size() + ", maxEntries=" + maxEntries + '}';
  }
}
