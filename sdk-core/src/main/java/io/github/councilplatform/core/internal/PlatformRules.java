package io.github.councilplatform.core.internal;

import io.github.councilplatform.core.ApiError;
import java.util.List;

/**
 * What a platform module knows about its platform's errors that the shared transport cannot guess.
 */
public interface PlatformRules {

  /** The platform's name for messages, for example {@code GOV.UK Notify}. */
  String displayName();

  /**
   * Whether this error response proves the request was rejected before the platform acted on it, so that
   * even a non-idempotent request may be sent again (Notify's per-minute {@code RateLimitError}).
   */
  default boolean rejectedBeforeProcessing(int status, List<ApiError> errors) {
    return false;
  }

  /**
   * Whether this 429 is a limit that resets only on a later day (Notify's {@code TooManyRequestsError}).
   */
  default boolean resetsLater(int status, List<ApiError> errors) {
    return false;
  }

  /** Rules with nothing platform-specific. */
  static PlatformRules named(String displayName) {
    return () -> displayName;
  }
}
