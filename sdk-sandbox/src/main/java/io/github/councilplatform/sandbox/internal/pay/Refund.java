package io.github.councilplatform.sandbox.internal.pay;

import java.time.Instant;

/**
 * A refund. The sandbox provider completes refunds at once, so the status is always {@code success}.
 *
 * @param id the refund id
 * @param paymentId the payment refunded
 * @param amount pence
 * @param created when
 */
record Refund(String id, String paymentId, long amount, Instant created) {}
