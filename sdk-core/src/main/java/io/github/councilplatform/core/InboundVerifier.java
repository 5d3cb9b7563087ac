package io.github.councilplatform.core;

/**
 * Verifies and reads the messages a platform sends to your service: Notify's callbacks
 * ({@code NotifyCallbacks.verifier(tokens)}), Pay's webhooks ({@code PayWebhooks.verifier(secrets)}) and One
 * Login's back-channel logouts ({@code oneLogin.backChannelLogoutVerifier()}). Build one once from its secrets
 * and share it: every implementation is immutable and thread-safe.
 *
 * <p>The contract is the same for every platform, so one endpoint shape serves all three:
 * <ul>
 *   <li>the credential (a bearer token, a signature, a signed logout token) is checked first, in constant time
 *       where it is a shared secret, and the body is parsed only once it has passed;</li>
 *   <li>a missing or wrong credential is {@link SignatureVerificationException} (or a subclass): treat the
 *       message as forged and answer HTTP 401;</li>
 *   <li>a genuine body that is not a readable message is {@link InvalidInboundMessageException} (or a
 *       subclass): answer HTTP 400;</li>
 *   <li>{@code null} headers or body are refused with those same exceptions, never a
 *       {@code NullPointerException}; no message or cause quotes the body.</li>
 * </ul>
 *
 * <pre>{@code
 * WebhookEvent event = payWebhooks.verify(request::getHeader, bodyBytes);
 * }</pre>
 *
 * <p>Each platform's verifier also has a {@code verify(credential, body)} taking the one header value it
 * reads, in the same order: credential first, then body.
 *
 * @param <T> the verified message
 */
public interface InboundVerifier<T> {
  /**
   * Verifies a request's credential, then reads its body.
   *
   * @param headers the request's headers ({@code request::getHeader}); {@code null} counts as none
   * @param body the raw body exactly as received (never re-serialised); {@code null} counts as missing
   * @return the verified message
   * @throws SignatureVerificationException if the credential is missing or wrong (the body is not parsed)
   * @throws InvalidInboundMessageException if the credential is genuine but the body is not a readable message
   */
  T verify(InboundHeaders headers, byte[] body);
}
