package io.github.councilplatform.notify;

import io.github.councilplatform.core.ApiError;
import io.github.councilplatform.core.ApiException;
import io.github.councilplatform.core.AuthenticationException;
import java.util.Locale;

/**
 * The error types Notify puts in {@code errors[].error}, as returned by {@link ApiException#errorCode()},
 * and tests for the cases callers handle differently. Branch on these, not on messages: Notify says its
 * messages may change.
 *
 * <p>How Notify's errors map onto the SDK's exceptions: 400 → {@code InvalidRequestException}
 * ({@link #VALIDATION_ERROR}, {@link #BAD_REQUEST_ERROR}, {@link #PDF_NOT_READY_ERROR}, …); 401/403
 * {@link #AUTH_ERROR} → {@code AuthenticationException} (including clock skew, see
 * {@link #isClockSkew(Throwable)}); 403 {@link #BAD_REQUEST_ERROR} (letters with a team key or in trial
 * mode) → {@code AuthenticationException}; 404 → {@code NotFoundException}; 429 {@link #RATE_LIMIT_ERROR}
 * → {@code RateLimitedException} (retried by the SDK); 429 {@link #TOO_MANY_REQUESTS_ERROR} →
 * {@code RateLimitedException} with {@code resetsLater() == true} (not retried); 5xx →
 * {@code ServerException}, or {@code OutcomeUnknownException} for a send.
 */
public final class NotifyErrorTypes {
  /** 400: the request broke a schema rule (a missing or malformed field). */
  public static final String VALIDATION_ERROR = "ValidationError";
  /** 400 or 403: the request was well formed but cannot be done (missing personalisation, trial mode…). */
  public static final String BAD_REQUEST_ERROR = "BadRequestError";
  /** 400: a letter's PDF is not ready yet; try again later. */
  public static final String PDF_NOT_READY_ERROR = "PDFNotReadyError";
  /** 400: the phone number cannot be sent to (for example, a UK landline without permission). */
  public static final String INVALID_PHONE_ERROR = "InvalidPhoneError";
  /** 400: the email address cannot be sent to. */
  public static final String INVALID_EMAIL_ERROR = "InvalidEmailError";
  /** 401 or 403: the token is missing or invalid, the key is revoked, or the clock is wrong. */
  public static final String AUTH_ERROR = "AuthError";
  /** 404: no such notification or template, or outside the retention period. */
  public static final String NO_RESULT_FOUND = "NoResultFound";
  /** 429: the per-minute rate limit; the SDK retries after a pause. */
  public static final String RATE_LIMIT_ERROR = "RateLimitError";
  /** 429: a daily sending limit; it resets at midnight UTC. */
  public static final String TOO_MANY_REQUESTS_ERROR = "TooManyRequestsError";

  private NotifyErrorTypes() {}

  /**
   * Whether a failure is Notify refusing the token because this machine's clock is more than 30 seconds
   * out ({@code "Error: Your system clock must be accurate to within 30 seconds"}). Fix the clock (NTP);
   * retrying will not help.
   *
   * @param failure any exception, may be {@code null}
   * @return {@code true} for Notify's clock-skew error
   */
  public static boolean isClockSkew(Throwable failure) {
    if (!(failure instanceof AuthenticationException e)) {
      return false;
    }
    for (ApiError error : e.errors()) {
      if (AUTH_ERROR.equals(error.code()) && error.message() != null
          && error.message().toLowerCase(Locale.ROOT).contains("clock")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a failure is Notify's {@link #PDF_NOT_READY_ERROR}, so {@code getLetterPdf} should be tried
   * again later.
   *
   * @param failure any exception, may be {@code null}
   * @return {@code true} when the PDF is not ready yet
   */
  public static boolean isPdfNotReady(Throwable failure) {
    return failure instanceof ApiException e && e.errors().stream()
        .anyMatch(err -> PDF_NOT_READY_ERROR.equals(err.code()));
  }
}
