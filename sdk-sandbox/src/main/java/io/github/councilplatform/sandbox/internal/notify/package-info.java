/**
 * The sandbox's GOV.UK Notify: a stateful fake of the v2 API, faithful to the real one down to its error texts.
 *
 * <p>What it does, and where:
 *
 * <ul>
 *   <li>{@link io.github.councilplatform.sandbox.internal.notify.NotifyPlatform}: routing, and the seeded service (a live,
 *       a team and a test key, and an email, a text and a letter template using {@code ((name))});
 *   <li>{@code JwtAuthenticator}: HS256 bearer tokens, {@code iss} = service id, {@code iat} within 30 seconds;
 *   <li>{@code SendHandler}, {@code SendSchema}, {@code PhoneNumbers}, {@code EmailAddresses},
 *       {@code PostalAddresses}: sends, validated in Notify's order with its messages and error types;
 *   <li>{@code ReadHandler}: notifications (filters, 250-per-page {@code older_than} paging, 7-day retention),
 *       letter PDFs, templates, versions, previews, received text messages;
 *   <li>{@code Lifecycle}: statuses on the sandbox clock, delivery-receipt and received-text callbacks with
 *       Notify's retry rules;
 *   <li>{@code ServiceState}: per-service state, the token-bucket rate limit and the daily limits;
 *   <li>{@code NotifyAdmin} and {@code SentPage}: the admin endpoints under {@code /_sandbox/notify} and the page
 *       listing what was sent.
 * </ul>
 *
 * <p>Deliberate differences from the real Notify: callback URLs may be plain {@code http} (it is local);
 * the simulated failure recipients fail for every key type, not only test keys; letters get no delivery
 * callbacks and their cost data is never ready.
 */
package io.github.councilplatform.sandbox.internal.notify;
