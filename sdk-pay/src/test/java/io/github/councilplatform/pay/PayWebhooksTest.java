package io.github.councilplatform.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.councilplatform.core.InboundHeaders;
import io.github.councilplatform.core.InvalidInboundMessageException;
import io.github.councilplatform.core.SignatureVerificationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayWebhooksTest {
  private static final String SECRET = "webhook_live_5p7y3w0p2j7x0q1e9a4f";
  private static final String OLD_SECRET = "webhook_live_0ld0ld0ld0ld0ld0ld0l";

  /** A message as pay-webhooks sends it (reference/pay.md section 12); the resource has no _links. */
  private static final String MESSAGE = """
      {"webhook_message_id": "s0wjen129ejalk21nfjkdknf1jejklh",
       "created_date": "2026-11-27T10:20:24.000Z",
       "resource_id": "hu20sqlact5260q2nanm0q8u93",
       "api_version": 1,
       "resource_type": "payment",
       "event_type": "card_payment_captured",
       "resource": {"amount": 5000, "description": "Pay your council tax", "reference": "12345",
         "language": "en", "email": "amala.smith@example.org",
         "state": {"status": "success", "finished": true},
         "payment_id": "hu20sqlact5260q2nanm0q8u93", "payment_provider": "stripe",
         "created_date": "2026-11-27T10:15:00.000Z", "return_url": "https://council.example/pay/return",
         "refund_summary": {"status": "available", "amount_available": 5000, "amount_submitted": 0},
         "settlement_summary": {"capture_submit_time": "2026-11-27T10:20:00.000Z", "captured_date": "2026-11-27"},
         "delayed_capture": false, "moto": false, "fee": 5, "net_amount": 4995,
         "metadata": {"ledger_code": "AB100"},
         "card_details": {"last_digits_card_number": "1234", "first_digits_card_number": "123456",
           "cardholder_name": "Amala Smith", "expiry_date": "04/29", "card_brand": "Visa", "card_type": "debit"},
         "authorisation_summary": {"three_d_secure": {"required": true}}}}
      """;

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void matchesGovUkPaysPublishedTestVector() {
    // pay-webhooks WebhookMessageSignatureGeneratorTest, re-computed independently (reference/pay.md section 12).
    String body = "We captured a £10 payment! 💷";
    String key = "This is my secret key! 🔑";
    String expected = "a678c8326237dc08acabed4ec3948ee82f94c4b35cdc44b68f26fa8ef595efff";

    assertThat(PayWebhooks.sign(body, key)).isEqualTo(expected);
    assertThat(PayWebhooks.verifier(key).isValid(expected, bytes(body))).isTrue();
    assertThat(PayWebhooks.verifier(key).isValid(expected.replace('a', 'b'), bytes(body))).isFalse();
  }

  @Test
  void verifiesThenReadsAGenuineMessage() throws Exception {
    byte[] body = bytes(MESSAGE);

    WebhookEvent event = PayWebhooks.verifier(SECRET).verify(PayWebhooks.sign(body, SECRET), body);

    assertThat(event.webhookMessageId()).isEqualTo("s0wjen129ejalk21nfjkdknf1jejklh");
    assertThat(event.createdDate()).isEqualTo(Instant.parse("2026-11-27T10:20:24Z"));
    assertThat(event.resourceId()).isEqualTo("hu20sqlact5260q2nanm0q8u93");
    assertThat(event.apiVersion()).isEqualTo(1);
    assertThat(event.eventType()).isEqualTo(WebhookEventType.CARD_PAYMENT_CAPTURED);
    assertThat(event.isPaymentEvent()).isTrue();
    Payment p = event.paymentResource().orElseThrow();
    assertThat(p.amount()).isEqualTo(5000L);
    assertThat(p.isSuccess()).isTrue();
    assertThat(p.links()).isNull();
    assertThat(p.netAmount()).isEqualTo(4995L);
    assertThat(event.toString()).doesNotContain("amala.smith@example.org", "Amala Smith");
    // The resource is GOV.UK Pay's payment object: it must fit the published schema.
    assertThat(PaySpec.INSTANCE.checkComponent(new ObjectMapper().readTree(MESSAGE).get("resource"),
        "PaymentWithAllLinks")).isEmpty();
  }

  @Test
  void refusesATamperedBody() {
    String signature = PayWebhooks.sign(MESSAGE, SECRET);
    byte[] tampered = bytes(MESSAGE.replace("\"amount\": 5000", "\"amount\": 5"));

    assertThatThrownBy(() -> PayWebhooks.verifier(SECRET).verify(signature, tampered))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("does not match");
  }

  @Test
  void refusesAMessageSignedWithAnotherSecret() {
    String signature = PayWebhooks.sign(MESSAGE, "webhook_live_someoneelse");

    assertThatThrownBy(() -> PayWebhooks.verifier(SECRET).verify(signature, MESSAGE))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void refusesAMissingOrBlankSignature() {
    PayWebhookVerifier webhooks = PayWebhooks.verifier(SECRET);

    assertThatThrownBy(() -> webhooks.verify(null, MESSAGE)).isInstanceOf(SignatureVerificationException.class)
        .hasMessageContaining("Pay-Signature");
    assertThatThrownBy(() -> webhooks.verify(" ", MESSAGE)).isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void acceptsAnyOfSeveralSecretsForRotationAndSeveralServices() {
    PayWebhookVerifier webhooks = PayWebhooks.verifier(List.of(SECRET, OLD_SECRET));

    assertThat(webhooks.verify(PayWebhooks.sign(MESSAGE, OLD_SECRET), MESSAGE).webhookMessageId()).isNotBlank();
    assertThat(webhooks.verify(PayWebhooks.sign(MESSAGE, SECRET), MESSAGE).webhookMessageId()).isNotBlank();
    assertThatThrownBy(() -> PayWebhooks.verifier(SECRET).verify(PayWebhooks.sign(MESSAGE, OLD_SECRET), MESSAGE))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void checksTheSignatureBeforeParsing() {
    String notJson = "this is not JSON <html>";

    // Unsigned garbage is refused for its signature, without being parsed.
    assertThatThrownBy(() -> PayWebhooks.verifier(SECRET).verify("00ff", notJson))
        .isInstanceOf(SignatureVerificationException.class).hasMessageContaining("does not match");
    // Correctly signed garbage is refused for its content.
    assertThatThrownBy(() -> PayWebhooks.verifier(SECRET).verify(PayWebhooks.sign(notJson, SECRET), notJson))
        .isExactlyInstanceOf(InvalidInboundMessageException.class).hasMessageContaining("correctly signed")
        .hasMessageNotContaining("<html>");
    String array = "[1, 2]";
    assertThatThrownBy(() -> PayWebhooks.verifier(SECRET).verify(PayWebhooks.sign(array, SECRET), array))
        .isInstanceOf(InvalidInboundMessageException.class).hasNoCause();
  }

  @Test
  void comparesResourceTypeIgnoringCaseAndToleratesUnknownEventTypes() {
    String message = MESSAGE.replace("\"resource_type\": \"payment\"", "\"resource_type\": \"PAYMENT\"")
        .replace("card_payment_captured", "card_payment_settled");

    WebhookEvent event = PayWebhooks.verifier(SECRET).verify(PayWebhooks.sign(message, SECRET), message);

    assertThat(event.isPaymentEvent()).isTrue();
    assertThat(event.paymentResource()).isPresent();
    assertThat(event.eventType()).isEqualTo(WebhookEventType.UNKNOWN);
    assertThat(event.eventTypeValue()).isEqualTo("card_payment_settled");
  }

  @Test
  void readsEveryKnownEventType() {
    for (WebhookEventType type : WebhookEventType.values()) {
      if (type == WebhookEventType.UNKNOWN) {
        continue;
      }
      String message = MESSAGE.replace("card_payment_captured", type.wireValue());
      assertThat(PayWebhooks.verifier(SECRET).verify(PayWebhooks.sign(message, SECRET), message).eventType())
          .isEqualTo(type);
    }
  }

  @Test
  void anotherResourceTypeHasNoPayment() {
    String message = MESSAGE.replace("\"resource_type\": \"payment\"", "\"resource_type\": \"dispute\"");

    WebhookEvent event = PayWebhooks.verifier(SECRET).verify(PayWebhooks.sign(message, SECRET), message);

    assertThat(event.isPaymentEvent()).isFalse();
    assertThat(event.paymentResource()).isEmpty();
  }

  @Test
  void readsTheSignatureFromTheRequestHeadersIgnoringCase() {
    PayWebhookVerifier webhooks = PayWebhooks.verifier(SECRET);
    byte[] body = bytes(MESSAGE);

    WebhookEvent event = webhooks.verify(InboundHeaders.of("pay-signature", PayWebhooks.sign(body, SECRET)), body);

    assertThat(event.webhookMessageId()).isEqualTo("s0wjen129ejalk21nfjkdknf1jejklh");
    assertThatThrownBy(() -> webhooks.verify(InboundHeaders.of(Map.of("Authorization", "x")), body))
        .isInstanceOf(SignatureVerificationException.class).hasMessageContaining("Pay-Signature");
    assertThatThrownBy(() -> webhooks.verify(name -> PayWebhooks.sign(body, "webhook_live_other"), body))
        .isInstanceOf(SignatureVerificationException.class).hasMessageContaining("does not match");
  }

  @Test
  void neverShowsTheSecretsAndRefusesNone() {
    assertThat(PayWebhooks.verifier(SECRET, OLD_SECRET).toString()).doesNotContain(SECRET, OLD_SECRET)
        .contains("2");
    assertThatThrownBy(() -> PayWebhooks.verifier(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PayWebhooks.verifier(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
