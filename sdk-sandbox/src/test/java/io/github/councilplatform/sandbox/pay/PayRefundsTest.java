package io.github.councilplatform.sandbox.pay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Refunds (reference/pay.md section 5): straight to success, availability, the 412 guard, errors. */
@ExtendWith(SandboxExtension.class)
class PayRefundsTest {
  private PayHttp pay;
  private String paid;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    pay = new PayHttp(sandbox);
    paid = pay.createWebPayment(5000, "P1").path("payment_id").asText();
    pay.complete(paid, "4444333322221111", true);
  }

  @Test
  void refundsSucceedAtOnceAndReduceWhatIsAvailable(Sandbox sandbox) {
    PayHttp.Resp r = pay.post("/v1/payments/" + paid + "/refunds", Map.of("amount", 2000,
        "refund_amount_available", 5000));

    assertThat(r.status()).isEqualTo(202);
    JsonNode refund = r.json();
    String refundId = refund.path("refund_id").asText();
    assertThat(refund.path("status").asText()).isEqualTo("success");
    assertThat(refund.path("amount").asInt()).isEqualTo(2000);
    assertThat(refund.path("payment_id").asText()).isEqualTo(paid);
    assertThat(refund.path("_links").path("self").path("href").asText())
        .isEqualTo(sandbox.baseUrl() + "/v1/payments/" + paid + "/refunds/" + refundId);
    assertThat(refund.path("_links").path("payment").path("href").asText())
        .isEqualTo(sandbox.baseUrl() + "/v1/payments/" + paid);

    JsonNode summary = pay.get("/v1/payments/" + paid).json().path("refund_summary");
    assertThat(summary.path("amount_available").asInt()).isEqualTo(3000);
    assertThat(summary.path("amount_submitted").asInt()).isEqualTo(2000);
    assertThat(summary.path("status").asText()).isEqualTo("available");

    assertThat(pay.get("/v1/payments/" + paid + "/refunds/" + refundId).json().path("amount").asInt())
        .isEqualTo(2000);
    JsonNode list = pay.get("/v1/payments/" + paid + "/refunds").json();
    assertThat(list.path("payment_id").asText()).isEqualTo(paid);
    assertThat(list.path("_embedded").path("refunds").findValuesAsText("refund_id")).containsExactly(refundId);
    assertThat(list.path("_links").path("payment").path("href").asText()).endsWith("/v1/payments/" + paid);
  }

  @Test
  void aStaleRefundAmountAvailableIs412() {
    pay.post("/v1/payments/" + paid + "/refunds", Map.of("amount", 1000, "refund_amount_available", 5000));

    JsonNode e = pay.post("/v1/payments/" + paid + "/refunds", Map.of("amount", 1000,
        "refund_amount_available", 5000)).error(412, "P0604").json();

    assertThat(e.path("description").asText()).isEqualTo("Refund amount available mismatch.");
  }

  /**
   * publicapi RequestJsonParser.parseRefundRequest (L83) reads a present refund_amount_available with asInt(),
   * so null stands for 0 and mismatches an available amount of 5000.
   */
  @Test
  void aNullRefundAmountAvailableIsZero() {
    java.util.Map<String, Object> body = new java.util.HashMap<>();
    body.put("amount", 1000);
    body.put("refund_amount_available", null);
    pay.post("/v1/payments/" + paid + "/refunds", body).error(412, "P0604");
  }

  @Test
  void fullyRefundedPaymentsCannotBeRefundedAgain() {
    pay.post("/v1/payments/" + paid + "/refunds", Map.of("amount", 5000));
    assertThat(pay.get("/v1/payments/" + paid).json().path("refund_summary").path("status").asText())
        .isEqualTo("full");

    JsonNode e = pay.post("/v1/payments/" + paid + "/refunds", Map.of("amount", 1)).error(400, "P0603").json();

    assertThat(e.path("description").asText())
        .isEqualTo("The payment is not available for refund. Payment refund status: full");
  }

  @Test
  void moreThanIsAvailableIsRejected() {
    pay.post("/v1/payments/" + paid + "/refunds", Map.of("amount", 5001)).error(400, "P0603");
  }

  @Test
  void unfinishedPaymentsAreNotRefundable() {
    String created = pay.createWebPayment(100, "P2").path("payment_id").asText();

    assertThat(pay.post("/v1/payments/" + created + "/refunds", Map.of("amount", 1)).error(400, "P0603").json()
        .path("description").asText()).endsWith("Payment refund status: pending");
  }

  @Test
  void disputedPaymentsAreNotRefundable() {
    pay.admin("POST", "/disputes", Map.of("paymentId", paid));

    assertThat(pay.post("/v1/payments/" + paid + "/refunds", Map.of("amount", 1)).error(400, "P0603").json()
        .path("description").asText()).isEqualTo("The payment is disputed and cannot be refunded");
  }

  @Test
  void disabledAccountsCannotRefund() {
    pay.admin("POST", "/settings", Map.of("disabled", true));

    pay.post("/v1/payments/" + paid + "/refunds", Map.of("amount", 100)).error(403, "P0941");
  }

  @Test
  void refundBodyValidation() {
    String path = "/v1/payments/" + paid + "/refunds";
    pay.post(path, "nope").error(400, "P0697");
    assertThat(pay.post(path, Map.of()).error(400, "P0601").json().path("description").asText())
        .isEqualTo("Missing mandatory attribute: amount");
    pay.post(path, Map.of("amount", "ten")).error(400, "P0602");
    assertThat(pay.post(path, Map.of("amount", 0)).error(422, "P0602").json().path("field").asText())
        .isEqualTo("amount");
    pay.post(path, Map.of("amount", 10_000_001)).error(422, "P0602");
  }

  @Test
  void searchRefundsNewestFirstWithPaging() {
    pay.post("/v1/payments/" + paid + "/refunds", Map.of("amount", 100));
    pay.post("/v1/payments/" + paid + "/refunds", Map.of("amount", 200));

    JsonNode page1 = pay.get("/v1/refunds?display_size=1").json();
    assertThat(page1.path("total").asInt()).isEqualTo(2);
    assertThat(page1.path("count").asInt()).isEqualTo(1);
    assertThat(page1.path("results").get(0).path("amount").asInt()).isEqualTo(200);
    assertThat(page1.path("_links").path("next_page").path("href").asText()).contains("page=2");

    JsonNode page2 = pay.get("/v1/refunds?display_size=1&page=2").json();
    assertThat(page2.path("results").get(0).path("amount").asInt()).isEqualTo(100);
    assertThat(page2.path("_links").has("next_page")).isFalse();
    assertThat(page2.path("_links").path("prev_page").path("href").asText()).contains("page=1");

    pay.get("/v1/refunds?display_size=1&page=3").error(404, "P1100");
    assertThat(pay.get("/v1/refunds?from_date=yesterday&display_size=0").error(422, "P1101").json()
        .path("description").asText()).isEqualTo("Invalid parameters: from_date, display_size. See Public API"
            + " documentation for the correct data formats");
  }
}
