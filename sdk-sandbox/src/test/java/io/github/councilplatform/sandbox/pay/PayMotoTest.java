package io.github.councilplatform.sandbox.pay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** MOTO payments authorised through {@code POST /v1/auth} with one-time tokens (reference/pay.md section 7). */
@ExtendWith(SandboxExtension.class)
class PayMotoTest {
  private PayHttp pay;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    pay = new PayHttp(sandbox);
  }

  @Test
  void authorisesWithTheOneTimeTokenOnce(Sandbox sandbox) {
    JsonNode created = motoPayment();
    JsonNode auth = created.path("_links").path("auth_url_post");
    assertThat(auth.path("href").asText()).isEqualTo(sandbox.baseUrl() + "/v1/auth");
    assertThat(auth.path("type").asText()).isEqualTo("application/json");
    assertThat(created.path("_links").has("next_url")).isFalse();
    String token = auth.path("params").path("one_time_token").asText();

    pay.apiKey = null;
    PayHttp.Resp r = pay.post("/v1/auth", card(token, "4444333322221111"));

    assertThat(r.status()).isEqualTo(204);
    pay.post("/v1/auth", card(token, "4444333322221111")).error(400, "P1212");
    pay.apiKey = new PayHttp(sandbox).apiKey;
    JsonNode p = pay.get("/v1/payments/" + created.path("payment_id").asText()).json();
    assertThat(PayHttp.status(p)).isEqualTo("success");
    assertThat(p.path("card_details").path("cardholder_name").asText()).isEqualTo("J Citizen");
    assertThat(p.path("_links").has("auth_url_post")).isFalse();
  }

  @Test
  void declinedAndErrorCards() {
    String declined = motoPayment().path("_links").path("auth_url_post").path("params").path("one_time_token")
        .asText();
    assertThat(pay.post("/v1/auth", card(declined, "4000000000000002")).error(402, "P0010").json()
        .path("description").asText()).isEqualTo("The payment was rejected");

    String error = motoPayment().path("_links").path("auth_url_post").path("params").path("one_time_token")
        .asText();
    assertThat(pay.post("/v1/auth", card(error, "4000000000000119")).error(500, "P0050").json()
        .path("description").asText()).isEqualTo("There was an error authorising the payment");
  }

  @Test
  void invalidTokensAndFields() {
    pay.post("/v1/auth", card("not-a-token", "4444333322221111")).error(400, "P1211");
    String token = motoPayment().path("_links").path("auth_url_post").path("params").path("one_time_token")
        .asText();

    Map<String, Object> missing = new LinkedHashMap<>(card(token, "4444333322221111"));
    missing.remove("cvc");
    assertThat(pay.post("/v1/auth", missing).error(422, "P0101").json().path("field").asText()).isEqualTo("cvc");
    pay.post("/v1/auth", card(token, "4444")).error(422, "P0102");
    Map<String, Object> badExpiry = new LinkedHashMap<>(card(token, "4444333322221111"));
    badExpiry.put("expiry_date", "13/99");
    pay.post("/v1/auth", badExpiry).error(422, "P0102");
    // connector CardResource.java:379-385 spends the token (TokenService.java:24-40, its own transaction) before
    // MotoApiCardNumberValidationService rejects a mistyped card number, so the token is gone afterwards.
    pay.post("/v1/auth", card(token, "4444333322221112")).error(402, "P0010");
    pay.post("/v1/auth", card(token, "4444333322221111")).error(400, "P1212");
  }

  /**
   * The texts in order: publicapi's bean validation (model/AuthorisationRequest.java:14-32), then connector's
   * MotoApiAuthoriseRequest.validate() (L75-90) before the token is looked up (TokenService.java:39:
   * "The one_time_token is not valid").
   */
  @Test
  void fieldTextsFollowPublicapiThenConnector() {
    assertError(card("x", "4444"), 422, "P0102", "card_number",
        "Invalid attribute value: card_number. Must be between 12 and 19 characters long");
    assertError(card("x", "4444-3333-2222"), 422, "P0102", null,
        "Invalid attribute value: card_number. Must be a valid card number");
    Map<String, Object> cvc = new LinkedHashMap<>(card("x", "4444333322221111"));
    cvc.put("cvc", "12a");
    assertError(cvc, 422, "P0102", null, "Invalid attribute value: cvc. Must contain numbers only");
    Map<String, Object> past = new LinkedHashMap<>(card("x", "4444333322221111"));
    past.put("expiry_date", "01/20");
    assertError(past, 422, "P0102", null, "Invalid attribute value: expiry_date. Must be a valid date in the future");
    Map<String, Object> numeric = new LinkedHashMap<>(card("x", "4444333322221111"));
    numeric.put("cvc", 123);
    assertError(numeric, 400, "P1211", null, "The one_time_token is not valid");
    Map<String, Object> blankName = new LinkedHashMap<>(card("x", "4444333322221111"));
    blankName.put("cardholder_name", " ");
    assertError(blankName, 422, "P0101", "cardholder_name", "Missing mandatory attribute: cardholder_name");
  }

  /** The expiry check (MotoApiAuthoriseRequest.java:63-73) accepts this real month after the clock moves. */
  @Test
  void cardExpiryIsJudgedOnRealTimeAfterTheClockMoves(io.github.councilplatform.sandbox.Sandbox sandbox) {
    sandbox.advanceClock(java.time.Duration.ofDays(40));
    String token = motoPayment().path("_links").path("auth_url_post").path("params").path("one_time_token")
        .asText();
    java.time.YearMonth now = java.time.YearMonth.now(java.time.ZoneOffset.UTC);
    Map<String, Object> c = new LinkedHashMap<>(card(token, "4444333322221111"));
    c.put("expiry_date", String.format("%02d/%02d", now.getMonthValue(), now.getYear() % 100));
    assertThat(pay.post("/v1/auth", c).status()).isEqualTo(204);
  }

  private void assertError(Map<String, Object> body, int status, String code, String field, String description) {
    JsonNode e = pay.post("/v1/auth", body).error(status, code).json();
    assertThat(e.path("description").asText()).isEqualTo(description);
    assertThat(e.has("field") ? e.get("field").asText() : null).isEqualTo(field);
  }

  @Test
  void delayedCaptureMotoPaymentsWaitForCapture() {
    JsonNode created = pay.post("/v1/payments", Map.of("amount", 700, "reference", "M2", "description", "Phone",
        "authorisation_mode", "moto_api", "delayed_capture", true, "moto", true)).json();
    String token = created.path("_links").path("auth_url_post").path("params").path("one_time_token").asText();

    pay.post("/v1/auth", card(token, "4242424242424242"));

    assertThat(PayHttp.status(pay.get("/v1/payments/" + created.path("payment_id").asText()).json()))
        .isEqualTo("capturable");
  }

  private JsonNode motoPayment() {
    PayHttp.Resp r = pay.post("/v1/payments", Map.of("amount", 700, "reference", "M1", "description",
        "Phone payment", "authorisation_mode", "moto_api"));
    assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    return r.json();
  }

  private static Map<String, Object> card(String token, String number) {
    return Map.of("one_time_token", token, "card_number", number, "cvc", "123", "expiry_date", "12/30",
        "cardholder_name", "J Citizen");
  }
}
