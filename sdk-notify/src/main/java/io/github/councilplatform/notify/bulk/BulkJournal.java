package io.github.councilplatform.notify.bulk;

/**
 * Where a bulk sender keeps each row's state, so that a batch can be resumed after a crash, a kill, a lost
 * network or the daily limit without sending any row twice.
 *
 * <p>The SDK ships an embedded journal that needs no set-up ({@code FileBulkJournal}, one append-only file per
 * batch). Services that run several instances plug in a shared one (a PostgreSQL journal whose workers claim
 * rows with {@code SELECT … FOR UPDATE SKIP LOCKED}) by implementing this interface and {@link BatchJournal}.
 *
 * <h2>Contract for implementers</h2>
 * <ul>
 *   <li>Every state change is durable before the method returns (fsync, or a committed transaction).</li>
 *   <li>{@link BatchJournal#claim} records {@link RowState#IN_FLIGHT} durably before the sender sends, so a
 *       crash between Notify's answer and {@link BatchJournal#recordSent} leaves a row to reconcile, never a
 *       row to resend.</li>
 *   <li>A row never leaves {@link RowState#SENT} or {@link RowState#FAILED}.</li>
 *   <li>Implementations are thread-safe.</li>
 * </ul>
 */
public interface BulkJournal extends AutoCloseable {

  /**
   * Opens a batch's journal, creating it when the batch is new.
   *
   * @param identity the batch's id, template, channel and fingerprint
   * @return the batch's journal
   * @throws JournalMismatchException if a journal for this batch id exists with another template, channel or
   *     fingerprint, or is held open by a process that does not share it (an embedded journal)
   * @throws JournalException if the journal cannot be read or written
   */
  BatchJournal open(BatchIdentity identity);

  /**
   * Looks a batch up without opening it for sending (for {@code status} commands).
   *
   * @param batchId the batch id
   * @return the batch's identity and counts, or empty if this journal has never seen it
   * @throws JournalException if the journal cannot be read
   */
  java.util.Optional<BatchStatus> status(String batchId);

  /**
   * Releases what the journal holds (files, connections). Idempotent.
   *
   * @throws JournalException if closing failed
   */
  @Override
  void close();
}
