package io.github.councilplatform.sandbox.internal.pay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class PayPaymentsTest {
  private PayHttp pay;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    pay = new PayHttp(sandbox);
  }

  @Test
  void createsAWebPaymentWithLocationAndLinks(Sandbox sandbox) {
    PayHttp.Resp r = pay.post("/v1/payments", Map.of("amount", 1450, "reference", "GW-1", "description",
        "Garden waste permit", "return_url", "https://council.example/done", "email", "resident@example.org",
        "metadata", Map.of("ledger_code", "AB12", "vat", 20, "urgent", true)));

    assertThat(r.status()).isEqualTo(201);
    JsonNode p = r.json();
    String id = p.path("payment_id").asText();
    assertThat(id).matches("[0-9a-v]{26}");
    assertThat(r.header("Location")).isEqualTo(sandbox.baseUrl() + "/v1/payments/" + id);
    assertThat(p.path("amount").asInt()).isEqualTo(1450);
    assertThat(p.path("state").path("status").asText()).isEqualTo("created");
    assertThat(p.path("state").path("finished").asBoolean()).isFalse();
    assertThat(p.path("payment_provider").asText()).isEqualTo("sandbox");
    assertThat(p.path("created_date").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(p.path("language").asText()).isEqualTo("en");
    assertThat(p.path("delayed_capture").asBoolean()).isFalse();
    assertThat(p.path("authorisation_mode").asText()).isEqualTo("web");
    assertThat(p.path("metadata").path("vat").asInt()).isEqualTo(20);
    assertThat(p.path("refund_summary").path("status").asText()).isEqualTo("pending");
    JsonNode links = p.path("_links");
    assertThat(links.path("self").path("href").asText()).isEqualTo(sandbox.baseUrl() + "/v1/payments/" + id);
    assertThat(links.path("next_url").path("href").asText()).startsWith(sandbox.baseUrl() + "/secure/");
    assertThat(links.path("next_url_post").path("type").asText()).isEqualTo("application/x-www-form-urlencoded");
    assertThat(links.path("next_url_post").path("params").path("chargeTokenId").asText())
        .isEqualTo(links.path("next_url").path("href").asText().substring((sandbox.baseUrl() + "/secure/")
            .length()));
    assertThat(links.path("cancel").path("method").asText()).isEqualTo("POST");
    assertThat(links.has("capture")).isFalse();
    assertThat(links.has("auth_url_post")).isFalse();
    assertThat(links.path("events").path("href").asText()).endsWith("/v1/payments/" + id + "/events");
    assertThat(links.path("refunds").path("href").asText()).endsWith("/v1/payments/" + id + "/refunds");
  }

  @Test
  void eachGetMintsAFreshNextUrl() {
    String id = pay.createWebPayment(500, "R1").path("payment_id").asText();

    String first = pay.get("/v1/payments/" + id).json().path("_links").path("next_url").path("href").asText();
    String second = pay.get("/v1/payments/" + id).json().path("_links").path("next_url").path("href").asText();

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void unknownPaymentsAreNotFoundWithEachEndpointsCode() {
    String missing = "/v1/payments/abcdefghijklmnopqrstuv1234";
    pay.get(missing).error(404, "P0200");
    pay.get(missing + "/events").error(404, "P0300");
    pay.post(missing + "/cancel", null).error(404, "P0500");
    pay.post(missing + "/capture", null).error(404, "P1000");
    pay.post(missing + "/refunds", Map.of("amount", 100)).error(404, "P0600");
    pay.get(missing + "/refunds").error(404, "P0800");
    pay.get(missing + "/refunds/abcdefghijklmnopqrstuv1234").error(404, "P0700");
  }

  @Test
  void paymentsOfAnotherAccountAreInvisible() {
    String id = pay.createWebPayment(500, "R1").path("payment_id").asText();
    String otherKey = pay.admin("POST", "/accounts", Map.of()).json().path("apiKey").asText();

    pay.apiKey = otherKey;

    pay.get("/v1/payments/" + id).error(404, "P0200");
    assertThat(pay.get("/v1/payments").json().path("total").asInt()).isZero();
  }

  @Test
  void missingOrUnknownApiKeyIs401WithNoBody() {
    pay.apiKey = null;
    PayHttp.Resp none = pay.get("/v1/payments");
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.raw().body()).isEmpty();

    pay.apiKey = "api_test_notarealkey";
    assertThat(pay.get("/v1/payments").status()).isEqualTo(401);
  }

  @Test
  void theFirewallBlocksRequestsWithoutJsonHeaders() {
    pay.send("POST", "/v1/payments", "{\"amount\":100}", Map.of("Content-Type", "text/plain"), true)
        .error(400, "P0920");
    pay.send("GET", "/v1/payments", null, Map.of("Accept", "text/html"), true).error(400, "P0920");
  }

  @Test
  void serviceCancelsAnUnfinishedPayment() {
    String id = pay.createWebPayment(500, "R1").path("payment_id").asText();

    PayHttp.Resp r = pay.post("/v1/payments/" + id + "/cancel", null);

    assertThat(r.status()).isEqualTo(204);
    assertThat(r.raw().body()).isEmpty();
    JsonNode p = pay.get("/v1/payments/" + id).json();
    assertThat(p.path("state").path("status").asText()).isEqualTo("cancelled");
    assertThat(p.path("state").path("finished").asBoolean()).isTrue();
    assertThat(p.path("state").path("code").asText()).isEqualTo("P0040");
    assertThat(p.path("state").path("message").asText()).isEqualTo("Payment was cancelled by the service");
    assertThat(p.path("_links").has("cancel")).isFalse();
    assertThat(p.path("_links").has("next_url")).isFalse();
    assertThat(p.path("refund_summary").path("status").asText()).isEqualTo("unavailable");
    pay.post("/v1/payments/" + id + "/cancel", null).error(400, "P0501");
  }

  @Test
  void captureOfAPaymentThatIsNotCapturableIs409() {
    String id = pay.createWebPayment(500, "R1").path("payment_id").asText();

    pay.post("/v1/payments/" + id + "/capture", null).error(409, "P1003")
        .json().path("description").asText().equals("Payment cannot be captured");
  }

  @Test
  void eventsListEveryStateChange() {
    String id = pay.createWebPayment(500, "R1").path("payment_id").asText();
    pay.complete(id, "4444333322221111", true);

    JsonNode events = pay.get("/v1/payments/" + id + "/events").json();

    assertThat(events.path("payment_id").asText()).isEqualTo(id);
    assertThat(events.path("events").findValuesAsText("status"))
        .containsExactly("created", "started", "submitted", "success");
    assertThat(events.path("events").get(0).path("_links").path("payment_url").path("href").asText())
        .endsWith("/v1/payments/" + id);
    assertThat(events.path("_links").path("self").path("href").asText()).endsWith("/v1/payments/" + id + "/events");
  }

  @Test
  void unknownPathsAndMethods() {
    assertThat(pay.send("GET", "/v1/nothing", null, Map.of(), false).status()).isEqualTo(404);
    assertThat(pay.send("DELETE", "/v1/payments", null, Map.of(), false).status()).isEqualTo(405);
  }
}
