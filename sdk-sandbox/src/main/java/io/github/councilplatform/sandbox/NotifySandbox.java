package io.github.councilplatform.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The residents' side of the sandbox's GOV.UK Notify, for tests: what was sent to them, and their replies. Reads
 * and acts through the sandbox's admin API ({@code /_sandbox/notify/…}), like any other client. Get one from
 * {@link Sandbox#notify()}. Thread-safe.
 */
public final class NotifySandbox {
  private final AdminHttp http;

  NotifySandbox(AdminHttp http) {
    this.http = http;
  }

  /**
   * Every message sent with any key since the last reset ({@code GET /_sandbox/notify/notifications}).
   *
   * @return the messages, newest first
   */
  public List<SentNotification> sent() {
    AdminHttp.Reply r = http.get("/_sandbox/notify/notifications", Map.of());
    if (r.status() != 200) {
      throw new IllegalStateException("GET /_sandbox/notify/notifications answered HTTP " + r.status());
    }
    List<SentNotification> out = new ArrayList<>();
    for (JsonNode n : r.json().path("notifications")) {
      out.add(parse(n));
    }
    return List.copyOf(out);
  }

  /**
   * The messages sent to one email address or phone number, newest first. Email addresses compare ignoring
   * case; phone numbers compare as typed after removing spaces.
   *
   * @param recipient the address or number the service sent to
   * @return the messages to them, newest first
   */
  public List<SentNotification> sentTo(String recipient) {
    String wanted = normalise(Objects.requireNonNull(recipient, "recipient"));
    return sent().stream().filter(n -> normalise(n.recipient()).equals(wanted)).toList();
  }

  /**
   * A resident texts the service's inbound number: the message appears in {@code getReceivedTexts} and is sent to
   * the received-text callback, if one is set ({@code POST /_sandbox/notify/received-text-messages}).
   *
   * @param fromNumber the resident's phone number
   * @param content what they wrote
   * @return the received text's id
   * @throws IllegalArgumentException when the number is not a phone number or the content is blank
   */
  public String receiveText(String fromNumber, String content) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("user_number", Objects.requireNonNull(fromNumber, "fromNumber"));
    body.put("content", Objects.requireNonNull(content, "content"));
    AdminHttp.Reply r = http.json("POST", "/_sandbox/notify/received-text-messages", body, Map.of());
    if (r.status() != 201) {
      throw new IllegalArgumentException(r.message());
    }
    return r.json().path("id").asText();
  }

  /**
   * The page that shows every sent message as residents would see it, for a browser.
   *
   * @return the page's URL
   */
  public URI page() {
    return http.resolve("/_sandbox/notify");
  }

  private static SentNotification parse(JsonNode n) {
    String type = n.path("type").asText();
    String recipient;
    if (type.equals("email")) {
      recipient = n.path("email_address").asText();
    } else if (type.equals("sms")) {
      recipient = n.path("phone_number").asText();
    } else {
      List<String> lines = new ArrayList<>();
      for (int i = 1; i <= 6; i++) {
        if (n.hasNonNull("line_" + i)) {
          lines.add(n.get("line_" + i).asText());
        }
      }
      if (n.hasNonNull("postcode")) {
        lines.add(n.get("postcode").asText());
      }
      recipient = String.join("\n", lines);
    }
    return new SentNotification(n.path("id").asText(), type, n.path("key_type").asText(), recipient,
        text(n, "reference"), n.path("template").path("id").asText(), n.path("template").path("version").asInt(),
        text(n, "subject"), n.path("body").asText(), n.path("status").asText(), time(n, "created_at"),
        time(n, "sent_at"), time(n, "completed_at"),
        n.hasNonNull("cost_in_pounds") ? n.get("cost_in_pounds").decimalValue() : null);
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }

  private static Instant time(JsonNode n, String field) {
    return n.hasNonNull(field) ? Instant.parse(n.get(field).asText()) : null;
  }

  private static String normalise(String s) {
    return s.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "NotifySandbox{" + page() + '}';
  }
}
