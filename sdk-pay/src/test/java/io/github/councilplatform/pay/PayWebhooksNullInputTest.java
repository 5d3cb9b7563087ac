package io.github.councilplatform.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.core.InboundHeaders;
import io.github.councilplatform.core.SignatureVerificationException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A missing body is refused like a forged message, with the verifier's own typed exception. */
class PayWebhooksNullInputTest {
  private static final String SECRET = "webhook-secret-for-null-tests";
  private final PayWebhookVerifier webhooks = PayWebhooks.verifier(SECRET);

  @Test
  void nullBytesAreRefusedTyped() {
    assertThatThrownBy(() -> webhooks.verify("abc", (byte[]) null))
        .isInstanceOf(SignatureVerificationException.class).hasMessageContaining("no body");
  }

  @Test
  void nullTextIsRefusedTyped() {
    assertThatThrownBy(() -> webhooks.verify("abc", (String) null))
        .isInstanceOf(SignatureVerificationException.class).hasMessageContaining("no body");
  }

  @Test
  void nullSignatureOrHeadersAreRefusedTypedBeforeTheBody() {
    assertThatThrownBy(() -> webhooks.verify((String) null, (byte[]) null))
        .isInstanceOf(SignatureVerificationException.class).hasMessageContaining("Pay-Signature");
    assertThatThrownBy(() -> webhooks.verify((InboundHeaders) null, "{}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SignatureVerificationException.class).hasMessageContaining("Pay-Signature");
  }

  @Test
  void nullBodyIsNeverValid() {
    assertThat(webhooks.isValid(PayWebhooks.sign("{}", SECRET), null)).isFalse();
  }
}
