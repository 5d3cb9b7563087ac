package io.github.councilplatform.sandbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One message the sandbox's Notify accepted, with any key, as {@code GET /_sandbox/notify/notifications} lists it
 * (the fields of {@code GET /v2/notifications/{id}} plus the key type). Nothing is masked: it is fake data.
 *
 * @param id the notification id
 * @param type {@code email}, {@code sms} or {@code letter}
 * @param keyType the key it was sent with: {@code live}, {@code team} or {@code test}
 * @param recipient the email address or phone number, or for a letter its address lines joined by new lines
 * @param reference the service's reference, or null
 * @param templateId the template id
 * @param templateVersion the template version
 * @param subject the subject (emails and letters), or null
 * @param body the body with personalisation filled in
 * @param status the status the API shows now ({@code created}, {@code sending}, {@code delivered}, …)
 * @param createdAt when it was accepted
 * @param sentAt when it was sent, or null
 * @param completedAt when it reached a final status, or null
 * @param costInPounds the cost once Notify has it, or null
 */
public record SentNotification(String id, String type, String keyType, String recipient, String reference,
    String templateId, int templateVersion, String subject, String body, String status, Instant createdAt,
    Instant sentAt, Instant completedAt, BigDecimal costInPounds) {

  /**
   * A letter's address lines.
   *
   * @return the lines, or an empty list for emails and text messages
   */
  public List<String> addressLines() {
    return type.equals("letter") ? List.of(recipient.split("\n")) : List.of();
  }
}
