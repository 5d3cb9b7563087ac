package io.github.councilplatform.notify;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.councilplatform.core.Redaction;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A notification as Notify returns it from {@code GET /v2/notifications/{id}} and in listings: its
 * recipient, status, content, timestamps and cost. Every field Notify returns is here.
 *
 * <p>{@link #toString()} masks the recipient and leaves out the address and content, so a notification
 * can be logged safely.
 *
 * @param id the notification id
 * @param reference the reference given when sending, or {@code null}
 * @param emailAddress the recipient of an email, or {@code null}
 * @param phoneNumber the recipient of a text message, as sent, or {@code null}
 * @param line1 letter address line 1 ({@code line_1}), or {@code null}
 * @param line2 letter address line 2, or {@code null}
 * @param line3 letter address line 3, or {@code null}
 * @param line4 letter address line 4, or {@code null}
 * @param line5 letter address line 5, or {@code null}
 * @param line6 letter address line 6, or {@code null}
 * @param postcode letter postcode, or {@code null}
 * @param type the channel
 * @param status the status; {@link NotificationStatus#UNKNOWN} for one this SDK does not know
 * @param template the template used
 * @param body the content as sent
 * @param subject the subject of an email or the heading of a letter, or {@code null}
 * @param createdAt when Notify accepted the notification
 * @param createdByName who sent it from Notify's website, or {@code null} for API sends
 * @param sentAt when it was handed to the provider, or {@code null}
 * @param completedAt when it reached a final status, or {@code null}
 * @param scheduledFor always {@code null} through this API
 * @param estimatedDelivery letters: the earliest expected delivery, or {@code null}
 * @param postage letters: the postage class, or {@code null}
 * @param oneClickUnsubscribeUrl emails: the one-click unsubscribe URL sent with it, or {@code null}
 * @param isCostDataReady whether {@code cost_in_pounds} and {@code cost_details} are final
 * @param costInPounds the cost, once {@code isCostDataReady}; {@code null} before
 * @param costDetails how the cost was worked out; {@link CostDetails#NONE} before it is ready
 */
public record Notification(
    UUID id,
    String reference,
    String emailAddress,
    String phoneNumber,
    @JsonProperty("line_1") String line1,
    @JsonProperty("line_2") String line2,
    @JsonProperty("line_3") String line3,
    @JsonProperty("line_4") String line4,
    @JsonProperty("line_5") String line5,
    @JsonProperty("line_6") String line6,
    String postcode,
    TemplateType type,
    NotificationStatus status,
    TemplateRef template,
    String body,
    String subject,
    Instant createdAt,
    String createdByName,
    Instant sentAt,
    Instant completedAt,
    Instant scheduledFor,
    Instant estimatedDelivery,
    Postage postage,
    URI oneClickUnsubscribeUrl,
    @JsonProperty("is_cost_data_ready") boolean isCostDataReady,
    BigDecimal costInPounds,
    CostDetails costDetails) {

  /**
   * Normalises missing values: an unknown status or type, and empty cost details.
   *
   * @param id the notification id
   * @param reference the reference given when sending, or {@code null}
   * @param emailAddress the recipient of an email, or {@code null}
   * @param phoneNumber the recipient of a text message, as sent, or {@code null}
   * @param line1 letter address line 1 ({@code line_1}), or {@code null}
   * @param line2 letter address line 2, or {@code null}
   * @param line3 letter address line 3, or {@code null}
   * @param line4 letter address line 4, or {@code null}
   * @param line5 letter address line 5, or {@code null}
   * @param line6 letter address line 6, or {@code null}
   * @param postcode letter postcode, or {@code null}
   * @param type the channel
   * @param status the status; {@link NotificationStatus#UNKNOWN} for one this SDK does not know
   * @param template the template used
   * @param body the content as sent
   * @param subject the subject of an email or the heading of a letter, or {@code null}
   * @param createdAt when Notify accepted the notification
   * @param createdByName who sent it from Notify's website, or {@code null} for API sends
   * @param sentAt when it was handed to the provider, or {@code null}
   * @param completedAt when it reached a final status, or {@code null}
   * @param scheduledFor always {@code null} through this API
   * @param estimatedDelivery letters: the earliest expected delivery, or {@code null}
   * @param postage letters: the postage class, or {@code null}
   * @param oneClickUnsubscribeUrl emails: the one-click unsubscribe URL sent with it, or {@code null}
   * @param isCostDataReady whether {@code cost_in_pounds} and {@code cost_details} are final
   * @param costInPounds the cost, once {@code isCostDataReady}; {@code null} before
   * @param costDetails how the cost was worked out; {@link CostDetails#NONE} before it is ready
   */
  public Notification {
    status = status == null ? NotificationStatus.UNKNOWN : status;
    type = type == null ? TemplateType.UNKNOWN : type;
    costDetails = costDetails == null ? CostDetails.NONE : costDetails;
  }

  /**
   * The letter's address lines that are set, in order, then the postcode if set; empty for other channels.
   *
   * @return the address lines, possibly empty
   */
  public List<String> addressLines() {
    List<String> lines = new ArrayList<>();
    for (String l : new String[] {line1, line2, line3, line4, line5, line6, postcode}) {
      if (l != null && !l.isBlank()) {
        lines.add(l);
      }
    }
    return List.copyOf(lines);
  }

  /** Describes the notification with the recipient masked and no address or content. */
  @Override
  public String toString() {
    String to = emailAddress != null ? Redaction.maskEmail(emailAddress)
        : phoneNumber != null ? Redaction.maskPhone(phoneNumber)
        : line1 != null ? "<postal address>" : null;
    return "Notification{id=" + id + ", type=" + type + ", status=" + status + ", reference=" + reference + ", to="
        + to + ", template=" + (template == null ? null : template.id() + " v" + template.version()) + ", createdAt="
        + createdAt + ", sentAt=" + sentAt + ", completedAt=" + completedAt + ", isCostDataReady=" + isCostDataReady
        + ", costInPounds=" + costInPounds + '}';
  }
}
