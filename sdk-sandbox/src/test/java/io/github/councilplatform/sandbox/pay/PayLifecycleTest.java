package io.github.councilplatform.sandbox.pay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The payment state machine of reference/pay.md section 10 on the sandbox clock. */
@ExtendWith(SandboxExtension.class)
class PayLifecycleTest {
  private PayHttp pay;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    pay = new PayHttp(sandbox);
  }

  @Test
  void successfulCardPaymentIsCapturedAtOnce() {
    String id = pay.createWebPayment(2500, "S1").path("payment_id").asText();

    pay.complete(id, "4444333322221111", true);

    JsonNode p = pay.get("/v1/payments/" + id).json();
    assertThat(PayHttp.status(p)).isEqualTo("success");
    assertThat(p.path("state").path("finished").asBoolean()).isTrue();
    assertThat(p.path("state").has("code")).isFalse();
    assertThat(p.path("card_details").path("last_digits_card_number").asText()).isEqualTo("1111");
    assertThat(p.path("card_details").path("first_digits_card_number").asText()).isEqualTo("444433");
    assertThat(p.path("card_details").path("card_brand").asText()).isEqualTo("Visa");
    assertThat(p.path("card_brand").asText()).isEqualTo("Visa");
    assertThat(p.path("card_details").path("billing_address").path("country").asText()).isEqualTo("GB");
    assertThat(p.path("provider_id").asText()).isNotEmpty();
    assertThat(p.path("settlement_summary").path("capture_submit_time").asText()).endsWith("Z");
    assertThat(p.path("settlement_summary").path("captured_date").asText()).matches("\\d{4}-\\d\\d-\\d\\d");
    assertThat(p.path("refund_summary").path("status").asText()).isEqualTo("available");
    assertThat(p.path("refund_summary").path("amount_available").asInt()).isEqualTo(2500);
    assertThat(p.path("_links").has("next_url")).isFalse();
    assertThat(p.path("_links").has("cancel")).isFalse();
  }

  @Test
  void submittedPaymentWaitsForTheUserToConfirm() {
    String id = pay.createWebPayment(2500, "S1").path("payment_id").asText();

    pay.complete(id, "4242424242424242", false);

    JsonNode p = pay.get("/v1/payments/" + id).json();
    assertThat(PayHttp.status(p)).isEqualTo("submitted");
    assertThat(p.path("_links").has("next_url")).as("resumable").isTrue();
    assertThat(p.path("_links").has("cancel")).isTrue();
  }

  @Test
  void declinedCardFailsWithP0010() {
    String id = pay.createWebPayment(2500, "S1").path("payment_id").asText();

    pay.complete(id, "4000000000000002", true);

    JsonNode state = pay.get("/v1/payments/" + id).json().path("state");
    assertThat(state.path("status").asText()).isEqualTo("failed");
    assertThat(state.path("finished").asBoolean()).isTrue();
    assertThat(state.path("code").asText()).isEqualTo("P0010");
    assertThat(state.path("message").asText()).isEqualTo("Payment method rejected");
  }

  @Test
  void providerErrorCardEndsInErrorP0050() {
    String id = pay.createWebPayment(2500, "S1").path("payment_id").asText();

    pay.complete(id, "4000000000000119", true);

    JsonNode state = pay.get("/v1/payments/" + id).json().path("state");
    assertThat(state.path("status").asText()).isEqualTo("error");
    assertThat(state.path("code").asText()).isEqualTo("P0050");
    assertThat(state.path("message").asText()).isEqualTo("Payment provider returned an error");
  }

  @Test
  void unfinishedPaymentsExpireAfter90MinutesWithP0020(Sandbox sandbox) {
    String created = pay.createWebPayment(100, "E1").path("payment_id").asText();
    String submitted = pay.createWebPayment(100, "E2").path("payment_id").asText();
    pay.complete(submitted, "4444333322221111", false);
    String paid = pay.createWebPayment(100, "E3").path("payment_id").asText();
    pay.complete(paid, "4444333322221111", true);

    sandbox.advanceClock(Duration.ofMinutes(89));
    sleep(150);
    assertThat(PayHttp.status(pay.get("/v1/payments/" + created).json())).isEqualTo("created");

    sandbox.advanceClock(Duration.ofMinutes(2));
    JsonNode expired = pay.awaitPayment(created, p -> PayHttp.status(p).equals("failed"));
    assertThat(expired.path("state").path("code").asText()).isEqualTo("P0020");
    assertThat(expired.path("state").path("message").asText()).isEqualTo("Payment expired");
    assertThat(PayHttp.status(pay.awaitPayment(submitted, p -> PayHttp.status(p).equals("failed"))))
        .isEqualTo("failed");
    assertThat(PayHttp.status(pay.get("/v1/payments/" + paid).json())).isEqualTo("success");
  }

  @Test
  void delayedCaptureWaitsInCapturableUntilTheServiceCaptures() {
    String id = pay.post("/v1/payments", Map.of("amount", 900, "reference", "D1", "description", "Permit",
        "return_url", "https://council.example/back", "delayed_capture", true)).json().path("payment_id").asText();
    pay.complete(id, "4444333322221111", true);

    JsonNode capturable = pay.get("/v1/payments/" + id).json();
    assertThat(PayHttp.status(capturable)).isEqualTo("capturable");
    assertThat(capturable.path("state").path("finished").asBoolean()).isFalse();
    assertThat(capturable.path("_links").path("capture").path("href").asText()).endsWith("/v1/payments/" + id
        + "/capture");
    assertThat(capturable.path("_links").has("next_url")).isFalse();
    assertThat(capturable.path("refund_summary").path("status").asText()).isEqualTo("pending");

    PayHttp.Resp captured = pay.post("/v1/payments/" + id + "/capture", null);

    assertThat(captured.status()).isEqualTo(204);
    JsonNode p = pay.get("/v1/payments/" + id).json();
    assertThat(PayHttp.status(p)).isEqualTo("success");
    assertThat(p.path("_links").has("capture")).isFalse();
    // A second capture succeeds too: connector DelayedCaptureService.java:67 leaves CAPTURE APPROVED ... CAPTURED
    // payments as they are and answers 204.
    assertThat(pay.post("/v1/payments/" + id + "/capture", null).status()).isEqualTo(204);
    assertThat(PayHttp.status(pay.get("/v1/payments/" + id).json())).isEqualTo("success");
  }

  /**
   * connector DelayedCaptureService.java:56-71: an ordinary (not delayed) payment that succeeded is already
   * captured, so capturing it answers 204; a payment that has not reached capture, or failed, is 409 P1003
   * (publicapi CaptureChargeExceptionMapper.java:37-39).
   */
  @Test
  void captureOfASuccessfulPaymentSucceedsAndOfAnUnfinishedOrFailedOneConflicts() {
    String paid = pay.createWebPayment(700, "C1").path("payment_id").asText();
    pay.complete(paid, "4444333322221111", true);
    assertThat(PayHttp.status(pay.get("/v1/payments/" + paid).json())).isEqualTo("success");
    assertThat(pay.post("/v1/payments/" + paid + "/capture", null).status()).isEqualTo(204);

    String created = pay.createWebPayment(700, "C2").path("payment_id").asText();
    pay.post("/v1/payments/" + created + "/capture", null).error(409, "P1003");
    assertThat(pay.post("/v1/payments/" + created + "/cancel", null).status()).isEqualTo(204);
    pay.post("/v1/payments/" + created + "/capture", null).error(409, "P1003");
    pay.post("/v1/payments/" + "a".repeat(26) + "/capture", null).error(404, "P1000");
  }

  @Test
  void uncapturedPaymentsExpireAfterFiveDays(Sandbox sandbox) {
    String id = pay.post("/v1/payments", Map.of("amount", 900, "reference", "D1", "description", "Permit",
        "return_url", "https://council.example/back", "delayed_capture", true)).json().path("payment_id").asText();
    pay.complete(id, "4444333322221111", true);

    sandbox.advanceClock(Duration.ofDays(4));
    sleep(150);
    assertThat(PayHttp.status(pay.get("/v1/payments/" + id).json())).isEqualTo("capturable");

    sandbox.advanceClock(Duration.ofDays(1).plusMinutes(1));
    JsonNode p = pay.awaitPayment(id, x -> PayHttp.status(x).equals("failed"));
    assertThat(p.path("state").path("code").asText()).isEqualTo("P0020");
  }

  @Test
  void serviceCanCancelACapturablePayment() {
    String id = pay.post("/v1/payments", Map.of("amount", 900, "reference", "D1", "description", "Permit",
        "return_url", "https://council.example/back", "delayed_capture", true)).json().path("payment_id").asText();
    pay.complete(id, "4444333322221111", true);

    assertThat(pay.post("/v1/payments/" + id + "/cancel", null).status()).isEqualTo(204);

    assertThat(pay.get("/v1/payments/" + id).json().path("state").path("code").asText()).isEqualTo("P0040");
  }

  @Test
  void stripeAccountsUseStripesTestCards() {
    pay.admin("POST", "/settings", Map.of("paymentProvider", "stripe"));
    String ok = pay.createWebPayment(3000, "S1").path("payment_id").asText();
    String setUpFails = pay.createWebPayment(3000, "S2").path("payment_id").asText();
    String disputed = pay.createWebPayment(3000, "S3").path("payment_id").asText();

    pay.complete(ok, "4000058260000005", true);
    pay.complete(setUpFails, "4000000000009995", true);
    pay.complete(disputed, "4000000000000259", true);

    JsonNode paid = pay.get("/v1/payments/" + ok).json();
    assertThat(PayHttp.status(paid)).isEqualTo("success");
    assertThat(paid.path("payment_provider").asText()).isEqualTo("stripe");
    assertThat(paid.path("card_details").path("card_type").asText()).isEqualTo("debit");
    assertThat(pay.get("/v1/payments/" + setUpFails).json().path("state").path("code").asText()).isEqualTo("P0010");
    JsonNode dispute = pay.get("/v1/disputes").json().path("results").get(0);
    assertThat(dispute.path("payment_id").asText()).isEqualTo(disputed);
    assertThat(dispute.path("status").asText()).isEqualTo("lost");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
