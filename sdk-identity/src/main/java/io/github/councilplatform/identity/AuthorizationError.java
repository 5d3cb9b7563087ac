package io.github.councilplatform.identity;

import java.util.Locale;

/** The {@code error} codes One Login can send back to the redirect URI instead of a code. */
public enum AuthorizationError {
  /** The user lost their session or could not prove their identity at the level asked (and no return codes). */
  ACCESS_DENIED,
  /** One Login is rate limiting or has no capacity; try again later. */
  TEMPORARILY_UNAVAILABLE,
  /** Re-authentication failed (too many wrong attempts); end your own session for the user. */
  LOGIN_REQUIRED,
  /** The request was malformed (missing state or nonce, bad claims, "Request vtr not valid", bad PKCE). */
  INVALID_REQUEST,
  /** A scope the client is not registered for. */
  INVALID_SCOPE,
  /** The client is not allowed to make this request, or is deactivated. */
  UNAUTHORIZED_CLIENT,
  /** {@code response_type} is not {@code code}. */
  UNSUPPORTED_RESPONSE_TYPE,
  /** {@code request_uri} is not supported. */
  REQUEST_URI_NOT_SUPPORTED,
  /** A {@code prompt} One Login cannot meet, such as {@code select_account}. */
  UNMET_AUTHENTICATION_REQUIREMENTS,
  /** One Login failed. */
  SERVER_ERROR,
  /** An error code this SDK version does not know. */
  UNKNOWN;

  /**
   * The constant for a wire value such as {@code access_denied}.
   *
   * @param code the {@code error} parameter, may be {@code null}
   * @return the constant, or {@link #UNKNOWN}
   */
  public static AuthorizationError fromCode(String code) {
    if (code == null) {
      return UNKNOWN;
    }
    try {
      return valueOf(code.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return UNKNOWN;
    }
  }

  /** The wire value, for example {@code access_denied}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
