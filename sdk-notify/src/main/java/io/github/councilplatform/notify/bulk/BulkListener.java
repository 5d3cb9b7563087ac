package io.github.councilplatform.notify.bulk;

/**
 * Follows a batch: progress snapshots, and each row's outcome. Called on the sender's threads, so keep it quick
 * and thread-safe; an exception it throws is ignored (it never stops a batch). Every method does nothing by
 * default. {@link TerminalProgressBar} is a ready one.
 */
public interface BulkListener {

  /**
   * A progress snapshot: every few hundred rows while checking, and after each row while sending.
   *
   * @param progress the snapshot
   */
  default void onProgress(BatchProgress progress) {}

  /**
   * A row failed the checks or Notify refused it for good.
   *
   * @param problem the row and why
   */
  default void onRowFailed(RowProblem problem) {}

  /**
   * A row's outcome is unknown: resume the batch later to reconcile it.
   *
   * @param row the row
   */
  default void onRowUnknown(RowRef row) {}

  /**
   * The run ended.
   *
   * @param result how it ended
   */
  default void onFinished(BatchResult result) {}
}
