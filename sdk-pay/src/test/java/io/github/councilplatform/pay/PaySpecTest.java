package io.github.councilplatform.pay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract checker itself must catch drift, or the checks after every WireMock test prove nothing. */
class PaySpecTest {
  private static final Map<String, String> HEADERS = Map.of("Authorization", "Bearer api_test_x",
      "Accept", "application/json", "Content-Type", "application/json");
  private final PaySpec spec = PaySpec.INSTANCE;

  @Test
  void acceptsAValidCreateRequest() {
    assertThat(spec.checkRequest("POST", "/v1/payments", HEADERS, """
        {"amount": 100, "reference": "R", "description": "D", "return_url": "https://x.example/r",
         "metadata": {"a": "b", "n": 1, "t": true}}""")).isEmpty();
  }

  @Test
  void catchesAMisspeltOrMistypedField() {
    assertThat(spec.checkRequest("POST", "/v1/payments", HEADERS, """
        {"amount": "100", "reference": "R", "description": "D", "returnUrl": "https://x.example/r"}"""))
        .anyMatch(e -> e.contains("amount: must be an integer"))
        .anyMatch(e -> e.contains("property returnUrl is not in the spec"));
  }

  @Test
  void catchesPatchedRules() {
    assertThat(spec.checkRequest("POST", "/v1/payments", HEADERS, """
        {"amount": -1, "reference": "", "description": "D", "metadata": {"nested": {"a": 1}}}"""))
        .anyMatch(e -> e.contains("amount: below 0"))
        .anyMatch(e -> e.contains("reference: shorter than 1"))
        .anyMatch(e -> e.contains("metadata.nested: must be a string, number or boolean"));
  }

  @Test
  void catchesUndeclaredQueryParametersBadEnumsAndAMissingKey() {
    assertThat(spec.checkRequest("GET", "/v1/payments?state=capturable&colour=red",
        Map.of("Accept", "application/json"), ""))
        .anyMatch(e -> e.contains("'capturable' is not one of"))
        .anyMatch(e -> e.contains("undeclared query parameter colour"))
        .anyMatch(e -> e.contains("no bearer API key"));
  }

  @Test
  void catchesAnApiKeySentToAuthAndAnUnknownOperation() {
    assertThat(spec.checkRequest("POST", "/v1/auth", HEADERS, """
        {"one_time_token": "t", "card_number": "4444333322221111", "cvc": "123", "expiry_date": "04/29",
         "cardholder_name": "A"}""")).containsExactly("POST /v1/auth: must not send the API key");
    assertThat(spec.checkRequest("DELETE", "/v1/payments/abc", HEADERS, "")).hasSize(1);
  }

  @Test
  void catchesABadIdempotencyKey() {
    Map<String, String> headers = new java.util.HashMap<>(HEADERS);
    headers.put("Idempotency-Key", "not allowed!");
    assertThat(spec.checkRequest("POST", "/v1/payments", headers, """
        {"amount": 100, "reference": "R", "description": "D", "authorisation_mode": "moto_api"}"""))
        .anyMatch(e -> e.contains("Idempotency-Key: does not match"));
  }

  @Test
  void checksResponsesIncludingErrorBodies() {
    assertThat(spec.checkResponse("GET", "/v1/payments/abc", 200, """
        {"payment_id": "abc", "amount": 1, "state": {"status": "weird", "finished": false}, "extra": 1}"""))
        .anyMatch(e -> e.contains("'weird' is not one of"))
        .anyMatch(e -> e.contains("property extra is not in the spec"));
    assertThat(spec.checkResponse("POST", "/v1/payments", 409, """
        {"code": "P0191", "description": "d", "oops": true}""")).anyMatch(e -> e.contains("oops"));
    assertThat(spec.checkResponse("GET", "/v1/payments/abc", 401, "")).isEmpty();
    assertThat(spec.checkResponse("POST", "/v1/payments/abc/cancel", 204, "{}"))
        .anyMatch(e -> e.contains("body where the spec defines none"));
  }

  @Test
  void knowsTheAgreementCardIsCardDetailsOnTheWire() throws Exception {
    assertThat(spec.checkComponent(new ObjectMapper().readTree("""
        {"type": "card", "card_details": {"card_brand": "Visa"}}"""), "PaymentInstrument")).isEmpty();
  }
}
