package io.github.councilplatform.notify.internal;

import io.github.councilplatform.core.ApiError;
import io.github.councilplatform.core.internal.PlatformRules;
import java.util.List;

/**
 * What the transport needs to know about Notify's errors. Notify checks the per-minute rate limit before it
 * reads a send's body, so a 429 {@code RateLimitError} proves nothing was sent and the send may be retried;
 * a 429 {@code TooManyRequestsError} is the daily limit, which resets only at midnight UTC.
 */
public final class NotifyRules implements PlatformRules {
  /** The one instance. */
  public static final NotifyRules INSTANCE = new NotifyRules();

  private NotifyRules() {}

  @Override
  public String displayName() {
    return "GOV.UK Notify";
  }

  @Override
  public boolean rejectedBeforeProcessing(int status, List<ApiError> errors) {
    return status == 429 && has(errors, "RateLimitError");
  }

  @Override
  public boolean resetsLater(int status, List<ApiError> errors) {
    return status == 429 && has(errors, "TooManyRequestsError");
  }

  private static boolean has(List<ApiError> errors, String type) {
    for (ApiError e : errors) {
      if (type.equals(e.code())) {
        return true;
      }
    }
    return false;
  }
}
