package io.github.councilplatform.notify;

/**
 * The content of a text message Notify accepted ({@code content} of the send response).
 *
 * @param body the message as sent, with placeholders filled in
 * @param fromNumber the sender name or number
 */
public record SmsContent(String body, String fromNumber) {

  /** Describes the content without the message body, which may hold personal data. */
  @Override
  public String toString() {
    return "SmsContent{fromNumber=" + fromNumber + ", body=" + (body == null ? 0 : body.length()) + " chars}";
  }
}
