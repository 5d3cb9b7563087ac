package io.github.councilplatform.pay;

/**
 * A payment's {@code refund_summary}.
 *
 * @param status {@code pending}, {@code unavailable}, {@code available} or {@code full}
 * @param amountAvailable pence that can still be refunded; send it as {@code refund_amount_available}
 * @param amountSubmitted pence already refunded or being refunded
 */
public record RefundSummary(String status, long amountAvailable, long amountSubmitted) {}
