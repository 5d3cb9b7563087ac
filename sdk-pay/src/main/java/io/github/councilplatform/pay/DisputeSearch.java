package io.github.councilplatform.pay;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Filters for {@code PayClient.searchDisputes}. Immutable: start from {@link #all()}.
 *
 * @param fromDate raised at or after (second precision, UTC)
 * @param toDate raised before
 * @param fromSettledDate settled on or after
 * @param toSettledDate settled before
 * @param status the dispute's stage, or {@code null}
 * @param displaySize results per page, 1 to 500, or {@code null} for the default (500)
 */
public record DisputeSearch(Instant fromDate, Instant toDate, LocalDate fromSettledDate, LocalDate toSettledDate,
    DisputeStatus status, Integer displaySize) {

  /** {@return filters that match every dispute} */
  public static DisputeSearch all() {
    return new DisputeSearch(null, null, null, null, null, null);
  }

  /**
   * @param from raised at or after, or {@code null}
   * @param to raised before, or {@code null}
   * @return a copy with this filter
   */
  public DisputeSearch withCreated(Instant from, Instant to) {
    return new DisputeSearch(from, to, fromSettledDate, toSettledDate, status, displaySize);
  }

  /**
   * @param from settled on or after, or {@code null}
   * @param to settled before, or {@code null}
   * @return a copy with this filter
   */
  public DisputeSearch withSettled(LocalDate from, LocalDate to) {
    return new DisputeSearch(fromDate, toDate, from, to, status, displaySize);
  }

  /**
   * Returns a copy with this setting.
   *
   * @param v the stage
   * @return a copy with this filter
   */
  public DisputeSearch withStatus(DisputeStatus v) {
    return new DisputeSearch(fromDate, toDate, fromSettledDate, toSettledDate, v, displaySize);
  }

  /**
   * Returns a copy with this setting.
   *
   * @param v results per page, 1 to 500
   * @return a copy with this page size
   */
  public DisputeSearch withDisplaySize(int v) {
    return new DisputeSearch(fromDate, toDate, fromSettledDate, toSettledDate, status, v);
  }
}
