package io.github.councilplatform.notify.bulk;

/**
 * Some rows failed the checks and the batch's policy is {@link InvalidRowPolicy#STOP}: nothing was sent.
 * {@link #report()} lists each bad row by line and reason. Fix the rows, or send the good ones with
 * {@link InvalidRowPolicy#SEND_GOOD_ROWS}.
 */
public class InvalidRowsException extends BulkInputException {
  private static final long serialVersionUID = 1L;

  private final transient CheckReport report;

  /**
   * Creates the exception.
   *
   * @param report the check's report
   */
  public InvalidRowsException(CheckReport report) {
    super(Problem.INVALID_ROWS, report.badRows() + " of " + report.rows() + " rows of " + report.source()
        + " failed the checks" + (report.problems().isEmpty() ? "" : " (the first: line "
        + report.problems().get(0).line() + ", " + report.problems().get(0).reason() + ")")
        + ". Nothing was sent. Fix them, or choose to send the good rows.");
    this.report = report;
  }

  /**
   * The check's report, with every bad row.
   *
   * @return the report
   */
  public CheckReport report() {
    return report;
  }
}
