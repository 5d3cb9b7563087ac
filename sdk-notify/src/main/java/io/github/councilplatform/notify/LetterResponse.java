package io.github.councilplatform.notify;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * Notify's answer to {@link NotifyApi#sendLetter(LetterRequest)}: the letter was accepted (HTTP 201).
 *
 * @param id the notification id
 * @param reference the reference you gave, or {@code null}
 * @param uri Notify's URI for the notification
 * @param template the template used
 * @param content the letter as sent
 * @param scheduledFor always {@code null}: letters cannot be scheduled
 * @param postage the postage class, when Notify includes it; otherwise {@code null} (see
 *     {@link Notification#postage()})
 */
public record LetterResponse(UUID id, String reference, URI uri, TemplateRef template, LetterContent content,
    Instant scheduledFor, Postage postage) {}
