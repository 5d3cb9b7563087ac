package io.github.councilplatform.sandbox;

/**
 * Where a payment stands after a {@link PaySandbox} payer action, as {@code GET /v1/payments/{id}} shows it.
 *
 * @param paymentId the payment
 * @param status Pay's {@code state.status}: {@code success}, {@code submitted} (card accepted, waiting for the
 *     payer's confirmation, or for the service's capture when delayed), {@code failed}, {@code error}, …
 * @param finished Pay's {@code state.finished}
 * @param code Pay's {@code state.code} for a failed payment ({@code P0010} declined, {@code P0030} cancelled by
 *     the payer, {@code P0050} provider error), or null
 * @param message Pay's {@code state.message}, or null
 */
public record PayerOutcome(String paymentId, String status, boolean finished, String code, String message) {}
