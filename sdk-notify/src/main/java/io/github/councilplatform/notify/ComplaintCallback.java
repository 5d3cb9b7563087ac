package io.github.councilplatform.notify;

import io.github.councilplatform.notify.internal.Masking;
import java.time.Instant;
import java.util.UUID;

/**
 * Notify's callback when a recipient marks an email as spam. Stop emailing this address the same kind of
 * message.
 *
 * @param notificationId the email's notification id
 * @param complaintId the complaint's id
 * @param reference the reference given when sending, or {@code null}
 * @param to the recipient's email address
 * @param complaintDate when the complaint was made
 */
public record ComplaintCallback(UUID notificationId, UUID complaintId, String reference, String to,
    Instant complaintDate) implements NotifyCallback {

  /** Describes the complaint with the recipient masked. */
  @Override
  public String toString() {
    return "ComplaintCallback{notificationId=" + notificationId + ", complaintId=" + complaintId + ", reference="
        + reference + ", to=" + Masking.recipient(to) + ", complaintDate=" + complaintDate + '}';
  }
}
