package io.github.councilplatform.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsTest {
  record Stamped(Instant createdAt) {}

  private static Instant read(String json) {
    return Json.read(json.getBytes(StandardCharsets.UTF_8), Stamped.class).createdAt();
  }

  @Test
  void readsEveryFormThePlatformsAndTheirDocsUse() {
    Instant expected = Instant.parse("2024-05-17T15:58:38.342838Z");
    assertThat(read("{\"created_at\": \"2024-05-17T15:58:38.342838Z\"}")).isEqualTo(expected);
    assertThat(read("{\"created_at\": \"2024-05-17T16:58:38.342838+01:00\"}")).isEqualTo(expected);
    assertThat(read("{\"created_at\": \"2024-05-17 15:58:38.342838\"}")).isEqualTo(expected);
    assertThat(read("{\"created_at\": 1715961518}")).isEqualTo(Instant.ofEpochSecond(1715961518));
    assertThat(read("{\"created_at\": null}")).isNull();
  }

  @Test
  void refusesWhatIsNotATimestamp() {
    assertThatThrownBy(() -> read("{\"created_at\": \"yesterday\"}")).isInstanceOf(UncheckedIOException.class);
  }
}
