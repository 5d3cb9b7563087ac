package io.github.councilplatform.identity;

import java.net.URI;

/**
 * A started sign-in: redirect the browser to {@link #authorizationUri()} and keep {@link #session()} in the
 * user's session (server-side, or in a signed and encrypted cookie) until the callback arrives.
 *
 * @param authorizationUri the One Login authorize URL to redirect the browser to
 * @param session what {@link OneLoginClient#finishSignIn} needs to check the callback
 */
public record SignInStart(URI authorizationUri, SignInSession session) {}
