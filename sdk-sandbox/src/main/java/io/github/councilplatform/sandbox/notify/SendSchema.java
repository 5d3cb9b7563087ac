package io.github.councilplatform.sandbox.notify;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The JSON-schema stage of a POST send, with the messages Notify's {@code build_error_message} produces
 * (jsonschema's text, quotes removed, prefixed by the field). Errors come in jsonschema's order: each property
 * in schema order, then required properties, then unexpected ones; all are reported together.
 */
final class SendSchema {

  private SendSchema() {}

  /** Properties and required fields of each request kind: sms, email, letter, precompiled. */
  private static List<String> properties(String kind) {
    return switch (kind) {
      case "sms" -> List.of("reference", "phone_number", "template_id", "personalisation", "scheduled_for",
          "sms_sender_id");
      case "email" -> List.of("reference", "email_address", "template_id", "personalisation", "scheduled_for",
          "email_reply_to_id", "one_click_unsubscribe_url", "sanitise_content_for");
      case "letter" -> List.of("reference", "template_id", "personalisation");
      default -> List.of("reference", "content", "postage");
    };
  }

  private static List<String> required(String kind) {
    return switch (kind) {
      case "sms" -> List.of("phone_number", "template_id");
      case "email" -> List.of("email_address", "template_id");
      case "letter" -> List.of("template_id", "personalisation");
      default -> List.of("reference", "content");
    };
  }

  /**
   * Validates a request body.
   *
   * @param kind sms, email, letter or precompiled
   * @param now the sandbox clock's time
   * @param realNow the host's real time (callers state times in it)
   * @throws NotifyError a 400 listing every ValidationError
   */
  static void validate(String kind, JsonNode body, Instant now, Instant realNow) {
    List<String> errors = new ArrayList<>();
    if (!body.isObject()) {
      throw NotifyError.validation(python(body) + " is not of type object");
    }
    for (String p : properties(kind)) {
      JsonNode v = body.get(p);
      if (v != null) {
        check(kind, p, v, errors, now, realNow);
      }
    }
    for (String r : required(kind)) {
      if (!body.has(r)) {
        errors.add(r + " is a required property");
      }
    }
    Set<String> unexpected = new LinkedHashSet<>();
    Iterator<String> names = body.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!properties(kind).contains(n)) {
        unexpected.add(n);
      }
    }
    if (!unexpected.isEmpty()) {
      errors.add(unexpectedMessage(unexpected));
    }
    if (!errors.isEmpty()) {
      throw NotifyError.validation(errors);
    }
  }

  static String unexpectedMessage(Set<String> unexpected) {
    return "Additional properties are not allowed (" + String.join(", ", unexpected)
        + (unexpected.size() == 1 ? " was" : " were") + " unexpected)";
  }

  private static void check(String kind, String p, JsonNode v, List<String> errors, Instant now,
      Instant realNow) {
    switch (p) {
      case "reference" -> {
        if (!v.isTextual()) {
          errors.add("reference " + python(v) + " is not of type string");
        } else if (!kind.equals("precompiled") && v.asText().codePointCount(0, v.asText().length()) > 1000) {
          errors.add("reference " + v.asText() + " is too long");
        }
      }
      case "template_id", "sms_sender_id", "email_reply_to_id" -> {
        if (!v.isTextual() || !isUuid(v.asText())) {
          errors.add(p + " is not a valid UUID");
        }
      }
      case "phone_number" -> {
        if (!v.isTextual()) {
          errors.add("phone_number " + python(v) + " is not of type string");
        } else {
          try {
            PhoneNumbers.parse(v.asText());
          } catch (PhoneNumbers.InvalidPhone e) {
            errors.add("phone_number " + e.getMessage());
          }
        }
      }
      case "email_address" -> {
        if (!v.isTextual()) {
          errors.add("email_address " + python(v) + " is not of type string");
        } else if (!EmailAddresses.isValid(v.asText())) {
          errors.add("email_address " + EmailAddresses.INVALID);
        }
      }
      case "personalisation" -> {
        if (!v.isObject()) {
          errors.add("personalisation " + python(v) + " is not of type object");
        }
      }
      case "scheduled_for" -> {
        if (!v.isTextual() && !v.isNull()) {
          errors.add("scheduled_for " + python(v) + " is not of type string, null");
        } else if (v.isTextual()) {
          String problem = scheduleProblem(v.asText(), now, realNow);
          if (problem != null) {
            errors.add("scheduled_for " + problem);
          }
        }
      }
      case "one_click_unsubscribe_url" -> {
        if (!v.isTextual() || !v.asText().startsWith("https") || !isUri(v.asText())) {
          errors.add("one_click_unsubscribe_url is not a valid https url");
        }
      }
      case "sanitise_content_for" -> {
        // {"type": ["array", "null"]} (notification_schemas.py:206)
        if (!v.isArray() && !v.isNull()) {
          errors.add("sanitise_content_for " + python(v) + " is not of type array, null");
        }
      }
      case "content" -> {
        if (!v.isTextual()) {
          errors.add("content " + python(v) + " is not of type string");
        }
      }
      case "postage" -> {
        // {"type": "string", "format": "postage"}: the format checks strings only.
        if (!v.isTextual()) {
          errors.add("postage " + python(v) + " is not of type string");
        } else if (!Set.of("first", "second", "economy").contains(v.asText())) {
          errors.add("postage invalid. It must be either first, second or economy.");
        }
      }
      default -> { }
    }
  }

  /**
   * Notify's {@code datetime_within_next_day} format (app/schema_validation/__init__.py:66-79):
   * {@code datetime.fromisoformat(value).replace(tzinfo=None)}, so an offset is dropped, not applied, compared with
   * UTC now; it must fall within the next 24 hours. A caller states the time in real time, so it passes when it
   * passes against the host's real time or the sandbox clock.
   */
  private static String scheduleProblem(String text, Instant sandboxNow, Instant realNow) {
    Instant at;
    String iso = text.replace(' ', 'T');
    try {
      at = OffsetDateTime.parse(iso).toLocalDateTime().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      try {
        at = LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        try {
          at = java.time.LocalDate.parse(iso).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e3) {
          return "datetime format is invalid. It must be a valid ISO8601 date time format, "
              + "https://en.wikipedia.org/wiki/ISO_8601";
        }
      }
    }
    String againstReal = windowProblem(at, realNow);
    return againstReal == null ? null : windowProblem(at, sandboxNow) == null ? null : againstReal;
  }

  private static String windowProblem(Instant at, Instant now) {
    if (at.isBefore(now)) {
      return "datetime can not be in the past";
    }
    if (at.isAfter(now.plus(Duration.ofHours(24)))) {
      return "datetime can only be 24 hours in the future";
    }
    return null;
  }

  /**
   * Whether Notify's {@code validate_uuid} format accepts a value: Python's {@code uuid.UUID(value)}, which also
   * takes braces, a {@code urn:uuid:} prefix and no hyphens (app/schema_validation/__init__.py:14-18).
   */
  static boolean isUuid(String s) {
    return uuid(s) != null;
  }

  /** The canonical form of a UUID Notify accepts, as its database compares them; null when not one. */
  static String uuid(String s) {
    return JwtAuthenticator.pythonUuid(s);
  }

  private static boolean isUri(String s) {
    try {
      URI u = new URI(s);
      return u.getScheme() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** A value as Python would print it, quotes removed, as Notify's messages show it. */
  static String python(JsonNode v) {
    if (v.isTextual()) {
      return v.asText();
    }
    if (v.isNull()) {
      return "None";
    }
    if (v.isBoolean()) {
      return v.asBoolean() ? "True" : "False";
    }
    if (v.isArray()) {
      List<String> items = new ArrayList<>();
      v.forEach(i -> items.add(python(i)));
      return "[" + String.join(", ", items) + "]";
    }
    if (v.isObject()) {
      List<String> items = new ArrayList<>();
      v.properties().forEach(e -> items.add(e.getKey() + ": " + python(e.getValue())));
      return "{" + String.join(", ", items) + "}";
    }
    return v.asText();
  }
}
