package io.github.councilplatform.pay;

import java.time.Instant;

/**
 * The card an agreement charges.
 *
 * @param type {@code card}
 * @param cardDetails the card
 * @param createdDate when it was set up
 */
public record PaymentInstrument(String type, CardDetails cardDetails, Instant createdDate) {}
