package io.github.councilplatform.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * Remembers the {@code jti} of each back-channel logout token accepted, so a replayed token is refused. The
 * default ({@link #inMemory()}) works for one instance; a service with several instances should implement
 * this over a shared store (for example Redis {@code SET jti 1 NX EX 180}).
 */
public interface ReplayStore {

  /**
   * Records an id if it has not been seen within the window.
   *
   * @param id the token's {@code jti}
   * @param now the current time, from the client's clock
   * @param window how long to remember the id (3 minutes for logout tokens)
   * @return {@code true} if the id was new and is now recorded; {@code false} if it is a replay
   */
  boolean firstSeen(String id, Instant now, Duration window);

  /**
   * A store in this JVM's memory, forgetting ids once their window has passed. Thread-safe.
   *
   * @return a new, empty store
   */
  static ReplayStore inMemory() {
    return new InMemoryReplayStore();
  }
}
