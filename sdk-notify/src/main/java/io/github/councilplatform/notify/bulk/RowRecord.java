package io.github.councilplatform.notify.bulk;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a {@link BatchJournal} knows about one row.
 *
 * @param row the row's key and line
 * @param state where the row stands
 * @param notificationId Notify's id for it when {@link RowState#SENT}, otherwise {@code null}
 * @param reason why it failed ({@link RowState#FAILED}) or why its outcome is unknown, otherwise {@code null};
 *     never personal data (no recipient, no personalisation values)
 * @param updatedAt when the journal last changed the row
 */
public record RowRecord(RowRef row, RowState state, UUID notificationId, String reason, Instant updatedAt) {

  /**
   * Checks the record.
   *
   * @param row the row's key and line
   * @param state where the row stands
   * @param notificationId Notify's id when sent
   * @param reason why it failed or is unknown
   * @param updatedAt when the journal last changed the row
   */
  public RowRecord {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (state == RowState.SENT && notificationId == null) {
      throw new IllegalArgumentException("A SENT row needs its notification id: " + row);
    }
  }

  /**
   * Notify's id for the row, once sent.
   *
   * @return the id, or empty unless {@link RowState#SENT}
   */
  public Optional<UUID> notificationIdIfSent() {
    return Optional.ofNullable(notificationId);
  }
}
