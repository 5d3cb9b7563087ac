package io.github.councilplatform.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.core.SignatureVerificationException;
import org.junit.jupiter.api.Test;

/** A missing body is refused like a forged message, with the verifier's own typed exception. */
class PayWebhooksNullInputTest {
  private static final String SECRET = "webhook-secret-for-null-tests";
  private final PayWebhooks webhooks = PayWebhooks.withSecrets(SECRET);

  @Test
  void nullBytesAreRefusedTyped() {
    assertThatThrownBy(() -> webhooks.verify((byte[]) null, "abc"))
        .isInstanceOf(SignatureVerificationException.class).hasMessageContaining("no body");
  }

  @Test
  void nullTextIsRefusedTyped() {
    assertThatThrownBy(() -> webhooks.verify((String) null, null))
        .isInstanceOf(SignatureVerificationException.class).hasMessageContaining("no body");
  }

  @Test
  void nullBodyIsNeverValid() {
    assertThat(webhooks.isValid(null, PayWebhooks.sign("{}", SECRET))).isFalse();
  }
}
