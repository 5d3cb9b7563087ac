package io.github.councilplatform.notify.bulk;

import java.time.Duration;
import java.util.Optional;

/**
 * A snapshot of a batch's progress, given to {@link BulkListener}s.
 *
 * @param phase checking or sending
 * @param total the rows in the batch, once the check has counted them ({@code 0} while checking)
 * @param checked rows checked so far
 * @param sent rows Notify accepted (in this run and earlier runs)
 * @param failed rows failed for good (bad rows included)
 * @param unknown rows whose outcome is unknown
 * @param perMinute the send rate of this run so far
 * @param timeLeft the estimated time to finish at the pacer's rate, or {@code null} while checking
 */
public record BatchProgress(Phase phase, long total, long checked, long sent, long failed, long unknown,
    double perMinute, Duration timeLeft) {

  /** What the batch is doing. */
  public enum Phase {
    /** Checking every row before sending. */
    CHECKING,
    /** Reconciling rows whose outcome was unknown. */
    RECONCILING,
    /** Sending. */
    SENDING
  }

  /**
   * Rows that are done (sent or failed for good).
   *
   * @return sent plus failed
   */
  public long done() {
    return sent + failed;
  }

  /**
   * The estimated time left.
   *
   * @return the estimate, or empty while checking
   */
  public Optional<Duration> timeLeftIfKnown() {
    return Optional.ofNullable(timeLeft);
  }
}
