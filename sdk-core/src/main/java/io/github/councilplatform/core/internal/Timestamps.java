package io.github.councilplatform.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The platforms' timestamps. The APIs emit ISO-8601 instants ({@code 2024-05-17T15:58:38.342838Z}), but
 * Notify's documentation shows {@code 2024-05-17 15:58:38.342838} (no zone, a space), which fakes copied from
 * the docs send. Every form is read, the zoneless one as UTC, since the platforms store UTC.
 */
public final class Timestamps {
  private Timestamps() {}

  /**
   * Parses a timestamp.
   *
   * @param text an ISO-8601 instant, an offset date-time, or a zoneless {@code yyyy-MM-dd[ T]HH:mm:ss[.f]}
   *     taken as UTC
   * @return the instant
   * @throws DateTimeParseException if it is none of those
   */
  public static Instant parse(String text) {
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

  /** Reads {@link Instant}s with {@link #parse}; numbers (epoch seconds) as Jackson's own reader does. */
  static final class Reader extends StdScalarDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return InstantDeserializer.INSTANT.deserialize(p, ctxt);
      }
      String text = p.getText();
      if (text.isBlank()) {
        return null;
      }
      try {
        return parse(text);
      } catch (DateTimeParseException e) {
        return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 timestamp");
      }
    }
  }
}
