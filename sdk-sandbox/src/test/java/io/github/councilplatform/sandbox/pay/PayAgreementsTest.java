package io.github.councilplatform.sandbox.pay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Agreements, recurring payments and Idempotency-Key (reference/pay.md sections 3.2 and 8). */
@ExtendWith(SandboxExtension.class)
class PayAgreementsTest {
  private PayHttp pay;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    pay = new PayHttp(sandbox);
  }

  @Test
  void createsGetsSearchesAndCancelsAgreements() {
    PayHttp.Resp created = pay.post("/v1/agreements", Map.of("reference", "CT-2026-001", "description",
        "Council tax instalments", "user_identifier", "user-3fb81107"));

    assertThat(created.status()).isEqualTo(201);
    JsonNode a = created.json();
    String id = a.path("agreement_id").asText();
    assertThat(id).matches("[0-9a-v]{26}");
    assertThat(a.path("status").asText()).isEqualTo("created");
    assertThat(a.path("user_identifier").asText()).isEqualTo("user-3fb81107");
    assertThat(a.has("payment_instrument")).isFalse();
    assertThat(pay.get("/v1/agreements/" + id).json().path("reference").asText()).isEqualTo("CT-2026-001");
    assertThat(pay.get("/v1/agreements?reference=ct-2026-001").json().path("total").asInt()).isEqualTo(1);
    assertThat(pay.get("/v1/agreements?status=active").json().path("total").asInt()).isZero();
    pay.get("/v1/agreements?status=paused").error(422, "P2401");
    pay.get("/v1/agreements?page=2").error(404, "P2402");

    // Only an active agreement can be cancelled.
    pay.post("/v1/agreements/" + id + "/cancel", null).error(400, "P2501");
    setUp(id, "4000056655665556");
    assertThat(pay.post("/v1/agreements/" + id + "/cancel", null).status()).isEqualTo(204);
    JsonNode cancelled = pay.get("/v1/agreements/" + id).json();
    assertThat(cancelled.path("status").asText()).isEqualTo("cancelled");
    assertThat(cancelled.path("cancelled_date").asText()).endsWith("Z");
    pay.get("/v1/agreements/abcdefghijklmnopqrstuv1234").error(404, "P2200");
    pay.post("/v1/agreements/abcdefghijklmnopqrstuv1234/cancel", null).error(404, "P2500");
  }

  @Test
  void agreementRequestValidation() {
    pay.post("/v1/agreements", "{").error(400, "P2197");
    assertThat(pay.post("/v1/agreements", Map.of("description", "D")).error(400, "P2101").json().path("field")
        .asText()).isEqualTo("reference");
    pay.post("/v1/agreements", Map.of("reference", "R")).error(400, "P2101");
    pay.post("/v1/agreements", Map.of("reference", "R", "description", 5)).error(400, "P2102");
  }

  /**
   * Sizes are CreateAgreementRequest's @Size bean validation (L21-29), reported by ViolationExceptionMapper as
   * 422 P0102 after every parse check: publicapi's own AgreementsApiResourceCreateIT L141-179.
   */
  @Test
  void agreementSizesAreBeanValidationAfterTheParseChecks() {
    assertThat(pay.post("/v1/agreements", Map.of("reference", "R".repeat(256), "description", "D"))
        .error(422, "P0102").json().path("description").asText())
        .isEqualTo("Invalid attribute value: reference. Must be less than or equal to 255 characters length");
    assertThat(pay.post("/v1/agreements", Map.of("reference", "R", "description", "D", "user_identifier", ""))
        .error(422, "P0102").json().path("field").asText()).isEqualTo("user_identifier");
    assertThat(pay.post("/v1/agreements", Map.of("reference", "R", "description", "D", "user_identifier", 7))
        .error(400, "P2102").json().path("description").asText())
        .isEqualTo("Invalid attribute value: user_identifier. Field must be a string");
    // The missing description is found by the parser before the reference's size.
    pay.post("/v1/agreements", Map.of("reference", "R".repeat(256))).error(400, "P2101");
    assertThat(pay.post("/v1/agreements", Map.of("reference", "R", "description", "D", "user_identifier", " "))
        .status()).isEqualTo(201);
  }

  @Test
  void aSuccessfulSetUpPaymentActivatesTheAgreementWithItsCard() {
    String id = agreement();

    setUp(id, "4000056655665556");

    JsonNode a = pay.get("/v1/agreements/" + id).json();
    assertThat(a.path("status").asText()).isEqualTo("active");
    assertThat(a.path("payment_instrument").path("type").asText()).isEqualTo("card");
    assertThat(a.path("payment_instrument").path("card_details").path("last_digits_card_number").asText())
        .isEqualTo("5556");
    assertThat(a.path("payment_instrument").path("card_details").path("card_type").asText()).isEqualTo("debit");
  }

  @Test
  void recurringPaymentsSucceedWithAGoodCardAndHonourIdempotencyKeys(Sandbox sandbox) {
    String agreement = agreement();
    setUp(agreement, "4000056655665556");
    Map<String, Object> body = recurring(agreement, 1500);

    PayHttp.Resp first = pay.post("/v1/payments", body, Map.of("Idempotency-Key", "ct-2026-07"));

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.header("Location")).isNotNull();
    String id = first.json().path("payment_id").asText();
    assertThat(first.json().path("authorisation_mode").asText()).isEqualTo("agreement");
    assertThat(first.json().path("agreement_id").asText()).isEqualTo(agreement);
    assertThat(first.json().path("_links").has("cancel")).isFalse();
    assertThat(first.json().path("_links").has("next_url")).isFalse();
    JsonNode done = pay.awaitPayment(id, p -> p.path("state").path("finished").asBoolean());
    assertThat(PayHttp.status(done)).isEqualTo("success");
    assertThat(done.path("card_details").path("last_digits_card_number").asText()).isEqualTo("5556");

    PayHttp.Resp replay = pay.post("/v1/payments", body, Map.of("Idempotency-Key", "ct-2026-07"));
    assertThat(replay.status()).isEqualTo(200);
    assertThat(replay.header("Location")).isNull();
    assertThat(replay.json().path("payment_id").asText()).isEqualTo(id);

    Map<String, Object> changed = recurring(agreement, 1600);
    JsonNode conflict = pay.post("/v1/payments", changed, Map.of("Idempotency-Key", "ct-2026-07"))
        .error(409, "P0191").json();
    assertThat(conflict.path("description").asText())
        .isEqualTo("The `Idempotency-Key` you sent in the request header has already been used to create a payment.");

    sandbox.advanceClock(Duration.ofHours(24).plusMinutes(1));
    PayHttp.Resp afterWindow = pay.post("/v1/payments", body, Map.of("Idempotency-Key", "ct-2026-07"));
    assertThat(afterWindow.status()).isEqualTo(201);
    assertThat(afterWindow.json().path("payment_id").asText()).isNotEqualTo(id);
  }

  @Test
  void laterPaymentsOnTheRecurringDeclineCardFailAndStopTheAgreement() {
    String agreement = agreement();
    setUp(agreement, "5105105105105100");

    String id = pay.post("/v1/payments", recurring(agreement, 1500), Map.of("Idempotency-Key", "k1")).json()
        .path("payment_id").asText();

    JsonNode failed = pay.awaitPayment(id, p -> p.path("state").path("finished").asBoolean());
    assertThat(failed.path("state").path("status").asText()).isEqualTo("failed");
    assertThat(failed.path("state").path("code").asText()).isEqualTo("P0010");
    assertThat(failed.path("state").path("can_retry").asBoolean(true)).isFalse();
    assertThat(pay.get("/v1/agreements/" + agreement).json().path("status").asText()).isEqualTo("inactive");
    assertThat(pay.post("/v1/payments", recurring(agreement, 1500)).error(400, "P0102").json().path("description")
        .asText()).isEqualTo("Invalid attribute value: agreement_id. Agreement must be active");
  }

  @Test
  void agreementModeFieldRules() {
    String agreement = agreement();
    Map<String, Object> body = new LinkedHashMap<>(recurring(agreement, 100));

    assertThat(pay.post("/v1/payments", body).error(400, "P0102").json().path("description").asText())
        .isEqualTo("Invalid attribute value: agreement_id. Agreement must be active");
    pay.post("/v1/payments", recurring("abcdefghijklmnopqrstuv1234", 100)).error(400, "P0102");

    body.put("return_url", "https://council.example/x");
    assertThat(pay.post("/v1/payments", body).error(400, "P0104").json().path("field").asText())
        .isEqualTo("return_url");
    body.remove("return_url");
    body.put("email", "a@b.example");
    pay.post("/v1/payments", body).error(400, "P0104");
    body.remove("email");
    body.remove("agreement_id");
    assertThat(pay.post("/v1/payments", body).error(400, "P0101").json().path("field").asText())
        .isEqualTo("agreement_id");
  }

  private String agreement() {
    return pay.post("/v1/agreements", Map.of("reference", "CT-1", "description", "Council tax")).json()
        .path("agreement_id").asText();
  }

  private void setUp(String agreement, String card) {
    PayHttp.Resp r = pay.post("/v1/payments", Map.of("amount", 100, "reference", "SETUP", "description",
        "Set up council tax instalments", "return_url", "https://council.example/agreed", "set_up_agreement",
        agreement, "agreement_payment_type", "instalment"));
    assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    assertThat(r.json().path("agreement_id").asText()).isEqualTo(agreement);
    pay.complete(r.json().path("payment_id").asText(), card, true);
  }

  private static Map<String, Object> recurring(String agreement, int amount) {
    return Map.of("amount", amount, "reference", "CT-JUL", "description", "July instalment",
        "authorisation_mode", "agreement", "agreement_id", agreement, "agreement_payment_type", "instalment");
  }
}
