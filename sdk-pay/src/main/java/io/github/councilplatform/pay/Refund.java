package io.github.councilplatform.pay;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A refund of (part of) a payment.
 *
 * @param refundId GOV.UK Pay's id for the refund
 * @param paymentId the refunded payment
 * @param amount the amount refunded, in pence
 * @param status the refund's status
 * @param createdDate when the refund was created
 * @param settlementSummary when it settled (Stripe only)
 */
public record Refund(
    String refundId,
    String paymentId,
    long amount,
    RefundStatus status,
    Instant createdDate,
    SettlementSummary settlementSummary) {

  /**
   * Treats a missing status as {@link RefundStatus#UNKNOWN}.
   *
   * @param refundId GOV.UK Pay's id for the refund
   * @param paymentId the refunded payment
   * @param amount the amount refunded, in pence
   * @param status the refund's status
   * @param createdDate when the refund was created
   * @param settlementSummary when it settled (Stripe only)
   */
  public Refund {
    status = status == null ? RefundStatus.UNKNOWN : status;
  }

  /**
   * A refund's {@code settlement_summary}.
   *
   * @param settledDate the day the refund was taken from your payouts (Stripe only), or {@code null}
   */
  public record SettlementSummary(LocalDate settledDate) {}
}
