package io.github.councilplatform.notify;

import io.github.councilplatform.core.Redaction;
import java.time.Instant;
import java.util.UUID;

/**
 * A text message a member of the public sent to the service's number, from
 * {@code GET /v2/received-text-messages}.
 *
 * @param id the message id
 * @param createdAt when Notify received it
 * @param serviceId the service it was sent to
 * @param notifyNumber the service's number it was sent to
 * @param userNumber the sender's number
 * @param content the message text
 */
public record ReceivedTextMessage(UUID id, Instant createdAt, UUID serviceId, String notifyNumber,
    String userNumber, String content) {

  /** Describes the message with the sender masked and no content. */
  @Override
  public String toString() {
    return "ReceivedTextMessage{id=" + id + ", createdAt=" + createdAt + ", notifyNumber=" + notifyNumber
        + ", userNumber=" + Redaction.maskPhone(userNumber) + '}';
  }
}
