package io.github.councilplatform.notify.bulk;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A batch as its journal last recorded it, from {@link BulkJournal#status(String)}.
 *
 * @param identity the batch's identity
 * @param counts how many rows are in each state
 * @param pausedUntil when a daily-limit pause ends, or {@code null}
 * @param completed whether the sender finished the batch
 */
public record BatchStatus(BatchIdentity identity, BatchCounts counts, Instant pausedUntil, boolean completed) {

  /**
   * Checks the status.
   *
   * @param identity the batch's identity
   * @param counts the counts
   * @param pausedUntil when a pause ends, or {@code null}
   * @param completed whether finished
   */
  public BatchStatus {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(counts, "counts");
  }

  /**
   * When a daily-limit pause ends.
   *
   * @return the time, or empty if the batch was not paused
   */
  public Optional<Instant> pausedUntilIfAny() {
    return Optional.ofNullable(pausedUntil);
  }
}
