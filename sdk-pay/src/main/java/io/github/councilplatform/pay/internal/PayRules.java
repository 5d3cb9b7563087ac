package io.github.councilplatform.pay.internal;

import io.github.councilplatform.core.ApiError;
import io.github.councilplatform.core.internal.PlatformRules;
import java.util.List;

/**
 * What the shared transport needs to know about GOV.UK Pay's errors.
 *
 * <p>A 429 with code {@code P0900} proves the request was not acted on: GOV.UK Pay's rate limiter
 * ({@code RateLimiterFilter} in pay-publicapi) is a servlet filter that runs before any resource method and
 * rejects the request before it is forwarded to the payment connector, so no payment, refund, capture or
 * cancel has happened. Such a request may therefore be sent again even when it is not idempotent.
 */
public final class PayRules implements PlatformRules {
  /** The code of GOV.UK Pay's rate-limit response. */
  public static final String RATE_LIMITED = "P0900";

  @Override
  public String displayName() {
    return "GOV.UK Pay";
  }

  @Override
  public boolean rejectedBeforeProcessing(int status, List<ApiError> errors) {
    return status == 429 && errors.stream().anyMatch(e -> RATE_LIMITED.equals(e.code()));
  }
}
