package io.github.councilplatform.identity;

import io.github.councilplatform.core.InboundHeaders;
import io.github.councilplatform.core.InboundVerifier;
import io.github.councilplatform.identity.internal.LogoutForm;

/**
 * Verifies the back-channel logout requests One Login POSTs to your service. Get it from the client with
 * {@link OneLoginApi#backChannelLogoutVerifier()}; it is thread-safe and shares the client's keys and
 * {@link ReplayStore}.
 *
 * <p>The request is {@code application/x-www-form-urlencoded} with one parameter, {@code logout_token}: a JWT
 * One Login signed. The token is the credential and the whole message, so unlike Notify's and Pay's verifiers
 * there is no header to read; a body without a single readable {@code logout_token} is a missing credential.
 *
 * <pre>{@code
 * BackChannelLogout logout = oneLogin.backChannelLogoutVerifier().verify(request::getHeader, bodyBytes);
 * sessions.endAllFor(logout.subject());
 * }</pre>
 *
 * <p>Answer 200 once the sessions are ended; 400 for {@link TokenValidationException} (a
 * {@link io.github.councilplatform.core.SignatureVerificationException}); 503 for
 * {@link ReplayStoreFullException}.
 *
 * <p>An interface, so a fake {@link OneLoginApi} can return one: implement {@link #verifyLogoutToken} and the
 * form reading comes with it.
 */
@FunctionalInterface
public interface BackChannelLogoutVerifier extends InboundVerifier<BackChannelLogout> {
  /**
   * Verifies a back-channel logout request: reads {@code logout_token} from the form-encoded body, then
   * verifies it as {@link #verifyLogoutToken} does.
   *
   * @param headers the request's headers (not read: the credential is in the body); may be {@code null}
   * @param body the raw {@code application/x-www-form-urlencoded} body; {@code null} counts as empty
   * @return whose sessions to end
   * @throws TokenValidationException if the body has no single {@code logout_token}, is not valid form
   *     encoding, or the token fails a check (answer HTTP 400)
   * @throws ReplayStoreFullException if the replay store is full of live ids (answer HTTP 503)
   */
  @Override
  default BackChannelLogout verify(InboundHeaders headers, byte[] body) {
    return verifyLogoutToken(LogoutForm.logoutToken(body));
  }

  /**
   * Verifies a back-channel {@code logout_token} you have already read from the form (for example with
   * Spring's {@code @RequestParam("logout_token")}). Checks: ES256, {@code typ} {@code logout+jwt}, a key from
   * the JWKS, {@code iss}, {@code aud} (and {@code azp}), {@code iat}, {@code exp}, {@code sub}, exactly the
   * back-channel logout event, and a {@code jti} never seen before; the {@link ReplayStore} remembers it until
   * the token's own {@code exp} plus the clock skew, so the token cannot be replayed at any point of its
   * lifetime.
   *
   * @param logoutToken the {@code logout_token} form parameter; {@code null} is refused like a bad token
   * @return whose sessions to end
   * @throws TokenValidationException if any check fails (answer HTTP 400)
   * @throws ReplayStoreFullException if the replay store is full of live ids (answer HTTP 503)
   */
  BackChannelLogout verifyLogoutToken(String logoutToken);
}
