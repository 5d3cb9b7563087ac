package io.github.councilplatform.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Header lookups as verifiers read them: ignoring case, as HTTP does, with absent and null alike. */
class InboundHeadersTest {
  @Test
  void aMapIsLookedUpIgnoringCase() {
    InboundHeaders h = InboundHeaders.of(Map.of("Pay-Signature", "abc", "authorization", "Bearer x"));

    assertThat(h.get("pay-signature")).isEqualTo("abc");
    assertThat(h.get("AUTHORIZATION")).isEqualTo("Bearer x");
    assertThat(h.get("Content-Type")).isNull();
    assertThat(h.get(null)).isNull();
  }

  @Test
  void nullNamesAndValuesCountAsAbsentAndTheFirstSpellingWins() {
    Map<String, String> raw = new LinkedHashMap<>();
    raw.put("X-One", "first");
    raw.put("x-one", "second");
    raw.put("X-Null", null);
    raw.put(null, "no name");

    InboundHeaders h = InboundHeaders.of(raw);

    assertThat(h.get("X-ONE")).isEqualTo("first");
    assertThat(h.get("x-null")).isNull();
  }

  @Test
  void theMapIsCopiedSoLaterChangesDoNotAlterWhatWasVerified() {
    Map<String, String> raw = new HashMap<>(Map.of("Authorization", "Bearer one"));
    InboundHeaders h = InboundHeaders.of(raw);

    raw.put("Authorization", "Bearer two");

    assertThat(h.get("authorization")).isEqualTo("Bearer one");
  }

  @Test
  void oneHeader() {
    InboundHeaders h = InboundHeaders.of("Authorization", "Bearer x");

    assertThat(h.get("authorization")).isEqualTo("Bearer x");
    assertThat(h.get("Pay-Signature")).isNull();
    assertThatThrownBy(() -> InboundHeaders.of(null, "x")).isInstanceOf(NullPointerException.class);
  }
}
