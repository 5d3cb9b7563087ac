package io.github.councilplatform.pay;

import java.time.Instant;

/**
 * One change of a payment's state.
 *
 * @param paymentId the payment
 * @param state the state it entered
 * @param updated when
 */
public record PaymentEvent(String paymentId, PaymentState state, Instant updated) {}
