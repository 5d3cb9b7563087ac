package io.github.councilplatform.pay;

import io.github.councilplatform.core.RequestValidationException;
import io.github.councilplatform.pay.internal.PayValidation;

/**
 * Filters for {@code PayApi.searchAgreements} ({@code GET /v1/agreements}). Every filter is optional: start
 * from {@link #builder()} (or {@link #all()} for none). The constructor checks GOV.UK Pay's rules.
 *
 * @param reference exact reference, ignoring case, at most 255 characters
 * @param status the agreement's status, or {@code null}
 * @param displaySize results per page, 1 to 500, or {@code null} for the default (500)
 */
public record AgreementSearch(String reference, AgreementStatus status, Integer displaySize) {

  /**
   * Checks the filters against GOV.UK Pay's rules.
   *
   * @param reference exact reference, at most 255 characters, or {@code null}
   * @param status the agreement's status, or {@code null}
   * @param displaySize results per page, 1 to 500, or {@code null}
   * @throws RequestValidationException naming the first filter that breaks a rule
   */
  public AgreementSearch {
    PayValidation.optionalMax("reference", reference, PayValidation.MAX_TEXT);
    if (status == AgreementStatus.UNKNOWN) {
      PayValidation.fail("status", "must be one of created, active, cancelled, inactive.");
    }
    PayValidation.displaySize(displaySize);
  }

  /** {@return filters that match every agreement} */
  public static AgreementSearch all() {
    return builder().build();
  }

  /** {@return a builder with no filters} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgreementSearch}. Every filter is optional. Not thread-safe. */
  public static final class Builder {
    private String reference;
    private AgreementStatus status;
    private Integer displaySize;

    private Builder() {}

    /**
     * Matches agreements with this reference, ignoring case.
     *
     * @param reference at most 255 characters
     * @return this builder
     */
    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    /**
     * Matches agreements in this status.
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(AgreementStatus status) {
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
    public AgreementSearch build() {
      return new AgreementSearch(reference, status, displaySize);
    }
  }
}
