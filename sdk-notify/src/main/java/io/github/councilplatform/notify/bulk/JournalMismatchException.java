package io.github.councilplatform.notify.bulk;

/**
 * A journal exists for this batch id but was written for another template, channel or set of rows (or is in
 * use by another process that cannot share it). Nothing was sent. Use a new batch id for a new file or
 * template, or resume with the exact file and template the batch started with.
 */
public class JournalMismatchException extends BulkInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what differs and what to do next
   */
  public JournalMismatchException(String message) {
    super(BulkInputException.Problem.JOURNAL_MISMATCH, message);
  }
}
