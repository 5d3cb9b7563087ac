package io.github.councilplatform.sandbox.internal.pay;

import static org.assertj.core.api.Assertions.fail;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * GOV.UK Pay's OpenAPI file (a copy of shared/specs/pay-openapi.json in the test resources) with the known
 * gaps of reference/pay.md section 14 patched, as a validator for every response the sandbox sends.
 */
final class PaySpec {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
      .createForInlineApiSpecification(patched().toString()).build();

  private PaySpec() {}

  /**
   * Fails the test if a response does not match the (patched) spec.
   *
   * @param method the request method
   * @param path the request path without query
   * @param status the response status
   * @param contentType the response content type, or null
   * @param body the response body, or null/empty
   */
  static void check(String method, String path, int status, String contentType, String body) {
    SimpleResponse.Builder b = SimpleResponse.Builder.status(status);
    if (contentType != null) {
      b.withContentType(contentType);
    }
    if (body != null && !body.isEmpty()) {
      b.withBody(body);
    }
    ValidationReport report = VALIDATOR.validateResponse(path, Request.Method.valueOf(method), b.build());
    if (report.hasErrors()) {
      fail("Response to " + method + " " + path + " (" + status + ") breaks the Pay spec: "
          + report.getMessages() + "\nBody: " + body);
    }
  }

  static JsonNode patched() {
    ObjectNode spec;
    try (InputStream in = PaySpec.class.getResourceAsStream("/pay/pay-openapi.json")) {
      spec = (ObjectNode) MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ObjectNode schemas = (ObjectNode) spec.path("components").path("schemas");
    // 1. Metadata is a flat map of string, number or boolean values on the wire.
    ObjectNode metadata = MAPPER.createObjectNode().put("type", "object");
    ArrayNode anyOf = metadata.putObject("additionalProperties").putArray("anyOf");
    anyOf.addObject().put("type", "string");
    anyOf.addObject().put("type", "number");
    anyOf.addObject().put("type", "boolean");
    schemas.set("ExternalMetadata", metadata);
    // Agreement payments report authorisation_mode "agreement", which the response enums leave out.
    for (String s : new String[] {"PaymentWithAllLinks", "PaymentDetailForSearch", "CreatePaymentResult"}) {
      JsonNode mode = schemas.path(s).path("properties").path("authorisation_mode");
      if (mode.has("enum")) {
        ((ArrayNode) mode.get("enum")).add("agreement");
      }
    }
    // Payments made with or for an agreement carry agreement_id, which the spec leaves out.
    for (String s : new String[] {"PaymentWithAllLinks", "PaymentDetailForSearch"}) {
      ((ObjectNode) schemas.path(s).path("properties")).putObject("agreement_id").put("type", "string");
    }
    // POST link params are strings (chargeTokenId, one_time_token), not objects.
    ((ObjectNode) schemas.path("PostLink").path("properties").path("params")).putObject("additionalProperties")
        .put("type", "string");
    // card_type may be null, and billing_address is null when no address was collected.
    for (String s : new String[] {"CardDetails", "CardDetailsFromResponse"}) {
      ObjectNode props = (ObjectNode) schemas.path(s).path("properties");
      ((ObjectNode) props.get("card_type")).put("nullable", true);
      props.set("billing_address", ((ObjectNode) schemas.get("Address").deepCopy()).put("nullable", true));
    }
    // 5. PaymentState.status has a closed set of values.
    ArrayNode statuses = ((ObjectNode) schemas.path("PaymentState").path("properties").path("status"))
        .putArray("enum");
    for (String s : new String[] {"created", "started", "submitted", "capturable", "success", "failed", "cancelled",
        "error"}) {
      statuses.add(s);
    }
    // 7. The agreement's payment instrument is card_details on the wire.
    ((ObjectNode) schemas.path("PaymentInstrument").path("properties")).putObject("card_details")
        .put("$ref", "#/components/schemas/CardDetailsFromResponse");
    ObjectNode paths = (ObjectNode) spec.path("paths");
    // 3. Refund create answers 202 with the Refund body, and 400/403/412/422 with RequestError.
    ObjectNode refundResponses = responses(paths, "/v1/payments/{paymentId}/refunds", "post");
    refundResponses.set("202", jsonResponse("Refund"));
    for (String code : new String[] {"400", "403", "412", "422"}) {
      refundResponses.set(code, jsonResponse("RequestError"));
    }
    // Create payment: 200 on an idempotent replay; 403 (account disabled); 409 (Idempotency-Key reused).
    ObjectNode create = responses(paths, "/v1/payments", "post");
    // The create response is the full payment (pay-publicapi's CreatedPaymentWithAllLinks), which has more
    // fields (authorisation_mode, agreement_id, ...) than the spec's CreatePaymentResult.
    create.set("201", jsonResponse("PaymentWithAllLinks"));
    create.set("200", jsonResponse("PaymentWithAllLinks"));
    create.set("403", jsonResponse("RequestError"));
    create.set("409", jsonResponse("RequestError"));
    // Search pages past the end are 404 (P0402, P1100, P2402).
    for (String p : new String[] {"/v1/payments", "/v1/refunds", "/v1/disputes"}) {
      responses(paths, p, "get").set("404", jsonResponse("RequestError"));
    }
    // /v1/auth answers field errors with RequestError (field + code); 6. and 429 where missing.
    responses(paths, "/v1/auth", "post").set("422", jsonResponse("RequestError"));
    // Every endpoint can answer the firewall's 400 P0920 and the rate limiter's 429 P0900.
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      for (Iterator<JsonNode> ops = it.next().getValue().elements(); ops.hasNext(); ) {
        ObjectNode r = (ObjectNode) ops.next().path("responses");
        if (!r.has("400")) {
          r.set("400", jsonResponse("RequestError"));
        }
        if (!r.has("429")) {
          r.set("429", jsonResponse("ErrorResponse"));
        }
      }
    }
    return spec;
  }

  private static ObjectNode responses(ObjectNode paths, String path, String method) {
    return (ObjectNode) paths.path(path).path(method).path("responses");
  }

  private static ObjectNode jsonResponse(String schema) {
    ObjectNode r = MAPPER.createObjectNode().put("description", "patched");
    r.putObject("content").putObject("application/json").putObject("schema")
        .put("$ref", "#/components/schemas/" + schema);
    return r;
  }
}
