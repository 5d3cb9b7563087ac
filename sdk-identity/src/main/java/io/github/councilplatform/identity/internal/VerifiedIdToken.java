package io.github.councilplatform.identity.internal;

import java.time.Instant;

/**
 * The claims of a verified ID token that the SDK passes on.
 *
 * @param subject {@code sub}
 * @param vot {@code vot}
 * @param sessionId {@code sid}, or {@code null}
 * @param authTime {@code auth_time}, or {@code null}
 */
record VerifiedIdToken(String subject, String vot, String sessionId, Instant authTime) {}
