package io.github.councilplatform.pay;

import io.github.councilplatform.core.RequestValidationException;
import io.github.councilplatform.pay.internal.PayValidation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Filters for {@code PayApi.searchPayments} ({@code GET /v1/payments}). Every filter is optional: start from
 * {@link #builder()} (or {@link #all()} for none). The constructor checks GOV.UK Pay's rules, so filters that
 * exist are valid. Search is eventually consistent: never use it to decide a payment's outcome (use
 * {@code getPayment}).
 *
 * <pre>{@code
 * PaymentSearch failedToday = PaymentSearch.builder()
 *     .state(PaymentStatus.FAILED).fromDate(startOfDay).displaySize(100).build();
 * }</pre>
 *
 * @param reference exact reference, at most 255 characters
 * @param email full or partial email address, at most 254 characters
 * @param state a status; {@link PaymentStatus#CAPTURABLE} cannot be searched for
 * @param cardBrand card brand, at most 20 characters
 * @param fromDate created at or after (second precision, UTC)
 * @param toDate created before (second precision, UTC)
 * @param fromSettledDate settled on or after (Stripe only)
 * @param toSettledDate settled before (Stripe only)
 * @param cardholderName the name on the card
 * @param firstDigitsCardNumber exactly 6 digits
 * @param lastDigitsCardNumber exactly 4 digits
 * @param agreementId payments taken under this agreement
 * @param displaySize results per page, 1 to 500, or {@code null} for GOV.UK Pay's default (500)
 */
public record PaymentSearch(
    String reference,
    String email,
    PaymentStatus state,
    String cardBrand,
    Instant fromDate,
    Instant toDate,
    LocalDate fromSettledDate,
    LocalDate toSettledDate,
    String cardholderName,
    String firstDigitsCardNumber,
    String lastDigitsCardNumber,
    String agreementId,
    Integer displaySize) {

  private static final int MAX_CARD_BRAND = 20;
  private static final Pattern SIX_DIGITS = Pattern.compile("^[0-9]{6}$");
  private static final Pattern FOUR_DIGITS = Pattern.compile("^[0-9]{4}$");

  /**
   * Checks the filters against GOV.UK Pay's rules.
   *
   * @param reference exact reference, at most 255 characters
   * @param email full or partial email address, at most 254 characters
   * @param state a status other than {@link PaymentStatus#CAPTURABLE}
   * @param cardBrand card brand, at most 20 characters
   * @param fromDate created at or after
   * @param toDate created before
   * @param fromSettledDate settled on or after
   * @param toSettledDate settled before
   * @param cardholderName the name on the card
   * @param firstDigitsCardNumber exactly 6 digits
   * @param lastDigitsCardNumber exactly 4 digits
   * @param agreementId payments taken under this agreement
   * @param displaySize results per page, 1 to 500, or {@code null}
   * @throws RequestValidationException naming the first filter that breaks a rule
   */
  public PaymentSearch {
    PayValidation.optionalMax("reference", reference, PayValidation.MAX_TEXT);
    PayValidation.optionalMax("email", email, PayValidation.MAX_EMAIL);
    PayValidation.optionalMax("card_brand", cardBrand, MAX_CARD_BRAND);
    if (state == PaymentStatus.CAPTURABLE || state == PaymentStatus.UNKNOWN) {
      PayValidation.fail("state", "must be one of created, started, submitted, success, failed, cancelled, error"
          + " (GOV.UK Pay cannot search for " + state.wireValue() + ").");
    }
    if (firstDigitsCardNumber != null && !SIX_DIGITS.matcher(firstDigitsCardNumber).matches()) {
      PayValidation.fail("first_digits_card_number", "must be exactly 6 digits.");
    }
    if (lastDigitsCardNumber != null && !FOUR_DIGITS.matcher(lastDigitsCardNumber).matches()) {
      PayValidation.fail("last_digits_card_number", "must be exactly 4 digits.");
    }
    PayValidation.displaySize(displaySize);
  }

  /** {@return filters that match every payment (newest first)} */
  public static PaymentSearch all() {
    return builder().build();
  }

  /**
   * Filters for the payments with a reference, for reconciling a create whose outcome is unknown.
   *
   * @param reference the exact reference given when creating the payment
   * @return the filters
   * @throws RequestValidationException if the reference is blank or longer than 255 characters
   */
  public static PaymentSearch byReference(String reference) {
    PayValidation.required("reference", reference);
    return builder().reference(reference).build();
  }

  /** {@return a builder with no filters} */
  public static Builder builder() {
    return new Builder();
  }

  /** Hides the email address and cardholder name, which are personal data. */
  @Override
  public String toString() {
    return "PaymentSearch{reference=" + reference + ", state=" + state + ", fromDate=" + fromDate + ", toDate="
        + toDate + ", agreementId=" + agreementId + (email != null || cardholderName != null ? ", …" : "") + '}';
  }

  /** Builds a {@link PaymentSearch}. Every filter is optional. Not thread-safe. */
  public static final class Builder {
    private String reference;
    private String email;
    private PaymentStatus state;
    private String cardBrand;
    private Instant fromDate;
    private Instant toDate;
    private LocalDate fromSettledDate;
    private LocalDate toSettledDate;
    private String cardholderName;
    private String firstDigitsCardNumber;
    private String lastDigitsCardNumber;
    private String agreementId;
    private Integer displaySize;

    private Builder() {}

    /**
     * Matches payments with exactly this reference.
     *
     * @param reference at most 255 characters
     * @return this builder
     */
    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    /**
     * Matches payments whose email address contains this.
     *
     * @param email a full or partial email address, at most 254 characters
     * @return this builder
     */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /**
     * Matches payments in this status.
     *
     * @param state any status but {@link PaymentStatus#CAPTURABLE}
     * @return this builder
     */
    public Builder state(PaymentStatus state) {
      this.state = state;
      return this;
    }

    /**
     * Matches payments by card brand.
     *
     * @param cardBrand for example {@code visa}, at most 20 characters
     * @return this builder
     */
    public Builder cardBrand(String cardBrand) {
      this.cardBrand = cardBrand;
      return this;
    }

    /**
     * Matches payments created at or after this time (sent to the second, in UTC).
     *
     * @param fromDate the earliest creation time
     * @return this builder
     */
    public Builder fromDate(Instant fromDate) {
      this.fromDate = fromDate;
      return this;
    }

    /**
     * Matches payments created before this time (sent to the second, in UTC).
     *
     * @param toDate the time to stop before
     * @return this builder
     */
    public Builder toDate(Instant toDate) {
      this.toDate = toDate;
      return this;
    }

    /**
     * Matches payments settled on or after this date (services using Stripe only).
     *
     * @param fromSettledDate the earliest settlement date
     * @return this builder
     */
    public Builder fromSettledDate(LocalDate fromSettledDate) {
      this.fromSettledDate = fromSettledDate;
      return this;
    }

    /**
     * Matches payments settled before this date (services using Stripe only).
     *
     * @param toSettledDate the date to stop before
     * @return this builder
     */
    public Builder toSettledDate(LocalDate toSettledDate) {
      this.toSettledDate = toSettledDate;
      return this;
    }

    /**
     * Matches payments by the name on the card.
     *
     * @param cardholderName the name
     * @return this builder
     */
    public Builder cardholderName(String cardholderName) {
      this.cardholderName = cardholderName;
      return this;
    }

    /**
     * Matches payments by the card number's first digits.
     *
     * @param digits exactly 6 digits
     * @return this builder
     */
    public Builder firstDigitsCardNumber(String digits) {
      this.firstDigitsCardNumber = digits;
      return this;
    }

    /**
     * Matches payments by the card number's last digits.
     *
     * @param digits exactly 4 digits
     * @return this builder
     */
    public Builder lastDigitsCardNumber(String digits) {
      this.lastDigitsCardNumber = digits;
      return this;
    }

    /**
     * Matches payments taken under this recurring-payment agreement.
     *
     * @param agreementId the agreement id
     * @return this builder
     */
    public Builder agreementId(String agreementId) {
      this.agreementId = agreementId;
      return this;
    }

    /**
     * How many results each page fetches (GOV.UK Pay's default is 500).
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
     * @throws RequestValidationException naming the first filter that breaks a GOV.UK Pay rule
     */
    public PaymentSearch build() {
      return new PaymentSearch(reference, email, state, cardBrand, fromDate, toDate, fromSettledDate,
          toSettledDate, cardholderName, firstDigitsCardNumber, lastDigitsCardNumber, agreementId, displaySize);
    }
  }
}
