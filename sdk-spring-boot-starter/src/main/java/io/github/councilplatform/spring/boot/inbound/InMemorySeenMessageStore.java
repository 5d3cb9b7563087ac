package io.github.councilplatform.spring.boot.inbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link SeenMessageStore} in memory: at most {@code capacity} keys, each for at most {@code retention}; when
 * full the oldest key is forgotten first (a redelivery that old is then published as new, never lost).
 */
public final class InMemorySeenMessageStore implements SeenMessageStore {

  private final int capacity;
  private final Duration retention;
  private final Clock clock;
  private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

  /**
   * @param capacity the most keys kept (at least 1)
   * @param retention how long a key is kept (positive)
   * @param clock the clock, injectable for tests
   */
  public InMemorySeenMessageStore(int capacity, Duration retention, Clock clock) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
    }
    if (retention == null || retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("retention must be a positive duration, not " + retention);
    }
    this.capacity = capacity;
    this.retention = retention;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public synchronized boolean markSeen(String key) {
    Instant now = clock.instant();
    expire(now);
    if (seen.containsKey(key)) {
      return false;
    }
    if (seen.size() >= capacity) {
      Iterator<?> oldest = seen.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
    seen.put(key, now.plus(retention));
    return true;
  }

  @Override
  public synchronized void forget(String key) {
    seen.remove(key);
  }

  /** @return how many keys are held now */
  public synchronized int size() {
    expire(clock.instant());
    return seen.size();
  }

  private void expire(Instant now) {
    // Insertion order is expiry order: every key lives for the same retention.
    Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator();
    while (it.hasNext() && !it.next().getValue().isAfter(now)) {
      it.remove();
    }
  }

  @Override
  public synchronized String toString() {
    return "InMemorySeenMessageStore{size=" + seen.size() + ", capacity=" + capacity + ", retention=" + retention
        + '}';
  }
}
