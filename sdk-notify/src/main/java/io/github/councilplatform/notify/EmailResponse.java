package io.github.councilplatform.notify;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Notify's answer to {@link NotifyApi#sendEmail(EmailRequest)}: the email was accepted and queued
 * (HTTP 201).
 *
 * @param id the notification id
 * @param reference the reference you gave, or {@code null}
 * @param uri Notify's URI for the notification
 * @param template the template used
 * @param content the email as sent, including {@code one_click_unsubscribe_url}
 * @param scheduledFor always {@code null}: Notify does not support scheduling through this API
 * @param sanitisedContent for each name in {@code sanitise_content_for}, its value before and after
 *     sanitising (never {@code null}; empty when nothing was sanitised)
 */
public record EmailResponse(UUID id, String reference, URI uri, TemplateRef template, EmailContent content,
    Instant scheduledFor, Map<String, SanitisedContent> sanitisedContent) {

  /**
   * Normalises a missing {@code sanitised_content} to an empty map.
   *
   * @param id the notification id
   * @param reference the reference you gave, or {@code null}
   * @param uri Notify's URI for the notification
   * @param template the template used
   * @param content the email as sent, including {@code one_click_unsubscribe_url}
   * @param scheduledFor always {@code null}: Notify does not support scheduling through this API
   * @param sanitisedContent for each name in {@code sanitise_content_for}, its value before and after
   *     sanitising (never {@code null}; empty when nothing was sanitised)
   */
  public EmailResponse {
    sanitisedContent = sanitisedContent == null ? Map.of() : Map.copyOf(withoutNullValues(sanitisedContent));
  }

  private static <V> Map<String, V> withoutNullValues(Map<String, V> map) {
    Map<String, V> copy = new LinkedHashMap<>(map);
    copy.values().removeIf(Objects::isNull);
    copy.remove(null);
    return copy;
  }
}
