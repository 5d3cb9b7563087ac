package io.github.councilplatform.pay;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a payment is in GOV.UK Pay's lifecycle ({@code state.status}).
 *
 * <p>Only {@link #SUCCESS} means money was (or will be) taken. {@link #FAILED}, {@link #CANCELLED} and
 * {@link #ERROR} are finished too, but nothing was taken. A payment in {@link #CREATED}, {@link #STARTED} or
 * {@link #SUBMITTED} can be resumed by sending the payer to a fresh {@code next_url} (fetch the payment again
 * for one); a payment expires 90 minutes after it was created.
 */
public enum PaymentStatus {
  /** Created; the payer has not opened {@code next_url} yet. */
  @JsonProperty("created") CREATED("created"),
  /** The payer is on the card details page (also during 3-D Secure, and while a recurring payment is queued). */
  @JsonProperty("started") STARTED("started"),
  /** Authorised; waiting for the payer to confirm. */
  @JsonProperty("submitted") SUBMITTED("submitted"),
  /** Delayed capture: confirmed and waiting for {@code PayClient.capturePayment}. */
  @JsonProperty("capturable") CAPTURABLE("capturable"),
  /** Confirmed: capture is submitted or done. The only status that means the payer paid. */
  @JsonProperty("success") SUCCESS("success"),
  /** Declined (P0010), expired (P0020) or cancelled by the payer (P0030). */
  @JsonProperty("failed") FAILED("failed"),
  /** Cancelled by the service (P0040). */
  @JsonProperty("cancelled") CANCELLED("cancelled"),
  /** A payment provider or technical error (P0050); no money was taken. */
  @JsonProperty("error") ERROR("error"),
  /** A status this SDK version does not know; GOV.UK Pay may add statuses. Fetch the payment again later. */
  @JsonEnumDefaultValue UNKNOWN("unknown");

  private final String wireValue;

  PaymentStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /** {@return the value GOV.UK Pay uses on the wire, for example {@code success}} */
  public String wireValue() {
    return wireValue;
  }

  /** {@return whether the payment has reached a final status (success, failed, cancelled or error)} */
  public boolean isFinished() {
    return this == SUCCESS || this == FAILED || this == CANCELLED || this == ERROR;
  }

  /** {@return whether the payer paid: only {@link #SUCCESS}} */
  public boolean isSuccess() {
    return this == SUCCESS;
  }

  /**
   * Whether the payer can resume this payment with a fresh {@code next_url}: {@link #CREATED},
   * {@link #STARTED} or {@link #SUBMITTED}. Fetch the payment again to get a new, single-use {@code next_url}.
   *
   * @return whether the payer can still finish this payment
   */
  public boolean isResumable() {
    return this == CREATED || this == STARTED || this == SUBMITTED;
  }
}
