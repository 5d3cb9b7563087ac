package io.github.councilplatform.notify.bulk;

/**
 * Where one row of a batch stands, as a {@link BatchJournal} records it.
 *
 * <p>The states are ordered so that a crash can only ever lose certainty, never create a duplicate: a row is
 * recorded {@link #IN_FLIGHT} (durably) <em>before</em> its send starts, so a process killed between "Notify
 * accepted it" and "the journal recorded it" leaves it {@code IN_FLIGHT}, which the next run treats as
 * {@link #OUTCOME_UNKNOWN} and reconciles by reference, never as {@link #PENDING}.
 */
public enum RowState {
  /** Not sent, and provably never reached Notify: safe to send. */
  PENDING,
  /**
   * Claimed by a worker and about to be sent, or being sent. Found by a later run (or after the claim's lease
   * ran out, in a shared journal) it means the same as {@link #OUTCOME_UNKNOWN}.
   */
  IN_FLIGHT,
  /** Notify accepted it; the journal holds the notification id. Final. */
  SENT,
  /** Notify refused it for good (an invalid recipient, a check that failed); never retried. Final. */
  FAILED,
  /**
   * A send reached Notify, or may have, and no answer came back. Must be reconciled by reference
   * ({@code NotifyApi.findNotificationsByReference}) before it is sent again.
   */
  OUTCOME_UNKNOWN;

  /**
   * Whether the row is done: {@link #SENT} or {@link #FAILED}.
   *
   * @return {@code true} for a final state
   */
  public boolean isFinal() {
    return this == SENT || this == FAILED;
  }
}
