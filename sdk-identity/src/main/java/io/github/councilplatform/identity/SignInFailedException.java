package io.github.councilplatform.identity;

import io.github.councilplatform.core.CouncilPlatformException;

/**
 * Finishing a sign-in failed for a reason other than a bad token or an HTTP error: the callback did not match
 * the session, One Login redirected back with an error, or the callback had no code. Subclasses say which.
 * Do not sign the user in; send them to start again (or show the error page the subclass suggests).
 */
public class SignInFailedException extends CouncilPlatformException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong and what to do next
   * @param retryable whether starting the sign-in again later may succeed
   */
  public SignInFailedException(String message, boolean retryable) {
    super(message, null, null, 0, retryable);
  }
}
