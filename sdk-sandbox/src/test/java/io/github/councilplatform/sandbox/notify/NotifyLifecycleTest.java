package io.github.councilplatform.sandbox.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.notify.NotifyApi.Resp;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Runs on a frozen clock: time moves only when the test advances it. */
class NotifyLifecycleTest {
  private static Sandbox sandbox;
  private NotifyApi api;

  @BeforeAll
  static void start() {
    sandbox = FrozenSandbox.start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @BeforeEach
  void setUp() {
    sandbox.reset();
    api = new NotifyApi(sandbox);
  }

  private JsonNode get(String key, String id) {
    return api.get(key, "/v2/notifications/" + id).json();
  }

  private String status(String key, String id) {
    return get(key, id).path("status").asText();
  }

  private void awaitAttempts(int n) {
    NotifyApi.await(() -> api.admin("GET", "/notify/callbacks", null).json().path("attempts").size() == n);
  }

  @Test
  void emailMovesFromCreatedToSendingToDeliveredOnTheSandboxClock() {
    String id = api.sendEmail(api.liveKey, "resident@example.com").json().path("id").asText();
    JsonNode created = get(api.liveKey, id);
    assertThat(created.path("status").asText()).isEqualTo("created");
    assertThat(created.path("email_address").asText()).isEqualTo("resident@example.com");
    assertThat(created.path("type").asText()).isEqualTo("email");
    assertThat(created.path("subject").asText()).isEqualTo("Hello Alex");
    assertThat(created.path("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
    assertThat(created.path("sent_at").isNull()).isTrue();
    assertThat(created.path("completed_at").isNull()).isTrue();
    assertThat(created.has("created_by_name")).isTrue();

    api.advance(Duration.ofSeconds(2));
    NotifyApi.await(() -> status(api.liveKey, id).equals("sending"));
    assertThat(get(api.liveKey, id).path("sent_at").isNull()).isFalse();

    api.advance(Duration.ofSeconds(10));
    NotifyApi.await(() -> status(api.liveKey, id).equals("delivered"));
    assertThat(get(api.liveKey, id).path("completed_at").asText()).endsWith("Z");
  }

  @Test
  void costDataIsReadyOnceSent() {
    String sms = api.sendSms(api.liveKey, "07700900456").json().path("id").asText();
    String international = api.sendSms(api.liveKey, "+33 6 12 34 56 78").json().path("id").asText();
    String email = api.sendEmail(api.liveKey, "resident@example.com").json().path("id").asText();
    JsonNode before = get(api.liveKey, sms);
    assertThat(before.path("is_cost_data_ready").asBoolean()).isFalse();
    assertThat(before.path("cost_in_pounds").isNull()).isTrue();
    assertThat(before.path("cost_details").size()).isZero();
    api.advance(Duration.ofSeconds(10));
    NotifyApi.await(() -> get(api.liveKey, sms).path("is_cost_data_ready").asBoolean());
    JsonNode after = get(api.liveKey, sms);
    assertThat(after.path("cost_details").path("billable_sms_fragments").asInt()).isEqualTo(1);
    assertThat(after.path("cost_details").path("sms_rate").asDouble()).isEqualTo(0.0227);
    assertThat(after.path("cost_in_pounds").asDouble()).isEqualTo(0.0227);
    JsonNode abroad = get(api.liveKey, international);
    assertThat(abroad.path("status").asText()).isEqualTo("sent");
    assertThat(abroad.path("cost_details").path("international_rate_multiplier").asDouble()).isEqualTo(2.0);
    assertThat(abroad.path("cost_in_pounds").asDouble()).isEqualTo(0.0454);
    assertThat(get(api.liveKey, email).path("cost_in_pounds").asDouble()).isZero();
    assertThat(Costs.fragments("x".repeat(160))).isEqualTo(1);
    assertThat(Costs.fragments("x".repeat(161))).isEqualTo(2);
    assertThat(Costs.fragments("\u2603".repeat(71))).isEqualTo(2);
  }

  @Test
  void testKeySimulatedFailures() {
    String temp = api.sendEmail(api.testKey, "temp-fail@simulator.notify").json().path("id").asText();
    String perm = api.sendEmail(api.testKey, "perm-fail@simulator.notify").json().path("id").asText();
    String smsTemp = api.sendSms(api.testKey, "07700900003").json().path("id").asText();
    String smsPerm = api.sendSms(api.testKey, "+447700900002").json().path("id").asText();
    String ok = api.sendSms(api.testKey, "07700900456").json().path("id").asText();
    api.advance(Duration.ofSeconds(10));
    NotifyApi.await(() -> status(api.testKey, ok).equals("delivered"));
    assertThat(status(api.testKey, temp)).isEqualTo("temporary-failure");
    assertThat(status(api.testKey, perm)).isEqualTo("permanent-failure");
    assertThat(status(api.testKey, smsTemp)).isEqualTo("temporary-failure");
    assertThat(status(api.testKey, smsPerm)).isEqualTo("permanent-failure");
  }

  @Test
  void letterIsAcceptedThenReceivedAndItsPdfBecomesReady() {
    Resp sent = api.sendLetter(api.liveKey);
    assertThat(sent.status()).isEqualTo(201);
    String id = sent.json().path("id").asText();
    JsonNode got = get(api.liveKey, id);
    assertThat(got.path("status").asText()).isEqualTo("accepted");
    assertThat(got.path("line_1").asText()).isEqualTo("Alex Smith");
    assertThat(got.path("postcode").asText()).isEqualTo("SW1A 1AA");
    assertThat(got.path("postage").asText()).isEqualTo("second");
    assertThat(got.path("estimated_delivery").asText()).endsWith("Z");

    Resp notReady = api.get(api.liveKey, "/v2/notifications/" + id + "/pdf");
    assertThat(notReady.status()).isEqualTo(400);
    assertThat(notReady.errorType()).isEqualTo("PDFNotReadyError");
    assertThat(notReady.message()).isEqualTo("PDF not available yet, try again later");

    api.advance(Duration.ofSeconds(6));
    Resp pdf = api.get(api.liveKey, "/v2/notifications/" + id + "/pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    String text = new String(pdf.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(text).startsWith("%PDF-1.4").contains("(Alex Smith)").contains("startxref").endsWith("%%EOF\n");

    api.advance(Duration.ofHours(25));
    NotifyApi.await(() -> status(api.liveKey, id).equals("received"));
  }

  @Test
  void pdfOfANonLetter() {
    String id = api.sendEmail(api.liveKey, "resident@example.com").json().path("id").asText();
    Resp r = api.get(api.liveKey, "/v2/notifications/" + id + "/pdf");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.message()).isEqualTo("Notification is not a letter");
  }

  @Test
  void precompiledLetterIsScannedThenAccepted() {
    byte[] pdf = LetterPdf.render(java.util.List.of("A Resident", "1 High St", "SW1A 1AA"), "Hi", "Body");
    Resp r = api.post(api.liveKey, "/v2/notifications/letter", Map.of("reference", "pre-1",
        "content", Base64.getEncoder().encodeToString(pdf), "postage", "first"));
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().path("reference").asText()).isEqualTo("pre-1");
    assertThat(r.json().path("postage").asText()).isEqualTo("first");
    String id = r.json().path("id").asText();
    assertThat(status(api.liveKey, id)).isEqualTo("pending-virus-check");
    assertThat(api.get(api.liveKey, "/v2/notifications/" + id + "/pdf").errorType()).isEqualTo("PDFNotReadyError");
    api.advance(Duration.ofSeconds(6));
    NotifyApi.await(() -> status(api.liveKey, id).equals("accepted"));
    assertThat(api.get(api.liveKey, "/v2/notifications/" + id + "/pdf").bytes()).isEqualTo(pdf);
  }

  @Test
  void precompiledLetterThatIsNotAPdfFailsValidationLater() {
    Resp r = api.post(api.liveKey, "/v2/notifications/letter", Map.of("reference", "pre-2",
        "content", Base64.getEncoder().encodeToString("just text".getBytes())));
    String id = r.json().path("id").asText();
    api.advance(Duration.ofSeconds(6));
    NotifyApi.await(() -> status(api.liveKey, id).equals("validation-failed"));
  }

  @Test
  void precompiledLetterRules() {
    // Python's lenient b64decode drops "%" (so "%%%" is an empty file), but refuses bad padding.
    Resp badBase64 = api.post(api.liveKey, "/v2/notifications/letter", Map.of("reference", "r",
        "content", "abcde"));
    assertThat(badBase64.message()).isEqualTo("Cannot decode letter content (invalid base64 encoding)");
    Resp badPostage = api.post(api.liveKey, "/v2/notifications/letter", Map.of("reference", "r",
        "content", "JVBERi0=", "postage", "express"));
    assertThat(badPostage.message()).isEqualTo("postage invalid. It must be either first, second or economy.");
    Resp noReference = api.post(api.liveKey, "/v2/notifications/letter", Map.of("content", "JVBERi0="));
    assertThat(noReference.message()).isEqualTo("reference is a required property");
  }

  @Test
  void deliveryReceiptIsPostedWithTheBearerTokenAndRetriedOn5xx() throws Exception {
    try (CallbackReceiver receiver = new CallbackReceiver()) {
      Resp set = api.admin("POST", "/notify/callbacks/delivery-status", "{\"url\": \"" + receiver.url()
          + "\", \"bearerToken\": \"callback-token-123\"}");
      assertThat(set.status()).isEqualTo(200);
      receiver.respondWith(500, 429);
      String id = api.post(api.liveKey, "/v2/notifications/sms", Map.of("phone_number", "07700900456",
          "template_id", api.smsTemplate, "personalisation", Map.of("name", "Sam"), "reference", "ref-9"))
          .json().path("id").asText();
      // Wait for each attempt to be recorded (after its response) before moving the clock on.
      api.advance(Duration.ofSeconds(10));
      awaitAttempts(1);
      api.advance(Duration.ofSeconds(300));
      awaitAttempts(2);
      api.advance(Duration.ofSeconds(300));
      awaitAttempts(3);
      api.advance(Duration.ofSeconds(600));
      NotifyApi.pause(100);
      assertThat(receiver.received).hasSize(3);

      CallbackReceiver.Received last = receiver.received.get(2);
      assertThat(last.authorization()).isEqualTo("Bearer callback-token-123");
      assertThat(last.contentType()).isEqualTo("application/json");
      JsonNode body = io.github.councilplatform.sandbox.internal.Responses.JSON.readTree(last.body());
      assertThat(body.path("id").asText()).isEqualTo(id);
      assertThat(body.path("reference").asText()).isEqualTo("ref-9");
      assertThat(body.path("to").asText()).isEqualTo("07700900456");
      assertThat(body.path("status").asText()).isEqualTo("delivered");
      assertThat(body.path("notification_type").asText()).isEqualTo("sms");
      assertThat(body.path("template_id").asText()).isEqualTo(api.smsTemplate);
      assertThat(body.path("template_version").isInt()).isTrue();
      assertThat(body.path("completed_at").asText()).endsWith("Z");
      assertThat(body.path("sent_at").asText()).endsWith("Z");
      assertThat(body.path("created_at").asText()).endsWith("Z");
      JsonNode attempts = api.admin("GET", "/notify/callbacks", null).json().path("attempts");
      assertThat(attempts).hasSize(3);
      assertThat(attempts.get(0).path("status").asInt()).isEqualTo(500);
      assertThat(attempts.get(0).path("attempt").asInt()).isEqualTo(1);
      assertThat(attempts.get(2).path("attempt").asInt()).isEqualTo(3);
      assertThat(attempts.get(2).path("at").asText()).endsWith("Z");
    }
  }

  @Test
  void otherClientErrorsAreNotRetried() throws Exception {
    try (CallbackReceiver receiver = new CallbackReceiver()) {
      api.admin("POST", "/notify/callbacks/delivery-status", "{\"url\": \"" + receiver.url()
          + "\", \"bearerToken\": \"callback-token-123\"}");
      receiver.respondWith(400);
      api.sendEmail(api.testKey, "perm-fail@simulator.notify");
      api.advance(Duration.ofSeconds(10));
      awaitAttempts(1);
      assertThat(receiver.received.get(0).body()).contains("\"status\":\"permanent-failure\"");
      api.advance(Duration.ofSeconds(301));
      NotifyApi.pause(100);
      assertThat(receiver.received).hasSize(1);
    }
  }

  @Test
  void connectionErrorsAreRetried() throws Exception {
    String url;
    try (CallbackReceiver closed = new CallbackReceiver()) {
      url = closed.url();
    }
    api.admin("POST", "/notify/callbacks/delivery-status", "{\"url\": \"" + url
        + "\", \"bearerToken\": \"callback-token-123\"}");
    api.sendEmail(api.liveKey, "resident@example.com");
    api.advance(Duration.ofSeconds(10));
    awaitAttempts(1);
    api.advance(Duration.ofSeconds(300));
    awaitAttempts(2);
    assertThat(api.admin("GET", "/notify/callbacks", null).json().path("attempts").get(1).path("status").asInt())
        .isEqualTo(-1);
  }

  @Test
  void callbackSettingsAreValidated() {
    Resp shortToken = api.admin("POST", "/notify/callbacks/delivery-status",
        "{\"url\": \"https://example.com/cb\", \"bearerToken\": \"short\"}");
    assertThat(shortToken.status()).isEqualTo(400);
    assertThat(shortToken.json().path("message").asText()).contains("at least 10 characters");
  }

  @Test
  void smokeTestRecipientsGetNoCallback() throws Exception {
    try (CallbackReceiver receiver = new CallbackReceiver()) {
      api.admin("POST", "/notify/callbacks/delivery-status", "{\"url\": \"" + receiver.url()
          + "\", \"bearerToken\": \"callback-token-123\"}");
      api.sendEmail(api.liveKey, "simulate-delivered@notifications.service.gov.uk");
      api.advance(Duration.ofSeconds(10));
      NotifyApi.pause(100);
      assertThat(receiver.received).isEmpty();
    }
  }

  @Test
  void notificationsOutsideTheSevenDayRetentionAreGone() {
    String id = api.sendEmail(api.liveKey, "resident@example.com").json().path("id").asText();
    api.advance(Duration.ofDays(8));
    assertThat(api.get(api.liveKey, "/v2/notifications/" + id).status()).isEqualTo(404);
    assertThat(api.get(api.liveKey, "/v2/notifications").json().path("notifications").size()).isZero();
  }
}
