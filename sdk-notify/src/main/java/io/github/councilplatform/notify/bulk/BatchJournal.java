package io.github.councilplatform.notify.bulk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One batch's journal, from {@link BulkJournal#open(BatchIdentity)}. A sender streams the batch's rows in
 * chunks, {@link #claim claims} each chunk (getting back only the rows it now owns), sends them, and records
 * each outcome. Several workers, each streaming the same rows, may share one batch when the journal is shared:
 * {@code claim} hands each row to exactly one of them.
 *
 * <p>Every method is durable before it returns and thread-safe; see {@link BulkJournal} for the contract.
 */
public interface BatchJournal extends AutoCloseable {

  /**
   * The batch this journal belongs to.
   *
   * @return the identity it was opened with
   */
  BatchIdentity identity();

  /**
   * Claims the rows of a chunk that are free to send: rows the journal has never seen (it registers them) and
   * rows {@link RowState#PENDING}. Each claimed row is made {@link RowState#IN_FLIGHT} durably before this
   * returns. Rows in any other state, or claimed by another worker, are left out of the result.
   *
   * @param rows the candidates, in source order; keys unique within the batch
   * @return the rows now claimed by the caller, in the order given
   * @throws JournalException if the journal cannot be written
   */
  List<RowRef> claim(List<RowRef> rows);

  /**
   * Records that Notify accepted a row.
   *
   * @param row the row (claimed, or found by reconciling)
   * @param notificationId Notify's id for it
   * @throws JournalException if the journal cannot be written
   */
  void recordSent(RowRef row, UUID notificationId);

  /**
   * Records that Notify refused a row for good, or that it failed the checks: it is never sent.
   *
   * @param row the row
   * @param reason why, without personal data (no recipient, no personalisation values)
   * @throws JournalException if the journal cannot be written
   */
  void recordFailed(RowRef row, String reason);

  /**
   * Records that a row's send may have reached Notify without an answer: it must be reconciled by reference
   * before it can be sent again.
   *
   * @param row the row
   * @param reason what happened, without personal data
   * @throws JournalException if the journal cannot be written
   */
  void recordUnknown(RowRef row, String reason);

  /**
   * Gives a claimed row back, {@link RowState#PENDING}, because it provably did not reach Notify (a 429, the
   * daily limit, a connection that never opened) or because reconciling found no notification with its
   * reference.
   *
   * @param row the row
   * @throws JournalException if the journal cannot be written
   */
  void release(RowRef row);

  /**
   * The rows to reconcile before anything else is sent: every {@link RowState#OUTCOME_UNKNOWN} row, and every
   * {@link RowState#IN_FLIGHT} row that no live worker holds (for an embedded journal: each one found when it
   * was opened; for a shared one: those whose claim has lapsed).
   *
   * @param limit the most to return
   * @return the rows, at most {@code limit}
   * @throws JournalException if the journal cannot be read
   */
  List<RowRecord> unresolved(int limit);

  /**
   * The rows in one state, in the order they were recorded, for reports (for example a CSV of failures).
   *
   * @param state the state
   * @return the rows in that state
   * @throws JournalException if the journal cannot be read
   */
  Iterable<RowRecord> rows(RowState state);

  /**
   * How many rows are in each state.
   *
   * @return the counts
   */
  BatchCounts counts();

  /**
   * Records that the batch must wait (Notify's daily limit) until a time, so a later run knows when it may go
   * on.
   *
   * @param until when the batch may resume
   * @param reason why, for example Notify's daily limit message
   * @throws JournalException if the journal cannot be written
   */
  void pause(Instant until, String reason);

  /**
   * When the batch may resume, if it was paused and that time is still recorded. Claiming clears nothing;
   * the sender compares it with its clock.
   *
   * @return the time, or empty if the batch was never paused
   */
  Optional<Instant> pausedUntil();

  /**
   * Marks the batch finished (every row final), so its status says so.
   *
   * @throws JournalException if the journal cannot be written
   */
  void complete();

  /**
   * Releases this batch's journal (an embedded journal's lock and file). Idempotent; rows still
   * {@link RowState#IN_FLIGHT} stay so, to be reconciled by the next run.
   */
  @Override
  void close();
}
