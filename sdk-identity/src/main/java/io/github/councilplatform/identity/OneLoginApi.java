package io.github.councilplatform.identity;

import io.github.councilplatform.core.CircuitState;
import io.github.councilplatform.core.ClientHealth;
import io.github.councilplatform.core.CouncilPlatformException;
import io.github.councilplatform.core.RequestValidationException;
import java.net.URI;

/**
 * Every operation of a GOV.UK One Login relying party. {@link OneLoginClient} implements it; depend on this
 * interface in your own code so tests can substitute a fake.
 *
 * <h2>Closing</h2>
 * {@link #close()} releases the connection pools and threads the client created; an {@code OkHttpClient} you
 * passed to the builder is left as it was. Close a client when your application stops, not after each call.
 */
public interface OneLoginApi extends AutoCloseable {

  /**
   * Starts a sign-in: builds the authorize URL with a fresh {@code state}, {@code nonce} and PKCE S256
   * challenge.
   *
   * @param options what to ask for
   * @return the URL to redirect the browser to, and the value to keep in the user's session
   * @throws CouncilPlatformException if the discovery document cannot be fetched and none is cached
   */
  SignInStart startSignIn(SignInOptions options);

  /**
   * Starts a sign-in with {@link SignInOptions#defaults()} (medium authentication, email scope).
   *
   * @return the URL to redirect the browser to, and the value to keep in the user's session
   * @throws CouncilPlatformException if the discovery document cannot be fetched and none is cached
   */
  default SignInStart startSignIn() {
    return startSignIn(SignInOptions.defaults());
  }

  /**
   * Finishes a sign-in from the callback One Login redirected the browser to: checks {@code state} first,
   * exchanges the code, verifies the ID token, calls userinfo, and verifies the core identity when it was asked
   * for.
   *
   * @param callbackUri the full callback URL, including its query
   * @param session the value {@link #startSignIn} returned for this user
   * @return the signed-in user
   * @throws StateMismatchException if {@code state} is missing or not this session's
   * @throws AuthorizationErrorException if One Login sent an error instead of a code
   * @throws TokenValidationException if a token or the core identity fails a check
   * @throws io.github.councilplatform.core.OutcomeUnknownException if the token request failed after it may
   *     have reached One Login (start a new sign-in: codes are single-use)
   */
  SignInResult finishSignIn(URI callbackUri, SignInSession session);

  /**
   * The URL to redirect the browser to so One Login ends its session too. End your own session first.
   *
   * @param idTokenHint the user's ID token ({@link SignInResult#idToken()})
   * @param state a value One Login echoes to the post-logout redirect URI, or {@code null}
   * @return the end-session URL
   * @throws RequestValidationException if a post-logout redirect URI is configured and no hint is given
   */
  URI endSessionUri(String idTokenHint, String state);

  /**
   * The verifier for One Login's back-channel logout requests, shaped like Notify's and Pay's inbound
   * verifiers: {@code verify(request::getHeader, body)}.
   *
   * @return the verifier; it shares this client's keys and replay store
   */
  BackChannelLogoutVerifier backChannelLogoutVerifier();

  /**
   * The public half of the client key as a JWKS document, for a service that registers a JWKS URL with One
   * Login.
   *
   * @return a JSON Web Key Set holding only the public key
   */
  String publicJwks();

  /**
   * What the client knows of GOV.UK One Login's health without making a call: its circuit breaker's state and how its
   * last call ended, for a health probe that must not call the platform each time. A fake that does not
   * override this reports no calls and no breaker.
   *
   * @return the health view
   */
  default ClientHealth health() {
    return new ClientHealth("one-login", CircuitState.DISABLED, null, 0, null);
  }

  /**
   * Releases the connection pools and threads the client created (never an {@code OkHttpClient} you passed to
   * its builder). Idempotent; do not use the client afterwards.
   */
  @Override
  void close();
}
