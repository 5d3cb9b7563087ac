package io.github.councilplatform.core;

import java.time.Duration;

/**
 * A platform call that has ended, successfully or not, as a {@link CallListener} sees it.
 *
 * @param platform the platform's short name: {@code notify}, {@code pay} or {@code one-login}
 * @param operation the SDK operation, for example {@code sendEmail}
 * @param method the HTTP method
 * @param requestId the {@code X-Request-ID} every attempt of this call carried
 * @param outcome how the call ended
 * @param status the last HTTP status received, or 0 when no answer came (transport failures, refusals, and an
 *     outcome unknown whose last attempt had no answer)
 * @param attempts how many attempts were sent; 0 for a call refused before sending
 * @param duration from the call's start to its end, retries and waits included
 */
public record CallEnd(String platform, String operation, String method, String requestId, CallOutcome outcome,
    int status, int attempts, Duration duration) {}
