package io.github.councilplatform.notify.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.councilplatform.core.internal.JsonStreams;
import io.github.councilplatform.notify.EmailContent;
import io.github.councilplatform.notify.EmailResponse;
import io.github.councilplatform.notify.LetterContent;
import io.github.councilplatform.notify.LetterResponse;
import io.github.councilplatform.notify.Postage;
import io.github.councilplatform.notify.SanitisedContent;
import io.github.councilplatform.notify.SmsContent;
import io.github.councilplatform.notify.SmsResponse;
import io.github.councilplatform.notify.TemplateRef;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Reads Notify's answers to the three sends ({@code POST /v2/notifications/sms|email|letter}) with
 * Jackson's streaming parser, so a fresh JVM's first send never builds the databind mapper (issue 18). Each
 * reader gives exactly the record {@code Json.read} would for the same body (a test holds them to that):
 * unknown fields skipped, {@code null} as absent, the last of a repeated field winning.
 */
public final class SendResponseReaders {
  private SendResponseReaders() {}

  /**
   * Reads {@code POST /v2/notifications/sms}'s answer.
   *
   * @param p the parser, on the body's first token
   * @return the response
   * @throws IOException if the body is not that JSON
   */
  public static SmsResponse sms(JsonParser p) throws IOException {
    Fields f = new Fields(Kind.SMS);
    JsonStreams.readObject(p, f);
    return new SmsResponse(f.id, f.reference, f.uri, f.template, (SmsContent) f.content, f.scheduledFor);
  }

  /**
   * Reads {@code POST /v2/notifications/email}'s answer.
   *
   * @param p the parser, on the body's first token
   * @return the response
   * @throws IOException if the body is not that JSON
   */
  public static EmailResponse email(JsonParser p) throws IOException {
    Fields f = new Fields(Kind.EMAIL);
    JsonStreams.readObject(p, f);
    return new EmailResponse(f.id, f.reference, f.uri, f.template, (EmailContent) f.content, f.scheduledFor,
        f.sanitisedContent);
  }

  /**
   * Reads {@code POST /v2/notifications/letter}'s answer for a letter from a template.
   *
   * @param p the parser, on the body's first token
   * @return the response
   * @throws IOException if the body is not that JSON
   */
  public static LetterResponse letter(JsonParser p) throws IOException {
    Fields f = new Fields(Kind.LETTER);
    JsonStreams.readObject(p, f);
    return new LetterResponse(f.id, f.reference, f.uri, f.template, (LetterContent) f.content, f.scheduledFor,
        f.postage);
  }

  private enum Kind { SMS, EMAIL, LETTER }

  /** The fields the three answers share, and each one's own. */
  private static final class Fields implements JsonStreams.FieldReader {
    private final Kind kind;
    UUID id;
    String reference;
    URI uri;
    TemplateRef template;
    Instant scheduledFor;
    Object content;
    Map<String, SanitisedContent> sanitisedContent;
    Postage postage;

    Fields(Kind kind) {
      this.kind = kind;
    }

    @Override
    public boolean field(String name, JsonParser p) throws IOException {
      switch (name) {
        case "id" -> id = JsonStreams.uuid(p);
        case "reference" -> reference = JsonStreams.string(p);
        case "uri" -> uri = JsonStreams.uri(p);
        case "template" -> template = template(p);
        case "scheduled_for" -> scheduledFor = JsonStreams.instant(p);
        case "content" -> content = switch (kind) {
          case SMS -> smsContent(p);
          case EMAIL -> emailContent(p);
          case LETTER -> letterContent(p);
        };
        case "sanitised_content" -> {
          if (kind != Kind.EMAIL) {
            return false;
          }
          sanitisedContent = sanitisedContent(p);
        }
        case "postage" -> {
          if (kind != Kind.LETTER) {
            return false;
          }
          postage = postage(p);
        }
        default -> {
          return false;
        }
      }
      return true;
    }
  }

  private static TemplateRef template(JsonParser p) throws IOException {
    Object[] v = new Object[3];
    int[] version = new int[1];
    if (!JsonStreams.readObject(p, (name, q) -> switch (name) {
      case "id" -> set(v, 0, JsonStreams.uuid(q));
      case "version" -> {
        version[0] = JsonStreams.intValue(q);
        yield true;
      }
      case "uri" -> set(v, 2, JsonStreams.uri(q));
      default -> false;
    })) {
      return null;
    }
    return new TemplateRef((UUID) v[0], version[0], (URI) v[2]);
  }

  private static SmsContent smsContent(JsonParser p) throws IOException {
    String[] v = new String[2];
    return JsonStreams.readObject(p, (name, q) -> switch (name) {
      case "body" -> set(v, 0, JsonStreams.string(q));
      case "from_number" -> set(v, 1, JsonStreams.string(q));
      default -> false;
    }) ? new SmsContent(v[0], v[1]) : null;
  }

  private static EmailContent emailContent(JsonParser p) throws IOException {
    Object[] v = new Object[4];
    return JsonStreams.readObject(p, (name, q) -> switch (name) {
      case "from_email" -> set(v, 0, JsonStreams.string(q));
      case "body" -> set(v, 1, JsonStreams.string(q));
      case "subject" -> set(v, 2, JsonStreams.string(q));
      case "one_click_unsubscribe_url" -> set(v, 3, JsonStreams.uri(q));
      default -> false;
    }) ? new EmailContent((String) v[0], (String) v[1], (String) v[2], (URI) v[3]) : null;
  }

  private static LetterContent letterContent(JsonParser p) throws IOException {
    String[] v = new String[2];
    return JsonStreams.readObject(p, (name, q) -> switch (name) {
      case "body" -> set(v, 0, JsonStreams.string(q));
      case "subject" -> set(v, 1, JsonStreams.string(q));
      default -> false;
    }) ? new LetterContent(v[0], v[1]) : null;
  }

  private static Map<String, SanitisedContent> sanitisedContent(JsonParser p) throws IOException {
    Map<String, SanitisedContent> out = new LinkedHashMap<>();
    if (!JsonStreams.readObject(p, (name, q) -> {
      String[] v = new String[2];
      boolean present = JsonStreams.readObject(q, (field, r) -> switch (field) {
        case "unsanitised" -> set(v, 0, JsonStreams.string(r));
        case "sanitised" -> set(v, 1, JsonStreams.string(r));
        default -> false;
      });
      out.put(name, present ? new SanitisedContent(v[0], v[1]) : null);
      return true;
    })) {
      return null;
    }
    return out;
  }

  /** Postage by its wire value; one this SDK does not know is {@link Postage#UNKNOWN}, as the mapper reads it. */
  private static Postage postage(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    String value = JsonStreams.string(p);
    for (Postage postage : Postage.values()) {
      if (value.equals(postage.value())) {
        return postage;
      }
    }
    return Postage.UNKNOWN;
  }

  private static boolean set(Object[] values, int index, Object value) {
    values[index] = value;
    return true;
  }
}
