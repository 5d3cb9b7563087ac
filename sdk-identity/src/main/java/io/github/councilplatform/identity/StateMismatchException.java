package io.github.councilplatform.identity;

/**
 * The callback's {@code state} is missing or is not the one stored in the user's session. This is how a
 * cross-site request forgery looks, but also what happens when the user signs in from two tabs or their
 * session expired. Nothing else in the callback was looked at. Do not sign the user in; start a new sign-in.
 */
public class StateMismatchException extends SignInFailedException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was wrong with the state
   */
  public StateMismatchException(String message) {
    super(message, false);
  }
}
