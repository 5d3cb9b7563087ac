package io.github.councilplatform.pay;

import io.github.councilplatform.core.RequestValidationException;
import io.github.councilplatform.pay.internal.PayValidation;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Filters for {@code PayApi.searchDisputes} ({@code GET /v1/disputes}; services using Stripe only). Every
 * filter is optional: start from {@link #builder()} (or {@link #all()} for none). The constructor checks
 * GOV.UK Pay's rules.
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

  /**
   * Checks the filters against GOV.UK Pay's rules.
   *
   * @param fromDate raised at or after
   * @param toDate raised before
   * @param fromSettledDate settled on or after
   * @param toSettledDate settled before
   * @param status the dispute's stage, or {@code null}
   * @param displaySize results per page, 1 to 500, or {@code null}
   * @throws RequestValidationException naming the first filter that breaks a rule
   */
  public DisputeSearch {
    if (status == DisputeStatus.UNKNOWN) {
      PayValidation.fail("status", "must be one of needs_response, under_review, lost, won.");
    }
    PayValidation.displaySize(displaySize);
  }

  /** {@return filters that match every dispute} */
  public static DisputeSearch all() {
    return builder().build();
  }

  /** {@return a builder with no filters} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DisputeSearch}. Every filter is optional. Not thread-safe. */
  public static final class Builder {
    private Instant fromDate;
    private Instant toDate;
    private LocalDate fromSettledDate;
    private LocalDate toSettledDate;
    private DisputeStatus status;
    private Integer displaySize;

    private Builder() {}

    /**
     * Matches disputes raised at or after this time (sent to the second, in UTC).
     *
     * @param fromDate the earliest time
     * @return this builder
     */
    public Builder fromDate(Instant fromDate) {
      this.fromDate = fromDate;
      return this;
    }

    /**
     * Matches disputes raised before this time.
     *
     * @param toDate the time to stop before
     * @return this builder
     */
    public Builder toDate(Instant toDate) {
      this.toDate = toDate;
      return this;
    }

    /**
     * Matches disputes settled on or after this date.
     *
     * @param fromSettledDate the earliest settlement date
     * @return this builder
     */
    public Builder fromSettledDate(LocalDate fromSettledDate) {
      this.fromSettledDate = fromSettledDate;
      return this;
    }

    /**
     * Matches disputes settled before this date.
     *
     * @param toSettledDate the date to stop before
     * @return this builder
     */
    public Builder toSettledDate(LocalDate toSettledDate) {
      this.toSettledDate = toSettledDate;
      return this;
    }

    /**
     * Matches disputes at this stage.
     *
     * @param status the stage
     * @return this builder
     */
    public Builder status(DisputeStatus status) {
      this.status = status;
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
     * @throws RequestValidationException naming the first filter that breaks a rule
     */
    public DisputeSearch build() {
      return new DisputeSearch(fromDate, toDate, fromSettledDate, toSettledDate, status, displaySize);
    }
  }
}
