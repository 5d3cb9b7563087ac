package io.github.councilplatform.pay;

import io.github.councilplatform.core.RequestValidationException;
import io.github.councilplatform.pay.internal.PayValidation;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Filters for {@code PayApi.searchRefunds} ({@code GET /v1/refunds}). Every filter is optional: start from
 * {@link #builder()} (or {@link #all()} for none). The constructor checks GOV.UK Pay's rules.
 *
 * @param fromDate created at or after (second precision, UTC)
 * @param toDate created before
 * @param fromSettledDate settled on or after (Stripe only)
 * @param toSettledDate settled before (Stripe only)
 * @param displaySize results per page, 1 to 500, or {@code null} for the default (500)
 */
public record RefundSearch(Instant fromDate, Instant toDate, LocalDate fromSettledDate, LocalDate toSettledDate,
    Integer displaySize) {

  /**
   * Checks the filters against GOV.UK Pay's rules.
   *
   * @param fromDate created at or after
   * @param toDate created before
   * @param fromSettledDate settled on or after
   * @param toSettledDate settled before
   * @param displaySize results per page, 1 to 500, or {@code null}
   * @throws RequestValidationException if the page size is out of range
   */
  public RefundSearch {
    PayValidation.displaySize(displaySize);
  }

  /** {@return filters that match every refund} */
  public static RefundSearch all() {
    return builder().build();
  }

  /** {@return a builder with no filters} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RefundSearch}. Every filter is optional. Not thread-safe. */
  public static final class Builder {
    private Instant fromDate;
    private Instant toDate;
    private LocalDate fromSettledDate;
    private LocalDate toSettledDate;
    private Integer displaySize;

    private Builder() {}

    /**
     * Matches refunds created at or after this time (sent to the second, in UTC).
     *
     * @param fromDate the earliest creation time
     * @return this builder
     */
    public Builder fromDate(Instant fromDate) {
      this.fromDate = fromDate;
      return this;
    }

    /**
     * Matches refunds created before this time.
     *
     * @param toDate the time to stop before
     * @return this builder
     */
    public Builder toDate(Instant toDate) {
      this.toDate = toDate;
      return this;
    }

    /**
     * Matches refunds settled on or after this date (services using Stripe only).
     *
     * @param fromSettledDate the earliest settlement date
     * @return this builder
     */
    public Builder fromSettledDate(LocalDate fromSettledDate) {
      this.fromSettledDate = fromSettledDate;
      return this;
    }

    /**
     * Matches refunds settled before this date (services using Stripe only).
     *
     * @param toSettledDate the date to stop before
     * @return this builder
     */
    public Builder toSettledDate(LocalDate toSettledDate) {
      this.toSettledDate = toSettledDate;
      return this;
    }

    /**
     * How many results each page fetches (default 500).
     *
     * @param displaySize 1 to 500
     * @return this builder
     */
    public Builder displaySize(int displaySize) {
      this.displaySize = displaySize;
      return this;
    }

    /**
     * Builds the filters.
     *
     * @return the filters
     * @throws RequestValidationException if the page size is out of range
     */
    public RefundSearch build() {
      return new RefundSearch(fromDate, toDate, fromSettledDate, toSettledDate, displaySize);
    }
  }
}
