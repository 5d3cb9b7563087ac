package io.github.councilplatform.notify.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.core.internal.Json;
import io.github.councilplatform.core.internal.Timestamps;
import io.github.councilplatform.notify.ComplaintCallback;
import io.github.councilplatform.notify.DeliveryReceipt;
import io.github.councilplatform.notify.InvalidCallbackException;
import io.github.councilplatform.notify.NotificationStatus;
import io.github.councilplatform.notify.NotifyCallback;
import io.github.councilplatform.notify.ReceivedTextMessageCallback;
import io.github.councilplatform.notify.ReturnedLetterCallback;
import io.github.councilplatform.notify.TemplateType;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Reads Notify's callback bodies strictly: every required field present and of the right type, or an
 * {@link InvalidCallbackException}; never a half-filled object. Only called after the bearer token
 * verified.
 */
public final class CallbackParser {
  private CallbackParser() {}

  /**
   * Parses whichever of the four callbacks the body is, recognised by its fields.
   *
   * @param body the raw body
   * @return the callback
   */
  public static NotifyCallback any(byte[] body) {
    JsonNode root = object(body);
    if (root.has("complaint_id")) {
      return complaint(root);
    }
    if (root.has("source_number") && root.has("message")) {
      return receivedTextMessage(root);
    }
    if (root.has("notification_id") && root.has("date_sent")) {
      return returnedLetter(root);
    }
    if (root.has("id") && root.has("status") && root.has("notification_type")) {
      return deliveryReceipt(root);
    }
    throw new InvalidCallbackException("The body is not a Notify callback of any known kind (delivery receipt,"
        + " received text message, returned letter or complaint).", null);
  }

  /**
   * Parses a delivery receipt.
   *
   * @param body the raw body
   * @return the receipt
   */
  public static DeliveryReceipt deliveryReceipt(byte[] body) {
    return deliveryReceipt(object(body));
  }

  /**
   * Parses a received text message.
   *
   * @param body the raw body
   * @return the message
   */
  public static ReceivedTextMessageCallback receivedTextMessage(byte[] body) {
    return receivedTextMessage(object(body));
  }

  /**
   * Parses a returned letter.
   *
   * @param body the raw body
   * @return the returned letter
   */
  public static ReturnedLetterCallback returnedLetter(byte[] body) {
    return returnedLetter(object(body));
  }

  /**
   * Parses a complaint.
   *
   * @param body the raw body
   * @return the complaint
   */
  public static ComplaintCallback complaint(byte[] body) {
    return complaint(object(body));
  }

  private static DeliveryReceipt deliveryReceipt(JsonNode n) {
    String what = "delivery receipt";
    return new DeliveryReceipt(uuid(n, "id", true, what), text(n, "reference", false, what),
        text(n, "to", true, what), NotificationStatus.fromValue(text(n, "status", true, what)),
        instant(n, "created_at", true, what), instant(n, "completed_at", false, what),
        instant(n, "sent_at", false, what), TemplateType.fromValue(text(n, "notification_type", true, what)),
        uuid(n, "template_id", false, what), integer(n, "template_version", false, what));
  }

  private static ReceivedTextMessageCallback receivedTextMessage(JsonNode n) {
    String what = "received text message";
    return new ReceivedTextMessageCallback(uuid(n, "id", true, what), text(n, "source_number", true, what),
        text(n, "destination_number", true, what), text(n, "message", true, what),
        instant(n, "date_received", true, what));
  }

  private static ReturnedLetterCallback returnedLetter(JsonNode n) {
    String what = "returned letter";
    return new ReturnedLetterCallback(uuid(n, "notification_id", true, what), text(n, "reference", false, what),
        instant(n, "date_sent", true, what), text(n, "sent_by", false, what), text(n, "template_name", false, what),
        uuid(n, "template_id", false, what), integer(n, "template_version", false, what),
        text(n, "spreadsheet_file_name", false, what), integer(n, "spreadsheet_row_number", false, what),
        text(n, "upload_letter_file_name", false, what));
  }

  private static ComplaintCallback complaint(JsonNode n) {
    String what = "complaint";
    return new ComplaintCallback(uuid(n, "notification_id", true, what), uuid(n, "complaint_id", true, what),
        text(n, "reference", false, what), text(n, "to", true, what), instant(n, "complaint_date", true, what));
  }

  private static JsonNode object(byte[] body) {
    if (body == null || body.length == 0) {
      throw new InvalidCallbackException("The callback body is empty.", null);
    }
    JsonNode root;
    try {
      root = Json.tree(body);
    } catch (UncheckedIOException e) {
      // The parser's message quotes the body, which holds personal data: describe where it broke instead.
      throw new InvalidCallbackException("The callback body is not JSON" + location(e.getCause()) + ".", null);
    }
    if (root == null || !root.isObject()) {
      throw new InvalidCallbackException("The callback body is not a JSON object.", null);
    }
    return root;
  }

  private static String text(JsonNode n, String field, boolean required, String what) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw new InvalidCallbackException("The " + what + " has no '" + field + "'.", null);
      }
      return null;
    }
    if (!v.isTextual()) {
      throw new InvalidCallbackException("The " + what + "'s '" + field + "' is not text.", null);
    }
    return v.asText();
  }

  private static UUID uuid(JsonNode n, String field, boolean required, String what) {
    String s = text(n, field, required, what);
    // Notify writes str(None) as the template id of precompiled letters in returned-letter callbacks.
    if (s == null || (!required && "None".equals(s))) {
      return null;
    }
    try {
      return UUID.fromString(s);
    } catch (IllegalArgumentException e) {
      // No cause: UUID.fromString's message quotes the value.
      throw new InvalidCallbackException("The " + what + "'s '" + field + "' is not a UUID (" + s.length()
          + " characters; expected 8-4-4-4-12 hexadecimal digits).", null);
    }
  }

  private static Instant instant(JsonNode n, String field, boolean required, String what) {
    String s = text(n, field, required, what);
    if (s == null) {
      return null;
    }
    try {
      return Timestamps.parse(s);
    } catch (DateTimeParseException e) {
      // No cause: the parser's message quotes the text ("Text '...' could not be parsed").
      throw new InvalidCallbackException("The " + what + "'s '" + field + "' is not an ISO-8601 UTC timestamp ("
          + s.length() + " characters).", null);
    }
  }

  private static Integer integer(JsonNode n, String field, boolean required, String what) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw new InvalidCallbackException("The " + what + " has no '" + field + "'.", null);
      }
      return null;
    }
    if (!v.canConvertToInt() || !v.isIntegralNumber()) {
      throw new InvalidCallbackException("The " + what + "'s '" + field + "' is not a whole number.", null);
    }
    return v.intValue();
  }

  /** Where the JSON broke, without the parser's message (which quotes the input). */
  private static String location(Throwable cause) {
    if (cause instanceof JsonProcessingException jpe && jpe.getLocation() != null) {
      return " (it breaks at line " + jpe.getLocation().getLineNr() + ", column " + jpe.getLocation().getColumnNr()
          + ")";
    }
    return "";
  }
}
