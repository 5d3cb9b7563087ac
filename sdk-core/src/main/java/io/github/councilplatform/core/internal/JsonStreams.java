package io.github.councilplatform.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * JSON through Jackson's streaming API alone (jackson-core), for the bodies a fresh JVM's first call sends
 * and reads. Building the databind mapper ({@link Json}) and introspecting a record's deserialiser costs a
 * fresh JVM about 600 classes, several times the first request's own time, and on the paths that need
 * only a few fixed fields none of it is needed (issue 18). Everything else still goes through {@link Json}.
 *
 * <p>Output is byte for byte what {@link Json#write} gives for the same value: maps in their order with
 * {@code null} values left out (the mapper's {@code NON_ABSENT} applies to map values too), lists in order,
 * strings, booleans and the JDK's numbers as Jackson writes them; any other value (a record, an enum) is
 * handed to the mapper, so it is still written, only not faster. Readers follow the mapper's leniency for
 * what the platforms send: unknown fields are skipped, {@code null} reads as absent, scalars read as text.
 */
public final class JsonStreams {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonStreams() {}

  /** Writes one value with a generator. */
  @FunctionalInterface
  public interface BodyWriter {
    /**
     * Writes the value.
     *
     * @param g the generator
     * @throws IOException as the generator does
     */
    void write(JsonGenerator g) throws IOException;
  }

  /** Reads one value whose first token is current. */
  @FunctionalInterface
  public interface BodyReader<T> {
    /**
     * Reads the value at the parser's current token, consuming it entirely.
     *
     * @param p the parser, on the value's first token
     * @return the value
     * @throws IOException if the JSON is not the expected shape
     */
    T read(JsonParser p) throws IOException;
  }

  /** Reads one field of an object. */
  @FunctionalInterface
  public interface FieldReader {
    /**
     * Reads a field's value, or declines it.
     *
     * @param name the field's name
     * @param p the parser, on the value's first token
     * @return whether the value was read; a declined value is skipped
     * @throws IOException if the value is not the expected shape
     */
    boolean field(String name, JsonParser p) throws IOException;
  }

  /**
   * Serialises a value as {@link Json#write} would.
   *
   * @param value a map, collection, string, boolean, number or {@code null}, nested freely; anything else is
   *     written by the mapper
   * @return the JSON bytes
   */
  public static byte[] write(Object value) {
    return write(g -> writeValue(g, value));
  }

  /**
   * Serialises with a writer.
   *
   * @param writer what to write
   * @return the JSON bytes
   */
  public static byte[] write(BodyWriter writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      writer.write(g);
    } catch (IOException e) {
      throw new IllegalArgumentException("Could not serialise the request body to JSON", e);
    }
    return out.toByteArray();
  }

  /**
   * Writes one value as {@link Json#write} would.
   *
   * @param g the generator
   * @param value the value
   * @throws IOException as the generator does
   */
  public static void writeValue(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      g.writeNumber(((Number) value).intValue());
    } else if (value instanceof Long l) {
      g.writeNumber(l);
    } else if (value instanceof Double d) {
      g.writeNumber(d);
    } else if (value instanceof Float f) {
      g.writeNumber(f);
    } else if (value instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (value instanceof BigInteger i) {
      g.writeNumber(i);
    } else if (value instanceof Map<?, ?> map && stringKeys(map)) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (e.getValue() != null) {
          g.writeFieldName((String) e.getKey());
          writeValue(g, e.getValue());
        }
      }
      g.writeEndObject();
    } else if (value instanceof Collection<?> list) {
      g.writeStartArray();
      for (Object item : list) {
        writeValue(g, item);
      }
      g.writeEndArray();
    } else {
      Json.mapper().writeValue(g, value);
    }
  }

  private static boolean stringKeys(Map<?, ?> map) {
    for (Object key : map.keySet()) {
      if (!(key instanceof String)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Parses a body with a reader.
   *
   * @param body the JSON bytes
   * @param reader reads the top-level value
   * @param <T> the value's type
   * @return the value, or {@code null} for a JSON {@code null}
   * @throws UncheckedIOException if the bytes are not JSON of that shape
   * @throws IllegalArgumentException if a field's text is not a valid value (a UUID, a URI, a timestamp)
   */
  public static <T> T read(byte[] body, BodyReader<T> reader) {
    try (JsonParser p = FACTORY.createParser(body)) {
      if (p.nextToken() == null) {
        throw new JsonParseException(p, "No content: the body is empty");
      }
      return p.currentToken() == JsonToken.VALUE_NULL ? null : reader.read(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the object at the current token field by field, skipping the fields the reader declines.
   *
   * @param p the parser, on {@code START_OBJECT}
   * @param fields reads each field
   * @return {@code false} if the value was {@code null} (nothing read), else {@code true}
   * @throws IOException if the value is not an object
   */
  public static boolean readObject(JsonParser p, FieldReader fields) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return false;
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new JsonParseException(p, "Expected a JSON object, found " + p.currentToken());
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (!fields.field(name, p)) {
        p.skipChildren();
      }
    }
    return true;
  }

  /**
   * Reads a string; other scalars as their text, as the mapper coerces them.
   *
   * @param p the parser, on the value
   * @return the text, or {@code null}
   * @throws IOException if the value is an object or an array
   */
  public static String string(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (!t.isScalarValue()) {
      throw new JsonParseException(p, "Expected a JSON string, found " + t);
    }
    return p.getText();
  }

  /**
   * Reads a UUID in its canonical 36-character form.
   *
   * @param p the parser, on the value
   * @return the UUID, or {@code null} for {@code null} or an empty string
   * @throws IOException if the value is not a string
   * @throws IllegalArgumentException if the text is not a UUID
   */
  public static UUID uuid(JsonParser p) throws IOException {
    String s = string(p);
    if (s == null || s.isEmpty()) {
      return null;
    }
    if (s.length() != 36) {
      throw new IllegalArgumentException("Not a UUID: " + s.length() + " characters");
    }
    return UUID.fromString(s);
  }

  /**
   * Reads a URI.
   *
   * @param p the parser, on the value
   * @return the URI, or {@code null}
   * @throws IOException if the value is not a string
   * @throws IllegalArgumentException if the text is not a URI
   */
  public static URI uri(JsonParser p) throws IOException {
    String s = string(p);
    return s == null ? null : URI.create(s);
  }

  /**
   * Reads a timestamp as {@link Timestamps#parse} does; a number as seconds since the epoch.
   *
   * @param p the parser, on the value
   * @return the instant, or {@code null} for {@code null} or blank text
   * @throws IOException if the value is not a string or a number
   * @throws IllegalArgumentException if the text is not a timestamp
   */
  public static Instant instant(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return Instant.ofEpochSecond(p.getLongValue());
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal seconds = p.getDecimalValue();
      return Instant.ofEpochSecond(seconds.longValue(),
          seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
    }
    String s = string(p);
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Timestamps.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Not an ISO-8601 timestamp", e);
    }
  }

  /**
   * Reads an integer; {@code null} as 0 and numeric text as its number, as the mapper does for an {@code int}.
   *
   * @param p the parser, on the value
   * @return the number
   * @throws IOException if the value is not a number or numeric text
   */
  public static int intValue(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return 0;
    }
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getIntValue();
    }
    if (t == JsonToken.VALUE_STRING) {
      String s = p.getText().trim();
      try {
        return s.isEmpty() ? 0 : Integer.parseInt(s);
      } catch (NumberFormatException e) {
        throw new JsonParseException(p, "Expected a whole number, found text");
      }
    }
    throw new JsonParseException(p, "Expected a whole number, found " + t);
  }
}
