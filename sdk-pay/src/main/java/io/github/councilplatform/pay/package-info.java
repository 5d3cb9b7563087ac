/**
 * GOV.UK Pay: {@link io.github.councilplatform.pay.PayClient} for the whole public API (payments, refunds,
 * agreements, disputes, MOTO card details, reconciliation) and {@link io.github.councilplatform.pay.PayWebhooks}
 * for verifying and reading webhook messages. Amounts are pence ({@code long}).
 */
package io.github.councilplatform.pay;
