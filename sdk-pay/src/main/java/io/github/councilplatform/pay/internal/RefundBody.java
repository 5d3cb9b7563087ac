package io.github.councilplatform.pay.internal;

/**
 * The JSON body of {@code POST /v1/payments/{id}/refunds}.
 *
 * @param amount pence to refund
 * @param refundAmountAvailable the caller's view of {@code refund_summary.amount_available}; GOV.UK Pay
 *     refuses the refund with 412 {@code P0604} if it has changed, which prevents refunding twice
 */
public record RefundBody(long amount, Long refundAmountAvailable) {}
