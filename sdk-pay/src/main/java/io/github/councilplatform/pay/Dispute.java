package io.github.councilplatform.pay;

import java.time.Instant;

/**
 * A dispute (chargeback) raised against a payment. Only services using Stripe have disputes.
 *
 * @param disputeId GOV.UK Pay's id for the dispute
 * @param paymentId the disputed payment
 * @param amount the disputed amount, in pence
 * @param fee Stripe's dispute fee, in pence, or {@code null}
 * @param netAmount what the dispute cost you, in pence (negative), or {@code null}
 * @param status the dispute's stage
 * @param reason the card issuer's reason, for example {@code fraudulent}
 * @param createdDate when the dispute was raised
 * @param evidenceDueDate when your evidence is due
 * @param settlementSummary when it settled, or {@code null}
 */
public record Dispute(
    String disputeId,
    String paymentId,
    long amount,
    Long fee,
    Long netAmount,
    DisputeStatus status,
    String reason,
    Instant createdDate,
    Instant evidenceDueDate,
    Refund.SettlementSummary settlementSummary) {

  /**
   * Treats a missing status as {@link DisputeStatus#UNKNOWN}.
   *
   * @param disputeId GOV.UK Pay's id for the dispute
   * @param paymentId the disputed payment
   * @param amount the disputed amount, in pence
   * @param fee Stripe's dispute fee, in pence, or {@code null}
   * @param netAmount what the dispute cost you, in pence (negative), or {@code null}
   * @param status the dispute's stage
   * @param reason the card issuer's reason, for example {@code fraudulent}
   * @param createdDate when the dispute was raised
   * @param evidenceDueDate when your evidence is due
   * @param settlementSummary when it settled, or {@code null}
   */
  public Dispute {
    status = status == null ? DisputeStatus.UNKNOWN : status;
  }
}
