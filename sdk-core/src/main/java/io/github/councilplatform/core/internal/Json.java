package io.github.councilplatform.core.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The SDK's one configured Jackson mapper. All three platforms speak snake_case JSON, so record components
 * in camelCase map onto their fields without annotations; unknown fields are ignored so that fields the
 * platforms add later do not break old SDK versions; nulls are not sent; timestamps are read leniently
 * ({@link Timestamps}).
 *
 * <p>Only the modules the SDK's JSON types use are registered: java.time (Pay's settlement dates, the
 * sandbox's timestamps). No JSON-bound type holds an {@code Optional} (accessors such as
 * {@code fieldName()} are not properties), so the jdk8 module is not registered: it cost every fresh JVM's
 * first call about 20 classes for nothing (issue 18).
 */
public final class Json {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .addModule(new SimpleModule("platform-timestamps").addDeserializer(Instant.class, new Timestamps.Reader()))
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .serializationInclusion(JsonInclude.Include.NON_ABSENT)
      .build();

  private Json() {}

  /** The shared mapper. Do not reconfigure it: it is shared by every client in the JVM. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Serialises a value to JSON bytes. */
  public static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Could not serialise " + value.getClass().getSimpleName() + " to JSON", e);
    }
  }

  /** Parses JSON bytes into a type; throws {@link UncheckedIOException} if the bytes are not that JSON. */
  public static <T> T read(byte[] body, Class<T> type) {
    try {
      return MAPPER.readValue(body, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses JSON bytes into a generic type; throws {@link UncheckedIOException} if they are not. */
  public static <T> T read(byte[] body, TypeReference<T> type) {
    try {
      return MAPPER.readValue(body, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses JSON bytes into a tree; throws {@link UncheckedIOException} if they are not JSON. */
  public static JsonNode tree(byte[] body) {
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
