package io.github.councilplatform.pay;

/**
 * Filters for {@code PayClient.searchAgreements}. Immutable: start from {@link #all()}.
 *
 * @param reference exact reference, ignoring case
 * @param status the agreement's status, or {@code null}
 * @param displaySize results per page, 1 to 500, or {@code null} for the default (500)
 */
public record AgreementSearch(String reference, AgreementStatus status, Integer displaySize) {

  /** {@return filters that match every agreement} */
  public static AgreementSearch all() {
    return new AgreementSearch(null, null, null);
  }

  /**
   * Returns a copy with this setting.
   *
   * @param v exact reference, ignoring case
   * @return a copy with this filter
   */
  public AgreementSearch withReference(String v) {
    return new AgreementSearch(v, status, displaySize);
  }

  /**
   * Returns a copy with this setting.
   *
   * @param v the status
   * @return a copy with this filter
   */
  public AgreementSearch withStatus(AgreementStatus v) {
    return new AgreementSearch(reference, v, displaySize);
  }

  /**
   * Returns a copy with this setting.
   *
   * @param v results per page, 1 to 500
   * @return a copy with this page size
   */
  public AgreementSearch withDisplaySize(int v) {
    return new AgreementSearch(reference, status, v);
  }
}
