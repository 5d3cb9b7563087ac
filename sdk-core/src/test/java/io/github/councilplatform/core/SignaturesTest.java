package io.github.councilplatform.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignaturesTest {
  private static final byte[] BODY = "{\"event_type\":\"card_payment_succeeded\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void hmacMatchesKnownVector() {
    // RFC 4231 test case 2.
    assertThat(Signatures.hmacSha256Hex("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void verifiesAgainstAnyOfSeveralSecrets() {
    String sig = Signatures.hmacSha256Hex("new-secret", BODY);

    assertThat(Signatures.hmacSha256HexMatches(BODY, sig, List.of("old-secret", "new-secret"))).isTrue();
    assertThat(Signatures.hmacSha256HexMatches(BODY, sig.toUpperCase(), List.of("new-secret"))).isTrue();
    assertThat(Signatures.hmacSha256HexMatches(BODY, sig, List.of("old-secret"))).isFalse();
  }

  @Test
  void rejectsTamperedBodyMissingSignatureAndNoSecrets() {
    String sig = Signatures.hmacSha256Hex("secret", BODY);
    byte[] tampered = "{\"event_type\":\"card_payment_failed\"}".getBytes(StandardCharsets.UTF_8);

    assertThat(Signatures.hmacSha256HexMatches(tampered, sig, List.of("secret"))).isFalse();
    assertThat(Signatures.hmacSha256HexMatches(BODY, null, List.of("secret"))).isFalse();
    assertThat(Signatures.hmacSha256HexMatches(BODY, "", List.of("secret"))).isFalse();
    assertThat(Signatures.hmacSha256HexMatches(BODY, sig, List.of())).isFalse();
  }

  @Test
  void bearerTokensAreMatchedExactlyWithRotation() {
    assertThat(Signatures.bearerTokenMatches("Bearer token-two", List.of("token-one", "token-two"))).isTrue();
    assertThat(Signatures.bearerTokenMatches("bearer token-one", List.of("token-one"))).isTrue();
    assertThat(Signatures.bearerTokenMatches("Bearer token-on", List.of("token-one"))).isFalse();
    assertThat(Signatures.bearerTokenMatches("Bearer token-one-extra", List.of("token-one"))).isFalse();
    assertThat(Signatures.bearerTokenMatches("Basic token-one", List.of("token-one"))).isFalse();
    assertThat(Signatures.bearerTokenMatches(null, List.of("token-one"))).isFalse();
    assertThat(Signatures.bearerTokenMatches("Bearer ", List.of(""))).isFalse();
  }

  @Test
  void constantTimeEqualsHandlesNulls() {
    assertThat(Signatures.constantTimeEquals("a", "a")).isTrue();
    assertThat(Signatures.constantTimeEquals("a", "b")).isFalse();
    assertThat(Signatures.constantTimeEquals(null, "a")).isFalse();
  }
}
