package io.github.councilplatform.pay;

/**
 * The {@code _links} of a payment. Links are present only when the action is possible: {@code next_url} for
 * unfinished web payments, {@code auth_url_post} for MOTO API payments, {@code cancel} while unfinished (not
 * for agreement payments), {@code capture} while capturable.
 *
 * @param self this payment
 * @param nextUrl where to send the payer (single-use; never reuse the one from the create response)
 * @param nextUrlPost the same as a form POST
 * @param authUrlPost where to send card details for a MOTO API payment, with {@code one_time_token}
 * @param events the payment's events
 * @param refunds the payment's refunds
 * @param cancel cancels the payment
 * @param capture captures a delayed-capture payment
 */
public record PaymentLinks(
    Link self,
    Link nextUrl,
    Link nextUrlPost,
    Link authUrlPost,
    Link events,
    Link refunds,
    Link cancel,
    Link capture) {}
