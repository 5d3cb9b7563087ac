package io.github.councilplatform.notify;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * Notify's answer to {@link NotifyApi#sendSms(SmsRequest)}: the text message was accepted and queued
 * (HTTP 201). Follow its delivery with {@link NotifyApi#getNotification(UUID)} or a delivery receipt
 * callback.
 *
 * @param id the notification id
 * @param reference the reference you gave, or {@code null}
 * @param uri Notify's URI for the notification
 * @param template the template used
 * @param content the message as sent
 * @param scheduledFor always {@code null}: Notify does not support scheduling through this API
 */
public record SmsResponse(UUID id, String reference, URI uri, TemplateRef template, SmsContent content,
    Instant scheduledFor) {}
