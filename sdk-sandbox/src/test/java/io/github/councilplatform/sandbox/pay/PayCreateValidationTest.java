package io.github.councilplatform.sandbox.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Create-payment validation: Pay's order, 400 versus 422, exact codes, fields and descriptions. */
@ExtendWith(SandboxExtension.class)
class PayCreateValidationTest {
  private static final String OK = "\"amount\":1000,\"reference\":\"REF-1\",\"description\":\"Permit\","
      + "\"return_url\":\"https://council.example/back\"";
  private static final String ID26 = "abcdefghijklmnopqrstuv1234";
  private PayHttp pay;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    pay = new PayHttp(sandbox);
  }

  static Stream<Arguments> invalidBodies() {
    return Stream.of(
        arguments("not json", 400, "P0197", null, "Unable to parse JSON"),
        arguments("{\"amount\":0x10,\"reference\":\"R\",\"description\":\"D\"}", 400, "P0197", null,
            "Unable to parse JSON"),
        arguments("{}", 400, "P0101", "amount", "Missing mandatory attribute: amount"),
        arguments("{\"amount\":null,\"reference\":\"R\"}", 400, "P0101", "amount",
            "Missing mandatory attribute: amount"),
        arguments(with("\"amount\":\"100\""), 400, "P0102", "amount",
            "Invalid attribute value: amount. Must be a valid numeric format"),
        arguments(with("\"amount\":10.5"), 400, "P0102", "amount",
            "Invalid attribute value: amount. Must be a valid numeric format"),
        arguments(with("\"amount\":10000001"), 422, "P0102", "amount",
            "Invalid attribute value: amount. Must be less than or equal to 10000000"),
        arguments(with("\"amount\":0"), 422, "P0102", "amount",
            "Invalid attribute value: amount. Must be greater than or equal to 1"),
        arguments(with("\"amount\":-5"), 422, "P0102", "amount",
            "Invalid attribute value: amount. Must be greater than or equal to 1"),
        arguments("{\"amount\":100,\"description\":\"D\"}", 400, "P0101", "reference",
            "Missing mandatory attribute: reference"),
        arguments(with("\"reference\":\"   \""), 400, "P0101", "reference", "Missing mandatory attribute: reference"),
        arguments(with("\"reference\":123"), 400, "P0102", "reference",
            "Invalid attribute value: reference. Must be a valid string format"),
        arguments(with("\"reference\":\"a<b\""), 400, "P0102", "reference",
            "Invalid attribute value: reference. Must be a valid string format"),
        arguments(with("\"reference\":\"" + "r".repeat(256) + "\""), 422, "P0102", "reference",
            "Invalid attribute value: reference. Must be less than or equal to 255 characters length"),
        arguments("{\"amount\":100,\"reference\":\"R\"}", 400, "P0101", "description",
            "Missing mandatory attribute: description"),
        arguments(with("\"description\":\"" + "d".repeat(256) + "\""), 422, "P0102", "description",
            "Invalid attribute value: description. Must be less than or equal to 255 characters length"),
        arguments("{\"amount\":100,\"reference\":\"R\",\"description\":\"D\"}", 400, "P0101", "return_url",
            "Missing mandatory attribute: return_url"),
        arguments(with("\"return_url\":123"), 400, "P0102", "return_url",
            "Invalid attribute value: return_url. Must be a valid URL format"),
        arguments(with("\"return_url\":\"not a url\""), 422, "P0102", "return_url",
            "Invalid attribute value: return_url. Must be a valid URL format"),
        arguments(with("\"return_url\":\"https://council.example/" + "x".repeat(2000) + "\""), 422, "P0102",
            "return_url", "Invalid attribute value: return_url. Must be less than or equal to 2000 characters length"),
        arguments(with("\"email\":\"" + "e".repeat(255) + "\""), 422, "P0102", "email",
            "Invalid attribute value: email. Must be less than or equal to 254 characters length"),
        arguments(with("\"email\":5"), 400, "P0102", "email", "Invalid attribute value: email. Field must be a string"),
        arguments(with("\"language\":\"fr\""), 422, "P0102", "language",
            "Invalid attribute value: language. Must be \"en\" or \"cy\""),
        arguments(with("\"language\":1"), 400, "P0102", "language",
            "Invalid attribute value: language. Must be \"en\" or \"cy\""),
        arguments(with("\"delayed_capture\":\"yes\""), 400, "P0102", "delayed_capture",
            "Invalid attribute value: delayed_capture. Must be true or false"),
        arguments(with("\"moto\":\"true\""), 400, "P0102", "moto", "Invalid attribute value: moto. Must be true or false"),
        arguments(with("\"metadata\":null"), 422, "P0102", "metadata",
            "Invalid attribute value: metadata. Value must not be null"),
        arguments(with("\"metadata\":[1]"), 422, "P0102", "metadata",
            "Invalid attribute value: metadata. Must be an object of JSON key-value pairs"),
        arguments(with("\"metadata\":" + sixteenKeys()), 422, "P0102", "metadata",
            "Invalid attribute value: metadata. Cannot have more than 15 key-value pairs"),
        arguments(with("\"metadata\":{\"" + "k".repeat(31) + "\":\"v\"}"), 422, "P0102", "metadata",
            "Invalid attribute value: metadata. Keys must be between 1 and 30 characters long"),
        arguments(with("\"metadata\":{\"k\":{\"nested\":true}}"), 422, "P0102", "metadata",
            "Invalid attribute value: metadata. Values must be of type String, Boolean or Number"),
        arguments(with("\"metadata\":{\"k\":\"" + "v".repeat(101) + "\"}"), 422, "P0102", "metadata",
            "Invalid attribute value: metadata. Values must be no greater than 100 characters long"),
        // pay-java-commons ValidExternalMetadata.java:27 (MapValueNotNullValidator): null is its own rule, not a type.
        arguments(with("\"metadata\":{\"k\":null}"), 422, "P0102", "metadata",
            "Invalid attribute value: metadata. Must not have null values"),
        // pay-java-commons ValidExternalMetadata.java:28 (MapKeyInsensitiveUniqueValidator).
        arguments(with("\"metadata\":{\"Ref\":\"a\",\"ref\":\"b\"}"), 422, "P0102", "metadata",
            "Invalid attribute value: metadata. Must have case insensitive unique keys"),
        // MapValueAsStringLengthValidator measures toString() of nested values too, so both rules fire.
        arguments(with("\"metadata\":{\"k\":[\"" + "v".repeat(100) + "\"]}"), 422, "P0102", "metadata",
            "Invalid attribute value: metadata. Values must be of type String, Boolean or Number. "
            + "Values must be no greater than 100 characters long"),
        arguments(with("\"authorisation_mode\":\"external\""), 422, "P0102", "authorisation_mode",
            "Invalid attribute value: authorisation_mode. Must be one of web, moto_api, agreement"),
        arguments(with("\"authorisation_mode\":5"), 400, "P0102", "authorisation_mode",
            "Invalid attribute value: authorisation_mode. Must be one of web, moto_api, agreement"),
        arguments(with("\"agreement_id\":\"" + ID26 + "\""), 400, "P0104", "agreement_id",
            "Unexpected attribute: agreement_id"),
        arguments(with("\"agreement_payment_type\":\"recurring\""), 400, "P0104", "agreement_payment_type",
            "Unexpected attribute: agreement_payment_type"),
        arguments(with("\"agreement_payment_type\":\"sometimes\""), 422, "P0102", "agreement_payment_type",
            "Invalid attribute value: agreement_payment_type. Must be one of instalment, recurring, unscheduled"),
        arguments(with("\"authorisation_mode\":\"moto_api\""), 400, "P0104", "return_url",
            "Unexpected attribute: return_url"),
        arguments(with("\"set_up_agreement\":\"" + ID26 + "\""), 400, "P0103", "set_up_agreement",
            "Invalid attribute value: set_up_agreement. Agreement ID does not exist"),
        arguments(with("\"prefilled_cardholder_details\":{\"billing_address\":{\"postcode\":\"" + "p".repeat(26)
            + "\"}}"), 422, "P0102", "postcode",
            "Invalid attribute value: postcode. Must be less than or equal to 25 characters length"),
        arguments(with("\"prefilled_cardholder_details\":{\"cardholder_name\":7}"), 400, "P0102", "cardholder_name",
            "Invalid attribute value: cardholder_name. Field must be a string"),
        // First error only: the missing amount wins over the missing reference.
        arguments("{\"description\":\"D\"}", 400, "P0101", "amount", "Missing mandatory attribute: amount"));
  }

  @ParameterizedTest
  @MethodSource("invalidBodies")
  void rejectsInvalidBodies(String body, int status, String code, String field, String description) {
    JsonNode error = pay.post("/v1/payments", body).error(status, code).json();

    assertThat(error.path("description").asText()).isEqualTo(description);
    if (field == null) {
      assertThat(error.has("field")).isFalse();
    } else {
      assertThat(error.path("field").asText()).isEqualTo(field);
    }
  }

  @Test
  void idempotencyKeyHeaderIsValidatedOnEveryCreate() {
    JsonNode bad = pay.post("/v1/payments", "{" + OK + "}", Map.of("Idempotency-Key", "not ok!"))
        .error(422, "P0102").json();
    assertThat(bad.path("header").asText()).isEqualTo("Idempotency-Key");
    assertThat(bad.path("description").asText())
        .isEqualTo("Header [Idempotency-Key] can only contain alphanumeric characters and hyphens");

    JsonNode tooLong = pay.post("/v1/payments", "{" + OK + "}", Map.of("Idempotency-Key", "k".repeat(256)))
        .error(422, "P0102").json();
    assertThat(tooLong.path("description").asText())
        .isEqualTo("Header [Idempotency-Key] can have a size between 1 and 255");

    // For web payments a valid key is accepted and otherwise ignored: a repeat creates a second payment.
    String first = pay.post("/v1/payments", "{" + OK + "}", Map.of("Idempotency-Key", "key-1")).json()
        .path("payment_id").asText();
    PayHttp.Resp second = pay.post("/v1/payments", "{" + OK + "}", Map.of("Idempotency-Key", "key-1"));
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.json().path("payment_id").asText()).isNotEqualTo(first);
  }

  @Test
  void accountSettingsDecideZeroAmountsStripeMinimumsAndFeatures() {
    pay.admin("POST", "/settings", Map.of("zeroAmountAllowed", true));
    assertThat(pay.post("/v1/payments", with("\"amount\":0")).status()).isEqualTo(201);

    pay.admin("POST", "/settings", Map.of("paymentProvider", "stripe"));
    assertThat(pay.post("/v1/payments", with("\"amount\":29")).error(422, "P0102").json().path("description")
        .asText()).isEqualTo("Invalid attribute value: amount. Must be greater than or equal to 30");
    assertThat(pay.post("/v1/payments", with("\"amount\":30")).json().path("payment_provider").asText())
        .isEqualTo("stripe");

    pay.admin("POST", "/settings", Map.of("motoEnabled", false));
    pay.post("/v1/payments", with("\"moto\":true")).error(422, "P0196");

    pay.admin("POST", "/settings", Map.of("motoApiEnabled", false));
    pay.post("/v1/payments", "{\"amount\":100,\"reference\":\"R\",\"description\":\"D\","
        + "\"authorisation_mode\":\"moto_api\"}").error(422, "P0195");

    pay.admin("POST", "/settings", Map.of("recurringEnabled", false));
    pay.post("/v1/agreements", Map.of("reference", "A", "description", "D")).error(422, "P0942");

    pay.admin("POST", "/settings", Map.of("disabled", true));
    pay.post("/v1/payments", "{" + OK + "}").error(403, "P0941");
  }

  @Test
  void liveAccountsNeedHttpsReturnUrls() {
    pay.apiKey = pay.admin("POST", "/accounts", Map.of("live", true)).json().path("apiKey").asText();
    assertThat(pay.apiKey).startsWith("api_live_");

    JsonNode e = pay.post("/v1/payments", with("\"return_url\":\"http://council.example/back\""))
        .error(422, "P0920").json();

    assertThat(e.path("field").asText()).isEqualTo("return_url");
    assertThat(e.path("description").asText())
        .isEqualTo("Invalid attribute value: return_url. Must begin with https:// for a live gateway account");
    assertThat(pay.post("/v1/payments", "{" + OK + "}").status()).isEqualTo(201);
  }

  @Test
  void acceptsEveryOptionalFieldAndEchoesIt() {
    PayHttp.Resp r = pay.post("/v1/payments", with("\"language\":\"cy\",\"delayed_capture\":true,\"moto\":true,"
        + "\"email\":\"a@b.example\",\"prefilled_cardholder_details\":{\"cardholder_name\":\"J Bloggs\","
        + "\"billing_address\":{\"line1\":\"1 Street\",\"postcode\":\"AB1 2CD\",\"city\":\"Town\","
        + "\"country\":\"GB\"}},\"metadata\":{\"a\":\"\",\"b\":1.5,\"c\":false}"));

    assertThat(r.status()).isEqualTo(201);
    JsonNode p = r.json();
    assertThat(p.path("language").asText()).isEqualTo("cy");
    assertThat(p.path("delayed_capture").asBoolean()).isTrue();
    assertThat(p.path("moto").asBoolean()).isTrue();
    assertThat(p.path("email").asText()).isEqualTo("a@b.example");
    assertThat(p.path("metadata").path("b").asDouble()).isEqualTo(1.5);
  }

  private static String with(String override) {
    String key = override.substring(0, override.indexOf(':'));
    StringBuilder sb = new StringBuilder("{").append(override);
    for (String pair : OK.split(",(?=\")")) {
      if (!pair.startsWith(key)) {
        sb.append(',').append(pair);
      }
    }
    return sb.append('}').toString();
  }

  private static String sixteenKeys() {
    ObjectNode n = PayHttp.JSON.createObjectNode();
    for (int i = 0; i < 16; i++) {
      n.put("k" + i, i);
    }
    return n.toString();
  }
}
