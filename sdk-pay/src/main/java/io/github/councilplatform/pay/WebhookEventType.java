package io.github.councilplatform.pay;

import java.util.Locale;

/**
 * The {@code event_type} of a GOV.UK Pay webhook message. Messages can arrive more than once and out of
 * order: fetch the payment with {@code PayClient.getPayment} when the order matters.
 */
public enum WebhookEventType {
  /** Defined by GOV.UK Pay but not sent today. */
  CARD_PAYMENT_STARTED("card_payment_started"),
  /** The payer confirmed the payment (or a delayed-capture payment was approved for capture). */
  CARD_PAYMENT_SUCCEEDED("card_payment_succeeded"),
  /** The payment provider confirmed the capture. */
  CARD_PAYMENT_CAPTURED("card_payment_captured"),
  /**
   * A refund succeeded. The resource is the <em>parent payment</em>, not the refund: read its
   * {@code refund_summary}, or list its refunds.
   */
  CARD_PAYMENT_REFUNDED("card_payment_refunded"),
  /** Declined, cancelled, or a provider error during authorisation. */
  CARD_PAYMENT_FAILED("card_payment_failed"),
  /** The payment expired (90 minutes) before the payer finished. */
  CARD_PAYMENT_EXPIRED("card_payment_expired"),
  /** A type this SDK version does not know (GOV.UK Pay may add types, for example a settled event). */
  UNKNOWN("unknown");

  private final String wireValue;

  WebhookEventType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** {@return the value on the wire, for example {@code card_payment_captured}} */
  public String wireValue() {
    return wireValue;
  }

  /**
   * The type for a wire value, ignoring case.
   *
   * @param value the {@code event_type} as received, may be {@code null}
   * @return the matching type, or {@link #UNKNOWN}
   */
  public static WebhookEventType fromWireValue(String value) {
    if (value != null) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      for (WebhookEventType t : values()) {
        if (t != UNKNOWN && t.wireValue.equals(v)) {
          return t;
        }
      }
    }
    return UNKNOWN;
  }
}
