package io.github.councilplatform.identity;

import java.util.Optional;

/**
 * One Login redirected the user back with an {@code error} instead of a code (the {@code state} matched, so
 * the error really is about this sign-in). {@link #error()} says which; {@link #isRetryable()} is true for
 * {@link AuthorizationError#TEMPORARILY_UNAVAILABLE} and {@link AuthorizationError#SERVER_ERROR}.
 */
public class AuthorizationErrorException extends SignInFailedException {
  private static final long serialVersionUID = 1L;

  private final AuthorizationError error;
  private final String errorCode;
  private final String description;

  /**
   * Creates the exception.
   *
   * @param errorCode the {@code error} parameter as sent
   * @param description the {@code error_description} parameter, or {@code null}
   */
  public AuthorizationErrorException(String errorCode, String description) {
    super(message(AuthorizationError.fromCode(errorCode), errorCode, description),
        retryable(AuthorizationError.fromCode(errorCode)));
    this.error = AuthorizationError.fromCode(errorCode);
    this.errorCode = errorCode;
    this.description = description;
  }

  /** The error, or {@link AuthorizationError#UNKNOWN} for a code this SDK does not know. */
  public AuthorizationError error() {
    return error;
  }

  /** The {@code error} parameter exactly as sent. */
  public String errorCode() {
    return errorCode;
  }

  /** The {@code error_description} parameter, when sent. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  private static boolean retryable(AuthorizationError e) {
    return e == AuthorizationError.TEMPORARILY_UNAVAILABLE || e == AuthorizationError.SERVER_ERROR;
  }

  private static String message(AuthorizationError e, String code, String description) {
    String head = "GOV.UK One Login returned error '" + code + "'"
        + (description == null ? "" : " (" + description + ")") + " instead of an authorisation code. ";
    switch (e) {
      case ACCESS_DENIED:
        return head + "The user did not complete the journey or could not prove their identity at the level"
            + " asked; offer another way to use the service.";
      case TEMPORARILY_UNAVAILABLE:
        return head + "One Login is busy; ask the user to try again in a few minutes.";
      case LOGIN_REQUIRED:
        return head + "The user could not re-authenticate; end your own session for them.";
      case SERVER_ERROR:
        return head + "One Login failed; try again later.";
      case UNKNOWN:
        return head + "This error code is not known to this SDK version.";
      default:
        return head + "The sign-in request or the client registration is wrong; check the options and the"
            + " client's registered settings.";
    }
  }
}
