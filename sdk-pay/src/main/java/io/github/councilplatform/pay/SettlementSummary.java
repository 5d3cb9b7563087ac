package io.github.councilplatform.pay;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A payment's {@code settlement_summary}; every field may be absent.
 *
 * @param captureSubmitTime when capture was requested from the provider
 * @param capturedDate the day the payment was captured
 * @param settledDate the day the money reached your bank account (Stripe only)
 */
public record SettlementSummary(Instant captureSubmitTime, LocalDate capturedDate, LocalDate settledDate) {}
