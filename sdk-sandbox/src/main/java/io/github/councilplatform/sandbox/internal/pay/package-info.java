/**
 * The sandbox's GOV.UK Pay: a stateful fake of the public API under {@code /v1/} and of the hosted payment
 * pages, faithful to {@code shared/reference/pay.md} and GOV.UK Pay's OpenAPI file.
 *
 * <ul>
 *   <li><b>Accounts.</b> One seeded test service; its {@code apiKey} ({@code api_test_…}, random per sandbox,
 *       stable across resets) and {@code webhookSigningSecret} appear under {@code pay} in
 *       {@code GET /_sandbox}. More services (gateway accounts), test or live, come from
 *       {@code POST /_sandbox/pay/accounts}. State, rate limits and webhooks are per account.
 *   <li><b>Payments.</b> created → started (payment pages opened) → submitted (card authorised) → success, or
 *       {@code capturable} for delayed capture until {@code POST …/capture}; failed (P0010 declined, P0020
 *       expired after 90 minutes, or 5 days when left capturable, P0030 cancelled by the user), cancelled
 *       (P0040, by the service) or error (P0050). All on the sandbox clock.
 *   <li><b>Cards.</b> The sandbox provider's test cards decide outcomes (4444333322221111 succeeds,
 *       4000000000000002 is declined, 4000000000000119 is an error, unknown numbers are errors); Stripe
 *       accounts ({@code paymentProvider: stripe}) use Stripe's test cards, including the dispute cards.
 *   <li><b>Payment pages.</b> {@code next_url} ({@code /secure/<token>}, single use, a fresh one on every
 *       {@code GET /v1/payments/{id}}) opens a card form, then a confirm page, then redirects to the
 *       {@code return_url}. English or Welsh, no JavaScript.
 *   <li><b>Refunds</b> succeed at once; {@code refund_amount_available} guards against races (412 P0604).
 *   <li><b>Agreements</b> become active when their set-up payment succeeds; recurring payments are charged
 *       just after creation with the agreement's card (5105105105105100 is declined for later payments) and
 *       honour {@code Idempotency-Key} for 24 hours.
 *   <li><b>MOTO</b> payments ({@code authorisation_mode: moto_api}) are authorised with
 *       {@code POST /v1/auth} and their one-time token.
 *   <li><b>Rate limits:</b> 15 POSTs a second per account for each of create, capture and other POSTs, 75 for
 *       other methods; over the limit is 429 P0900 without {@code Retry-After}.
 *   <li><b>Webhooks</b> registered through {@code POST /_sandbox/pay/webhooks} receive signed
 *       ({@code Pay-Signature}) messages, retried after 60 s, 5 min, 1 h, 1 day and 2 days.
 * </ul>
 *
 * <p>The admin API is described on {@code PayAdmin}: accounts, settings (MOTO, recurring payments, zero
 * amounts, disabled, payment provider), webhooks and their delivery history, disputes, and paying a payment
 * without a browser ({@code POST /_sandbox/pay/payments/{id}/complete}).
 */
package io.github.councilplatform.sandbox.internal.pay;
