package io.github.councilplatform.sandbox.internal.notify;

import java.time.Instant;

/**
 * One attempt to deliver a callback, kept for inspection through {@code GET /_sandbox/notify/callbacks}.
 *
 * @param kind {@code delivery-status} or {@code received-text}
 * @param url where it was posted
 * @param notificationId the notification or received text it concerns
 * @param attempt 1 for the first try
 * @param status the HTTP status, or -1 when no response arrived
 * @param at when (sandbox clock)
 * @param body the JSON sent
 */
record CallbackAttempt(String kind, String url, String notificationId, int attempt, int status, Instant at,
    String body) {}
