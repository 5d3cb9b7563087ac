package io.github.councilplatform.notify;

import io.github.councilplatform.core.Redaction;
import java.time.Instant;
import java.util.UUID;

/**
 * Notify's callback when a member of the public sends a text message to the service's number.
 *
 * @param id the received message's id
 * @param sourceNumber the sender's phone number
 * @param destinationNumber the service's number it was sent to
 * @param message the text
 * @param dateReceived when Notify received it
 */
public record ReceivedTextMessageCallback(UUID id, String sourceNumber, String destinationNumber, String message,
    Instant dateReceived) implements NotifyCallback {

  /** Describes the message with the sender masked and no text. */
  @Override
  public String toString() {
    return "ReceivedTextMessageCallback{id=" + id + ", sourceNumber=" + Redaction.maskPhone(sourceNumber)
        + ", destinationNumber=" + destinationNumber + ", dateReceived=" + dateReceived + '}';
  }
}
