package io.github.councilplatform.pay;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Filters for {@code PayClient.searchPayments}. Immutable: start from {@link #all()} and add filters with
 * the {@code with…} methods. Search is eventually consistent: never use it to decide a payment's outcome
 * (use {@code getPayment}).
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

  /** {@return filters that match every payment (newest first)} */
  public static PaymentSearch all() {
    return new PaymentSearch(null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * Returns a copy with this setting.
   *
   * @param v exact reference
   * @return a copy with this filter
   */
  public PaymentSearch withReference(String v) {
    return new PaymentSearch(v, email, state, cardBrand, fromDate, toDate, fromSettledDate, toSettledDate,
        cardholderName, firstDigitsCardNumber, lastDigitsCardNumber, agreementId, displaySize);
  }

  /**
   * Returns a copy with this setting.
   *
   * @param v full or partial email address
   * @return a copy with this filter
   */
  public PaymentSearch withEmail(String v) {
    return new PaymentSearch(reference, v, state, cardBrand, fromDate, toDate, fromSettledDate, toSettledDate,
        cardholderName, firstDigitsCardNumber, lastDigitsCardNumber, agreementId, displaySize);
  }

  /**
   * Returns a copy with this setting.
   *
   * @param v a status other than capturable
   * @return a copy with this filter
   */
  public PaymentSearch withState(PaymentStatus v) {
    return new PaymentSearch(reference, email, v, cardBrand, fromDate, toDate, fromSettledDate, toSettledDate,
        cardholderName, firstDigitsCardNumber, lastDigitsCardNumber, agreementId, displaySize);
  }

  /**
   * Returns a copy with this setting.
   *
   * @param v card brand
   * @return a copy with this filter
   */
  public PaymentSearch withCardBrand(String v) {
    return new PaymentSearch(reference, email, state, v, fromDate, toDate, fromSettledDate, toSettledDate,
        cardholderName, firstDigitsCardNumber, lastDigitsCardNumber, agreementId, displaySize);
  }

  /**
   * @param from created at or after, or {@code null}
   * @param to created before, or {@code null}
   * @return a copy with this filter
   */
  public PaymentSearch withCreated(Instant from, Instant to) {
    return new PaymentSearch(reference, email, state, cardBrand, from, to, fromSettledDate, toSettledDate,
        cardholderName, firstDigitsCardNumber, lastDigitsCardNumber, agreementId, displaySize);
  }

  /**
   * @param from settled on or after, or {@code null}
   * @param to settled before, or {@code null}
   * @return a copy with this filter (Stripe only)
   */
  public PaymentSearch withSettled(LocalDate from, LocalDate to) {
    return new PaymentSearch(reference, email, state, cardBrand, fromDate, toDate, from, to,
        cardholderName, firstDigitsCardNumber, lastDigitsCardNumber, agreementId, displaySize);
  }

  /**
   * Returns a copy with this setting.
   *
   * @param v the name on the card
   * @return a copy with this filter
   */
  public PaymentSearch withCardholderName(String v) {
    return new PaymentSearch(reference, email, state, cardBrand, fromDate, toDate, fromSettledDate, toSettledDate,
        v, firstDigitsCardNumber, lastDigitsCardNumber, agreementId, displaySize);
  }

  /**
   * Returns a copy with this setting.
   *
   * @param v exactly 6 digits
   * @return a copy with this filter
   */
  public PaymentSearch withFirstDigitsCardNumber(String v) {
    return new PaymentSearch(reference, email, state, cardBrand, fromDate, toDate, fromSettledDate, toSettledDate,
        cardholderName, v, lastDigitsCardNumber, agreementId, displaySize);
  }

  /**
   * Returns a copy with this setting.
   *
   * @param v exactly 4 digits
   * @return a copy with this filter
   */
  public PaymentSearch withLastDigitsCardNumber(String v) {
    return new PaymentSearch(reference, email, state, cardBrand, fromDate, toDate, fromSettledDate, toSettledDate,
        cardholderName, firstDigitsCardNumber, v, agreementId, displaySize);
  }

  /**
   * Returns a copy with this setting.
   *
   * @param v the agreement id
   * @return a copy with this filter
   */
  public PaymentSearch withAgreementId(String v) {
    return new PaymentSearch(reference, email, state, cardBrand, fromDate, toDate, fromSettledDate, toSettledDate,
        cardholderName, firstDigitsCardNumber, lastDigitsCardNumber, v, displaySize);
  }

  /**
   * Returns a copy with this setting.
   *
   * @param v results per page, 1 to 500
   * @return a copy with this page size
   */
  public PaymentSearch withDisplaySize(int v) {
    return new PaymentSearch(reference, email, state, cardBrand, fromDate, toDate, fromSettledDate, toSettledDate,
        cardholderName, firstDigitsCardNumber, lastDigitsCardNumber, agreementId, v);
  }

  /** Hides the email address and cardholder name, which are personal data. */
  @Override
  public String toString() {
    return "PaymentSearch{reference=" + reference + ", state=" + state + ", fromDate=" + fromDate + ", toDate="
        + toDate + ", agreementId=" + agreementId + (email != null || cardholderName != null ? ", …" : "") + '}';
  }
}
