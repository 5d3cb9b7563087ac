package io.github.councilplatform.sandbox.internal.pay;

import java.time.Instant;

/**
 * A dispute (chargeback), seeded through the admin API.
 *
 * @param id the dispute id
 * @param paymentId the disputed payment
 * @param amount disputed pence
 * @param fee the provider's dispute fee in pence
 * @param status {@code needs_response}, {@code under_review}, {@code lost} or {@code won}
 * @param reason e.g. {@code fraudulent}
 * @param created when the bank raised it
 * @param evidenceDue the evidence deadline
 */
record Dispute(String id, String paymentId, long amount, long fee, String status, String reason,
    Instant created, Instant evidenceDue) {

  /** What the provider takes for a lost dispute: always negative. */
  long netAmount() {
    return -(amount + fee);
  }
}
