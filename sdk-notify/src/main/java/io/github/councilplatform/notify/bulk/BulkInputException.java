package io.github.councilplatform.notify.bulk;

import io.github.councilplatform.core.CouncilPlatformException;

/**
 * A batch cannot start because of its input: nothing was sent. {@link #problem()} says which kind, so a caller
 * (or the command line's exit code) can tell them apart; the message says what to fix.
 */
public class BulkInputException extends CouncilPlatformException {
  private static final long serialVersionUID = 1L;

  /** The kinds of input a batch refuses before sending anything. */
  public enum Problem {
    /** Notify has no template with that id (for this service). */
    UNKNOWN_TEMPLATE,
    /** The template is for another channel (an SMS template for an email batch). */
    WRONG_TEMPLATE_TYPE,
    /** The CSV has no {@code email address}, {@code phone number} or {@code address line 1..} column. */
    NO_RECIPIENT_COLUMN,
    /** A placeholder of the template has no column in the CSV. */
    MISSING_PERSONALISATION_COLUMN,
    /** The file has no header, or a header and no rows. */
    EMPTY_FILE,
    /** The file is not valid UTF-8. */
    NOT_UTF8,
    /** The file is not well-formed CSV (an unclosed quote, a duplicated column name). */
    MALFORMED_CSV,
    /** Two rows have the same row key, so their references would collide. */
    DUPLICATE_ROW_KEY,
    /** Some rows failed the checks and the caller chose to stop. */
    INVALID_ROWS,
    /** The journal belongs to another batch, template or file. */
    JOURNAL_MISMATCH
  }

  private final Problem problem;

  /**
   * Creates the exception.
   *
   * @param problem which kind of input problem
   * @param message what is wrong and what to do next
   */
  public BulkInputException(Problem problem, String message) {
    super(message, null, null, 0, false);
    this.problem = problem;
  }

  /**
   * Which kind of input problem stopped the batch.
   *
   * @return the kind
   */
  public Problem problem() {
    return problem;
  }
}
