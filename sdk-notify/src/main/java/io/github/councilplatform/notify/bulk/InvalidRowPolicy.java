package io.github.councilplatform.notify.bulk;

/** What a batch does when some rows fail the checks. */
public enum InvalidRowPolicy {
  /** Send nothing: {@link BulkSender#send(BatchPlan)} throws {@link InvalidRowsException}. The default. */
  STOP,
  /** Send the good rows; the bad ones are recorded as failed, with their reasons, and never sent. */
  SEND_GOOD_ROWS
}
