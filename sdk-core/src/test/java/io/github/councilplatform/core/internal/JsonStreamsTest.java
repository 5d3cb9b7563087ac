package io.github.councilplatform.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonStreamsTest {
  record Nested(String displayName, Instant at) {}

  enum Colour { RED }

  record Read(String text, UUID id, URI uri, Instant at, int number) {}

  private static Read read(String json) {
    return JsonStreams.read(json.getBytes(StandardCharsets.UTF_8), p -> {
      Object[] v = new Object[5];
      JsonStreams.readObject(p, (name, q) -> {
        switch (name) {
          case "text" -> v[0] = JsonStreams.string(q);
          case "id" -> v[1] = JsonStreams.uuid(q);
          case "uri" -> v[2] = JsonStreams.uri(q);
          case "at" -> v[3] = JsonStreams.instant(q);
          case "number" -> v[4] = JsonStreams.intValue(q);
          default -> {
            return false;
          }
        }
        return true;
      });
      return new Read((String) v[0], (UUID) v[1], (URI) v[2], (Instant) v[3], v[4] == null ? 0 : (Integer) v[4]);
    });
  }

  private static Read viaMapper(String json) {
    return Json.read(json.getBytes(StandardCharsets.UTF_8), Read.class);
  }

  @Test
  void writesWhatTheMapperWrites() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("phone_number", "07700 900123");
    body.put("escapes", "quote \" backslash \\ newline \n tab \t nul \u0000 pound £ emoji \uD83D\uDE00 </script>");
    body.put("left_out", null);
    body.put("int", 42);
    body.put("short", (short) 7);
    body.put("byte", (byte) -3);
    body.put("long", Long.MAX_VALUE);
    body.put("double", 0.1 + 0.2);
    body.put("float", 1.5f);
    body.put("decimal", new BigDecimal("12.50"));
    body.put("big", new BigInteger("123456789012345678901234567890"));
    body.put("flag", Boolean.FALSE);
    body.put("list", new ArrayList<>(Arrays.asList("a", null, 1, List.of())));
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("z", 1);
    inner.put("a", null);
    inner.put("m", Map.of());
    body.put("nested", inner);
    body.put("record", new Nested("Ms A", Instant.parse("2024-05-17T15:58:38.342838Z")));
    body.put("enum", Colour.RED);
    body.put("not_string_keys", Map.of(1, "one"));

    assertThat(new String(JsonStreams.write(body), StandardCharsets.UTF_8))
        .isEqualTo(new String(Json.write(body), StandardCharsets.UTF_8))
        .doesNotContain("left_out");
    assertThat(JsonStreams.write((Object) null)).isEqualTo(Json.write(null));
    assertThat(JsonStreams.write(new Nested("x", null))).isEqualTo(Json.write(new Nested("x", null)));
  }

  @Test
  void readsAsTheMapperReads() {
    String[] bodies = {
      "{\"text\":\"hi\",\"id\":\"740e5834-3a29-46b4-9a6f-16142fde533a\",\"uri\":\"https://x/y?z=1\","
          + "\"at\":\"2024-05-17T15:58:38.342838Z\",\"number\":3}",
      "{\"text\":null,\"id\":null,\"uri\":null,\"at\":null,\"number\":null}",
      "{}",
      "{\"text\":12,\"number\":\"7\",\"at\":\"2024-05-17 15:58:38.342838\"}",
      "{\"text\":true,\"number\":2.0,\"at\":1715961518}",
      "{\"unknown\":{\"deep\":[1,{\"x\":[]}]},\"text\":\"after\",\"more\":[[],{}],\"number\":-1}",
      "{\"text\":\"first\",\"text\":\"last wins\"}",
      "{\"id\":\"\",\"at\":\"\",\"text\":\"\"}",
      "{\"at\":\"2024-05-17T16:58:38+01:00\"}",
    };
    for (String body : bodies) {
      assertThat(read(body)).as(body).isEqualTo(viaMapper(body));
    }
  }

  @Test
  void anEmptyBodyIsNotJsonAndNullIsNull() {
    assertThatThrownBy(() -> JsonStreams.read(new byte[0], p -> "x")).isInstanceOf(UncheckedIOException.class);
    String none = JsonStreams.read("null".getBytes(StandardCharsets.UTF_8), p -> "x");
    assertThat(none).isNull();
  }

  @Test
  void refusesTheWrongShapes() {
    assertThatThrownBy(() -> read("[1]")).isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> read("{\"text\":{\"a\":1}}")).isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> read("{\"number\":\"seven\"}")).isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> read("{\"number\":true}")).isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> read("{\"text\":\"unterminated}")).isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> read("{\"id\":\"740e5834-3a29-46b4-9a6f\"}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> read("{\"id\":\"740e5834-3a29-46b4-9a6f-16142fde533g\"}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> read("{\"uri\":\"not a uri\"}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> read("{\"at\":\"yesterday\"}")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsFractionalEpochSecondsToTheNanosecond() {
    assertThat(read("{\"at\":1715961518.342838}").at()).isEqualTo(Instant.parse("2024-05-17T15:58:38.342838Z"))
        .isEqualTo(viaMapper("{\"at\":1715961518.342838}").at());
  }
}
