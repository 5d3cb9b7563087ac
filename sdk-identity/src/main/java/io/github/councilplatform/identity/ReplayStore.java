package io.github.councilplatform.identity;

import java.time.Instant;

/**
 * Remembers the {@code jti} of each back-channel logout token accepted, so a replayed token is refused
 * (OpenID Connect Back-Channel Logout 1.0, 2.6 step 7). An id must be remembered for as long as its token
 * could still be accepted: until the token's own {@code exp} plus the client's allowed clock skew, whatever
 * the token's lifetime, and never forgotten earlier. The default ({@link #inMemory()}) works for one
 * instance; a service with several instances should implement this over a shared store (for example Redis
 * {@code SET <jti> 1 NX PXAT <rememberUntil in ms>}).
 */
public interface ReplayStore {

  /**
   * Records an id unless it is already remembered.
   *
   * @param id the token's {@code jti}
   * @param now the current time, from the client's clock
   * @param rememberUntil the earliest time the id may be forgotten: the token's {@code exp} plus the allowed
   *     clock skew. An implementation must keep the id at least until then (it is still remembered at exactly
   *     {@code rememberUntil}), and must not shorten that to save space.
   * @return {@code true} if the id was new and is now recorded; {@code false} if it is a replay
   * @throws ReplayStoreFullException if the id cannot be recorded without forgetting a live id early; the
   *     token is then refused rather than risk accepting a replay later
   */
  boolean firstSeen(String id, Instant now, Instant rememberUntil);

  /**
   * A store in this JVM's memory holding at most 100,000 live ids, forgetting each once its
   * {@code rememberUntil} has passed; {@link #inMemory(int)} says what happens when it is full. Thread-safe.
   *
   * @return a new, empty store
   */
  static ReplayStore inMemory() {
    return new InMemoryReplayStore(InMemoryReplayStore.DEFAULT_MAX_ENTRIES);
  }

  /**
   * A store in this JVM's memory holding at most {@code maxEntries} live ids. When every slot holds an id
   * that is still live, a new id is refused with {@link ReplayStoreFullException} (it is never made room for
   * by forgetting a live id, which would let that token be replayed). Thread-safe.
   *
   * @param maxEntries the most ids remembered at once, at least 1
   * @return a new, empty store
   * @throws IllegalArgumentException if {@code maxEntries} is less than 1
   */
  static ReplayStore inMemory(int maxEntries) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be at least 1; got " + maxEntries);
    }
    return new InMemoryReplayStore(maxEntries);
  }
}
