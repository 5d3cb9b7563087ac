package io.github.councilplatform.pay;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Filters for {@code PayClient.searchRefunds}. Immutable: start from {@link #all()}.
 *
 * @param fromDate created at or after (second precision, UTC)
 * @param toDate created before
 * @param fromSettledDate settled on or after (Stripe only)
 * @param toSettledDate settled before (Stripe only)
 * @param displaySize results per page, 1 to 500, or {@code null} for the default (500)
 */
public record RefundSearch(Instant fromDate, Instant toDate, LocalDate fromSettledDate, LocalDate toSettledDate,
    Integer displaySize) {

  /** {@return filters that match every refund} */
  public static RefundSearch all() {
    return new RefundSearch(null, null, null, null, null);
  }

  /**
   * @param from created at or after, or {@code null}
   * @param to created before, or {@code null}
   * @return a copy with this filter
   */
  public RefundSearch withCreated(Instant from, Instant to) {
    return new RefundSearch(from, to, fromSettledDate, toSettledDate, displaySize);
  }

  /**
   * @param from settled on or after, or {@code null}
   * @param to settled before, or {@code null}
   * @return a copy with this filter
   */
  public RefundSearch withSettled(LocalDate from, LocalDate to) {
    return new RefundSearch(fromDate, toDate, from, to, displaySize);
  }

  /**
   * Returns a copy with this setting.
   *
   * @param v results per page, 1 to 500
   * @return a copy with this page size
   */
  public RefundSearch withDisplaySize(int v) {
    return new RefundSearch(fromDate, toDate, fromSettledDate, toSettledDate, v);
  }
}
