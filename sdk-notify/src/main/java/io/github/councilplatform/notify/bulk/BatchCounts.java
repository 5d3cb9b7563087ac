package io.github.councilplatform.notify.bulk;

/**
 * How many of a batch's rows the journal holds in each state. Rows the journal has not seen yet (a batch
 * is registered with its journal as it streams) are not counted anywhere.
 *
 * @param pending rows not sent yet
 * @param inFlight rows claimed and being sent (after a crash: to reconcile)
 * @param sent rows Notify accepted
 * @param failed rows refused for good
 * @param outcomeUnknown rows to reconcile by reference
 */
public record BatchCounts(long pending, long inFlight, long sent, long failed, long outcomeUnknown) {

  /**
   * All rows the journal holds.
   *
   * @return the sum of every state
   */
  public long total() {
    return pending + inFlight + sent + failed + outcomeUnknown;
  }
}
