package io.github.councilplatform.notify;

import io.github.councilplatform.notify.internal.Masking;
import java.time.Instant;
import java.util.UUID;

/**
 * A delivery receipt: Notify's callback when a notification's status changes. Notify documents it for emails
 * and text messages; the parser accepts any {@code notification_type}.
 *
 * @param id the notification id
 * @param reference the reference given when sending, or {@code null}
 * @param to the recipient as Notify stored it (an email address or phone number)
 * @param status the new status
 * @param createdAt when Notify accepted the notification
 * @param completedAt when the status last changed, or {@code null}
 * @param sentAt when it was handed to the provider, or {@code null}
 * @param notificationType the channel
 * @param templateId the template used, or {@code null} if Notify left it out
 * @param templateVersion the template version used, or {@code null} if Notify left it out
 */
public record DeliveryReceipt(UUID id, String reference, String to, NotificationStatus status, Instant createdAt,
    Instant completedAt, Instant sentAt, TemplateType notificationType, UUID templateId, Integer templateVersion)
    implements NotifyCallback {

  /** Describes the receipt with the recipient masked. */
  @Override
  public String toString() {
    return "DeliveryReceipt{id=" + id + ", reference=" + reference + ", to=" + Masking.recipient(to) + ", status="
        + status + ", notificationType=" + notificationType + ", createdAt=" + createdAt + ", completedAt="
        + completedAt + ", sentAt=" + sentAt + ", templateId=" + templateId + ", templateVersion=" + templateVersion
        + '}';
  }
}
