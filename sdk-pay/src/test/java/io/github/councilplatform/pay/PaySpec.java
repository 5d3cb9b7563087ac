package io.github.councilplatform.pay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * GOV.UK Pay's published OpenAPI file (src/test/resources/pay-openapi.json, a copy of
 * alphagov/pay-publicapi openapi/publicapi_spec.json, MIT licence, Crown Copyright), with the known gaps of
 * reference/pay.md section 14 patched, and a small strict checker for the requests the client sends and the
 * responses the tests serve. Strict: an object property the schema does not declare is an error, so a
 * misspelt field on either side fails the test.
 *
 * <p>A checker of our own rather than swagger-request-validator: that library is not among the project's
 * vetted Maven packages, and the subset of OpenAPI 3.0 the Pay file uses is small.
 */
final class PaySpec {
  static final PaySpec INSTANCE = new PaySpec();

  private final JsonNode root;
  private final ObjectMapper mapper = new ObjectMapper();

  private PaySpec() {
    try (InputStream in = PaySpec.class.getResourceAsStream("/pay-openapi.json")) {
      root = patch((ObjectNode) mapper.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The gaps between the published file and GOV.UK Pay's real behaviour (reference/pay.md section 14). */
  private ObjectNode patch(ObjectNode spec) {
    ObjectNode schemas = (ObjectNode) spec.at("/components/schemas");
    // 14.1: metadata is a flat map of string, number or boolean values (at most 15; values at most 100 chars).
    ObjectNode metadata = mapper.createObjectNode().put("type", "object").put("maxProperties", 15);
    metadata.putObject("additionalProperties").put("x-scalar", true).put("maxLength", 100);
    schemas.set("ExternalMetadata", metadata);
    // 14.2: blank reference/description are refused. (An amount of 0 stays valid: accounts with zero
    // amounts turned on accept it.)
    ObjectNode create = (ObjectNode) schemas.get("CreateCardPaymentRequest");
    ((ObjectNode) create.at("/properties/reference")).put("minLength", 1);
    ((ObjectNode) create.at("/properties/description")).put("minLength", 1);
    // return_url is required for web payments only; moto_api and agreement payments must not send it.
    ArrayNode required = mapper.createArrayNode().add("amount").add("description").add("reference");
    create.set("required", required);
    // 14.5: PaymentState.status has no enum in the file.
    ArrayNode statuses = ((ObjectNode) schemas.at("/PaymentState/properties/status")).putArray("enum");
    for (String s : List.of("created", "started", "submitted", "capturable", "success", "failed", "cancelled",
        "error")) {
      statuses.add(s);
    }
    // Payments can be in agreement mode, which the response enums leave out.
    for (String name : List.of("PaymentWithAllLinks", "PaymentDetailForSearch")) {
      ((ArrayNode) schemas.at("/" + name + "/properties/authorisation_mode/enum")).add("agreement");
    }
    // 14.7: the agreement's card is card_details on the wire.
    ObjectNode instrument = (ObjectNode) schemas.at("/PaymentInstrument/properties");
    instrument.set("card_details", instrument.remove("CardDetails"));
    // 14.3: refund create answers 202 with a Refund body.
    ObjectNode refunds = (ObjectNode) spec.at("/paths/~1v1~1payments~1{paymentId}~1refunds/post/responses");
    refunds.set("202", refunds.get("200"));
    // ...and its 412 (P0604) has the usual RequestError body, which the file leaves out.
    ((ObjectNode) refunds.get("412")).putObject("content").putObject("application/json").putObject("schema")
        .put("$ref", "#/components/schemas/RequestError");
    // An idempotent replay of an agreement payment answers 200 with the original payment.
    ObjectNode createResponses = (ObjectNode) spec.at("/paths/~1v1~1payments/post/responses");
    createResponses.set("200", createResponses.get("201"));
    // POST link parameters are strings (one_time_token, chargeTokenId), not objects.
    ((ObjectNode) schemas.at("/PostLink/properties/params")).putObject("additionalProperties").put("x-scalar", true);
    // The header's documented limit (reference/pay.md section 3.2).
    ((ObjectNode) spec.at("/paths/~1v1~1payments/post/parameters/0/schema")).put("maxLength", 255);
    return spec;
  }

  /** Checks a request the client sent; returns the violations. */
  List<String> checkRequest(String method, String url, Map<String, String> headers, String body) {
    List<String> errors = new ArrayList<>();
    String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    JsonNode op = operation(method, path);
    String where = method + " " + path;
    if (op == null) {
      errors.add(where + ": no such operation in the spec");
      return errors;
    }
    boolean auth = !path.equals("/v1/auth");
    String authorization = header(headers, "Authorization");
    if (auth && (authorization == null || !authorization.startsWith("Bearer "))) {
      errors.add(where + ": no bearer API key");
    }
    if (!auth && authorization != null) {
      errors.add(where + ": must not send the API key");
    }
    if (!"application/json".equals(header(headers, "Accept"))) {
      errors.add(where + ": Accept is not application/json");
    }
    if (method.equals("POST") && !String.valueOf(header(headers, "Content-Type")).startsWith("application/json")) {
      errors.add(where + ": POST without Content-Type application/json");
    }
    // Query parameters must be declared, with valid values.
    if (url.contains("?")) {
      for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
        String[] kv = pair.split("=", 2);
        String name = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
        String value = kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
        JsonNode param = parameter(op, "query", name);
        if (param == null) {
          errors.add(where + ": undeclared query parameter " + name);
        } else {
          check(mapper.getNodeFactory().textNode(value), param.get("schema"), where + " ?" + name, errors);
        }
      }
    }
    String key = header(headers, "Idempotency-Key");
    if (key != null) {
      JsonNode param = parameter(op, "header", "Idempotency-Key");
      if (param == null) {
        errors.add(where + ": Idempotency-Key is not accepted here");
      } else {
        check(mapper.getNodeFactory().textNode(key), param.get("schema"), where + " Idempotency-Key", errors);
      }
    }
    JsonNode requestSchema = op.at("/requestBody/content/application~1json/schema");
    if (requestSchema.isMissingNode()) {
      if (body != null && !body.isEmpty()) {
        errors.add(where + ": sends a body the spec does not define");
      }
    } else {
      JsonNode json = parse(body, where, errors);
      if (json != null) {
        check(json, requestSchema, where + " body", errors);
      }
    }
    return errors;
  }

  /** Checks a response the tests served; returns the violations. */
  List<String> checkResponse(String method, String path, int status, String body) {
    List<String> errors = new ArrayList<>();
    JsonNode op = operation(method, path);
    String where = method + " " + path + " -> " + status;
    if (op == null) {
      return errors;
    }
    JsonNode response = op.at("/responses/" + status);
    JsonNode schema;
    if (response.isMissingNode()) {
      if (status < 400) {
        errors.add(where + ": status not in the spec");
        return errors;
      }
      schema = root.at("/components/schemas/RequestError"); // statuses the spec leaves out use RequestError
    } else {
      schema = response.at("/content/application~1json/schema");
    }
    if (body == null || body.isEmpty()) {
      if (!schema.isMissingNode() && status < 400) {
        errors.add(where + ": empty body where the spec defines one");
      }
      return errors;
    }
    if (schema.isMissingNode()) {
      errors.add(where + ": body where the spec defines none");
      return errors;
    }
    JsonNode json = parse(body, where, errors);
    if (json != null) {
      check(json, schema, where, errors);
    }
    return errors;
  }

  /** Checks a value against a named component schema, e.g. a webhook's payment resource. */
  List<String> checkComponent(JsonNode value, String schemaName) {
    List<String> errors = new ArrayList<>();
    check(value, root.at("/components/schemas/" + schemaName), schemaName, errors);
    return errors;
  }

  private JsonNode operation(String method, String path) {
    Iterator<Map.Entry<String, JsonNode>> paths = root.get("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> e = paths.next();
      String regex = "^" + e.getKey().replaceAll("\\{[^}]+}", "[^/]+") + "$";
      if (path.matches(regex) && e.getValue().has(method.toLowerCase())) {
        return e.getValue().get(method.toLowerCase());
      }
    }
    return null;
  }

  private static JsonNode parameter(JsonNode op, String in, String name) {
    for (JsonNode p : op.path("parameters")) {
      if (in.equals(p.path("in").asText()) && name.equalsIgnoreCase(p.path("name").asText())) {
        return p;
      }
    }
    return null;
  }

  private static String header(Map<String, String> headers, String name) {
    for (Map.Entry<String, String> h : headers.entrySet()) {
      if (h.getKey().equalsIgnoreCase(name)) {
        return h.getValue();
      }
    }
    return null;
  }

  private JsonNode parse(String body, String where, List<String> errors) {
    try {
      return mapper.readTree(body == null ? "" : body);
    } catch (IOException e) {
      errors.add(where + ": body is not JSON");
      return null;
    }
  }

  private JsonNode resolve(JsonNode schema) {
    while (schema != null && schema.has("$ref")) {
      schema = root.at(schema.get("$ref").asText().substring(1));
    }
    return schema;
  }

  private void check(JsonNode value, JsonNode schemaOrRef, String at, List<String> errors) {
    JsonNode schema = resolve(schemaOrRef);
    if (schema == null || schema.isMissingNode()) {
      return;
    }
    if (value.isNull()) {
      if (!schema.path("nullable").asBoolean(false)) {
        errors.add(at + ": null where the spec does not allow it");
      }
      return;
    }
    if (schema.path("x-scalar").asBoolean(false)) {
      if (!(value.isTextual() || value.isNumber() || value.isBoolean())) {
        errors.add(at + ": must be a string, number or boolean");
      }
      if (schema.has("maxLength") && value.asText().length() > schema.get("maxLength").asInt()) {
        errors.add(at + ": longer than " + schema.get("maxLength").asInt());
      }
      return;
    }
    String type = schema.has("type") ? schema.get("type").asText() : schema.has("properties") ? "object" : "";
    switch (type) {
      case "object" -> checkObject(value, schema, at, errors);
      case "array" -> {
        if (!value.isArray()) {
          errors.add(at + ": must be an array");
          return;
        }
        int i = 0;
        for (JsonNode item : value) {
          check(item, schema.get("items"), at + "[" + i++ + "]", errors);
        }
      }
      case "string" -> {
        if (!value.isTextual()) {
          errors.add(at + ": must be a string, got " + value.getNodeType());
          return;
        }
        String s = value.asText();
        if (schema.has("minLength") && s.length() < schema.get("minLength").asInt()) {
          errors.add(at + ": shorter than " + schema.get("minLength").asInt());
        }
        if (schema.has("maxLength") && s.length() > schema.get("maxLength").asInt()) {
          errors.add(at + ": longer than " + schema.get("maxLength").asInt());
        }
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(s).find()) {
          errors.add(at + ": does not match " + schema.get("pattern").asText());
        }
        checkEnum(value, schema, at, errors);
      }
      case "integer" -> {
        if (!value.isIntegralNumber()) {
          errors.add(at + ": must be an integer, got " + value.getNodeType());
          return;
        }
        if (schema.has("minimum") && value.asLong() < schema.get("minimum").asLong()) {
          errors.add(at + ": below " + schema.get("minimum").asLong());
        }
        if (schema.has("maximum") && value.asLong() > schema.get("maximum").asLong()) {
          errors.add(at + ": above " + schema.get("maximum").asLong());
        }
      }
      case "number" -> {
        if (!value.isNumber()) {
          errors.add(at + ": must be a number");
        }
      }
      case "boolean" -> {
        if (!value.isBoolean()) {
          errors.add(at + ": must be a boolean");
        }
      }
      default -> { }
    }
  }

  private void checkObject(JsonNode value, JsonNode schema, String at, List<String> errors) {
    if (!value.isObject()) {
      errors.add(at + ": must be an object");
      return;
    }
    for (JsonNode r : schema.path("required")) {
      if (!value.has(r.asText())) {
        errors.add(at + ": missing required " + r.asText());
      }
    }
    if (schema.has("maxProperties") && value.size() > schema.get("maxProperties").asInt()) {
      errors.add(at + ": more than " + schema.get("maxProperties").asInt() + " properties");
    }
    JsonNode props = schema.path("properties");
    JsonNode additional = schema.get("additionalProperties");
    Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      if (props.has(f.getKey())) {
        check(f.getValue(), props.get(f.getKey()), at + "." + f.getKey(), errors);
      } else if (additional != null && additional.isObject()) {
        check(f.getValue(), additional, at + "." + f.getKey(), errors);
      } else if (additional == null || !additional.asBoolean(true)) {
        errors.add(at + ": property " + f.getKey() + " is not in the spec");
      }
    }
  }

  private static void checkEnum(JsonNode value, JsonNode schema, String at, List<String> errors) {
    if (!schema.has("enum")) {
      return;
    }
    for (JsonNode e : schema.get("enum")) {
      if (e.asText().equals(value.asText())) {
        return;
      }
    }
    errors.add(at + ": '" + value.asText() + "' is not one of " + schema.get("enum"));
  }
}
