package io.github.councilplatform.notify.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.councilplatform.core.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The shared mapper, copied, with one Notify-specific rule: timestamps. Notify's API emits
 * {@code 2024-05-17T15:58:38.342838Z}, but its documentation shows {@code 2024-05-17 15:58:38.342838}
 * (no zone, a space), which fakes copied from the docs send; both are read, the zoneless form as UTC,
 * because Notify stores UTC. The shared mapper is not changed.
 */
public final class NotifyJson {
  private static final ObjectMapper MAPPER = Json.mapper().copy()
      .registerModule(new SimpleModule("notify-timestamps").addDeserializer(Instant.class, new TimestampReader()));

  private NotifyJson() {}

  /**
   * Parses JSON bytes into a type; throws {@link UncheckedIOException} if they are not that JSON.
   *
   * @param body the JSON bytes
   * @param type the type to read
   * @param <T> the type
   * @return the value
   */
  public static <T> T read(byte[] body, Class<T> type) {
    try {
      return MAPPER.readValue(body, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses one of Notify's timestamps.
   *
   * @param text an ISO-8601 instant, an offset date-time, or a zoneless {@code yyyy-MM-dd[ T]HH:mm:ss[.f]}
   *     taken as UTC
   * @return the instant
   * @throws DateTimeParseException if it is none of those
   */
  public static Instant parseTimestamp(String text) {
    String t = text.strip();
    try {
      return Instant.parse(t);
    } catch (DateTimeParseException notInstant) {
      try {
        return OffsetDateTime.parse(t).toInstant();
      } catch (DateTimeParseException notOffset) {
        return LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
      }
    }
  }

  private static final class TimestampReader extends StdScalarDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    TimestampReader() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
      }
      String text = p.getText();
      if (text.isBlank()) {
        return null;
      }
      try {
        return parseTimestamp(text);
      } catch (DateTimeParseException e) {
        return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not a Notify timestamp");
      }
    }
  }
}
