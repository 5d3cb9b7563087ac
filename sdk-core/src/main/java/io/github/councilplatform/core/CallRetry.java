package io.github.councilplatform.core;

import java.time.Duration;

/**
 * An attempt that failed and will be sent again, as a {@link CallListener} sees it.
 *
 * @param platform the platform's short name
 * @param operation the SDK operation
 * @param requestId the call's {@code X-Request-ID}
 * @param failedAttempt the number of the attempt that failed, from 1
 * @param reason the failed attempt's category ({@link CallOutcome#SERVER_ERROR}, {@link
 *     CallOutcome#RATE_LIMITED}, {@link CallOutcome#TRANSPORT} or {@link CallOutcome#CLIENT_ERROR} for a 408)
 * @param status the failed attempt's HTTP status, or 0 when it had no answer
 * @param delay how long the SDK waits before the next attempt (the platform's {@code Retry-After} if given)
 */
public record CallRetry(String platform, String operation, String requestId, int failedAttempt,
    CallOutcome reason, int status, Duration delay) {}
