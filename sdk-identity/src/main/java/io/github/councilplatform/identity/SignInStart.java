package io.github.councilplatform.identity;

import io.github.councilplatform.identity.internal.UriMasking;
import java.net.URI;

/**
 * A started sign-in: redirect the browser to {@link #authorizationUri()} and keep {@link #session()} in the
 * user's session (server-side, or in a signed and encrypted cookie) until the callback arrives.
 *
 * @param authorizationUri the One Login authorize URL to redirect the browser to
 * @param session what {@link OneLoginClient#finishSignIn} needs to check the callback
 */
public record SignInStart(URI authorizationUri, SignInSession session) {

  /** Masks the {@code state} and {@code nonce} in the URL (and the session's secrets), so it is safe to log. */
  @Override
  public String toString() {
    return "SignInStart[authorizationUri=" + UriMasking.mask(authorizationUri) + ", session=" + session + "]";
  }
}
