package io.github.councilplatform.sandbox.pay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.councilplatform.sandbox.internal.Responses;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The public API endpoints under {@code /v1/} for one authenticated account: create, get, events, cancel,
 * capture and search payments; refunds; agreements; disputes. Each throws {@link PayError} for Pay's error
 * answers.
 */
final class PayApi {
  private static final Set<String> PAYMENT_STATES = Set.of("created", "started", "submitted", "success", "failed",
      "cancelled", "error");
  private static final Duration IDEMPOTENCY_WINDOW = Duration.ofHours(24);

  private final PayEngine engine;
  private final PayJson json;
  private final String baseUrl;

  PayApi(PayEngine engine, PayJson json, String baseUrl) {
    this.engine = engine;
    this.json = json;
    this.baseUrl = baseUrl;
  }

  /** {@code POST /v1/payments}. */
  ResponseDefinition createPayment(PayAccount account, Request request) {
    JsonNode body = parseBody(request, "P0197");
    Payment.Builder b = CreatePaymentParser.parse(body, account);
    String key = request.getHeader("Idempotency-Key");
    if (request.containsHeader("Idempotency-Key")) {
      if (key == null || key.isEmpty() || key.length() > 255) {
        throw PayError.header(422, "Idempotency-Key", "P0102",
            "Header [Idempotency-Key] can have a size between 1 and 255");
      }
      if (!key.matches("[a-zA-Z0-9-]+")) {
        throw PayError.header(422, "Idempotency-Key", "P0102",
            "Header [Idempotency-Key] can only contain alphanumeric characters and hyphens");
      }
    }
    if (account.disabled) {
      throw PayError.of(403, "P0941", "GOV.UK Pay has disabled payment and refund creation on this account."
          + " Contact support with your error code - https://www.payments.service.gov.uk/support/ .");
    }
    if (b.moto && !account.motoEnabled) {
      throw PayError.of(422, "P0196", "MOTO payments are not enabled for this account. Please contact support if"
          + " you would like to process MOTO payments - https://www.payments.service.gov.uk/support/ .");
    }
    if ("moto_api".equals(b.authorisationMode) && !account.motoApiEnabled) {
      throw PayError.of(422, "P0195", "Using authorisation_mode of moto_api is not allowed for this account");
    }
    CreatePaymentParser.checkModeRules(b, body);
    if (account.live && b.returnUrl != null && !b.returnUrl.regionMatches(true, 0, "https://", 0, 8)) {
      throw PayError.field(422, "return_url", "P0920",
          "Invalid attribute value: return_url. Must begin with https:// for a live gateway account");
    }
    synchronized (account) {
      if ("agreement".equals(b.authorisationMode) || b.setUpAgreement != null) {
        if (!account.recurringEnabled) {
          throw PayError.of(422, "P0942", "Recurring card payments are currently disabled for this service."
              + " Contact support with your error code - https://www.payments.service.gov.uk/support/");
        }
      }
      if (b.setUpAgreement != null && !account.agreements.containsKey(b.setUpAgreement)) {
        throw PayError.field(400, "set_up_agreement", "P0103",
            "Invalid attribute value: set_up_agreement. Agreement ID does not exist");
      }
      if ("agreement".equals(b.authorisationMode)) {
        if (key != null) {
          PayAccount.Idempotent seen = account.idempotency.get(key);
          if (seen != null && seen.at().plus(IDEMPOTENCY_WINDOW).isAfter(engine.now())) {
            if (!seen.body().equals(body)) {
              throw PayError.of(409, "P0191", "The `Idempotency-Key` you sent in the request header has already"
                  + " been used to create a payment.");
            }
            Payment original = account.payments.get(seen.paymentId());
            return Responses.json(200, json.payment(original, engine.mintChargeToken(original)));
          }
        }
        Agreement a = account.agreements.get(b.agreementId);
        if (a == null) {
          throw PayError.invalid(400, "P0102", "agreement_id", "Agreement does not exist");
        }
        if (!"active".equals(a.status)) {
          throw PayError.invalid(400, "P0102", "agreement_id", "Agreement must be active");
        }
      }
      Payment p = engine.create(account, b);
      if ("agreement".equals(b.authorisationMode) && key != null) {
        account.idempotency.put(key, new PayAccount.Idempotent(body, p.id, p.created));
      }
      byte[] out = bytes(json.payment(p, engine.mintChargeToken(p)));
      return Responses.of(201, out, new HttpHeader("Content-Type", "application/json"),
          new HttpHeader("Location", json.paymentUrl(p)));
    }
  }

  /** {@code GET /v1/payments/{id}}: a fresh single-use {@code next_url} on each call. */
  ResponseDefinition getPayment(PayAccount account, String id) {
    Payment p = payment(account, id, "P0200");
    synchronized (account) {
      return Responses.json(200, json.payment(p, engine.mintChargeToken(p)));
    }
  }

  ResponseDefinition events(PayAccount account, String id) {
    Payment p = payment(account, id, "P0300");
    synchronized (account) {
      return Responses.json(200, json.events(p));
    }
  }

  ResponseDefinition cancel(PayAccount account, String id) {
    engine.cancelByService(payment(account, id, "P0500"));
    return Responses.empty(204);
  }

  ResponseDefinition capture(PayAccount account, String id) {
    engine.capture(payment(account, id, "P1000"));
    return Responses.empty(204);
  }

  /** {@code POST /v1/payments/{id}/refunds}: 202 with the refund, which has already succeeded. */
  ResponseDefinition createRefund(PayAccount account, String id, Request request) {
    JsonNode body = parseBody(request, "P0697");
    JsonNode amount = body.get("amount");
    if (amount == null || amount.isNull()) {
      throw PayError.field(400, "amount", "P0601", "Missing mandatory attribute: amount");
    }
    if (!amount.isInt()) {
      throw PayError.invalid(400, "P0602", "amount", "Must be a valid numeric format");
    }
    if (amount.intValue() < 1) {
      throw PayError.invalid(422, "P0602", "amount", "Must be greater than or equal to 1");
    }
    if (amount.intValue() > 10_000_000) {
      throw PayError.invalid(422, "P0602", "amount", "Must be less than or equal to 10000000");
    }
    JsonNode available = body.get("refund_amount_available");
    // RequestJsonParser.parseRefundRequest (L83) reads any present value with asInt(): null and non-numbers are 0.
    Integer refundAmountAvailable = available == null ? null : available.asInt();
    Payment p = payment(account, id, "P0600");
    if (account.disabled) {
      throw PayError.of(403, "P0941", "GOV.UK Pay has disabled payment and refund creation on this account."
          + " Contact support with your error code - https://www.payments.service.gov.uk/support/ .");
    }
    Refund r = engine.refund(p, amount.intValue(), refundAmountAvailable);
    return Responses.json(202, json.refund(r));
  }

  ResponseDefinition getRefund(PayAccount account, String paymentId, String refundId) {
    Payment p = payment(account, paymentId, "P0700");
    synchronized (account) {
      return p.refunds.stream().filter(r -> r.id().equals(refundId)).findFirst()
          .map(r -> Responses.json(200, json.refund(r)))
          .orElseThrow(() -> PayError.notFound("P0700"));
    }
  }

  ResponseDefinition listRefunds(PayAccount account, String id) {
    Payment p = payment(account, id, "P0800");
    synchronized (account) {
      return Responses.json(200, json.refunds(p));
    }
  }

  /** {@code GET /v1/payments}: newest first. */
  ResponseDefinition searchPayments(PayAccount account, Request request) {
    Search s = new Search(request, List.of("reference", "email", "state", "card_brand", "from_date", "to_date",
        "page", "display_size", "cardholder_name", "first_digits_card_number", "last_digits_card_number",
        "from_settled_date", "to_settled_date", "agreement_id"));
    s.check("reference", Search.maxLength(255)).check("email", Search.maxLength(254))
        .check("state", Search.oneOf(PAYMENT_STATES)).check("card_brand", Search.maxLength(20))
        .check("first_digits_card_number", Search.digits(6)).check("last_digits_card_number", Search.digits(4))
        .checkDates();
    // publicapi PaymentSearchValidator.validateSearchParameters: its order of checks, and no check of
    // agreement_id or cardholder_name.
    s.validate("P0401", List.of("state", "reference", "email", "card_brand", "from_date", "to_date", "page",
        "display_size", "first_digits_card_number", "last_digits_card_number", "from_settled_date",
        "to_settled_date"));
    synchronized (account) {
      List<Payment> matches = newestFirst(account.payments.values()).stream().filter(p -> s.inDates(p.created))
          .filter(p -> s.get("reference") == null || s.get("reference").equals(p.reference))
          .filter(p -> s.get("email") == null || p.email != null && p.email.toLowerCase().contains(
              s.get("email").toLowerCase()))
          .filter(p -> s.get("state") == null || s.get("state").equals(p.status))
          .filter(p -> s.get("card_brand") == null || p.card != null && p.card.brand().equalsIgnoreCase(
              s.get("card_brand")))
          .filter(p -> s.get("cardholder_name") == null || p.card != null && p.card.cardholderName()
              .toLowerCase().contains(s.get("cardholder_name").toLowerCase()))
          .filter(p -> s.get("first_digits_card_number") == null || p.card != null && p.card.firstDigits()
              .equals(s.get("first_digits_card_number")))
          .filter(p -> s.get("last_digits_card_number") == null || p.card != null && p.card.lastDigits()
              .equals(s.get("last_digits_card_number")))
          .filter(p -> s.get("agreement_id") == null || s.get("agreement_id").equals(p.agreementId)
              || s.get("agreement_id").equals(p.setUpAgreement))
          .toList();
      return Responses.json(200, s.page(matches, json::paymentForSearch, baseUrl, "/v1/payments", "P0402",
          "_links"));
    }
  }

  /** {@code GET /v1/refunds}: newest first. */
  ResponseDefinition searchRefunds(PayAccount account, Request request) {
    Search s = new Search(request, List.of("from_date", "to_date", "page", "display_size", "from_settled_date",
        "to_settled_date"));
    s.checkDates().validate("P1101");
    synchronized (account) {
      List<Refund> refunds = new ArrayList<>(account.payments.values().stream()
          .flatMap(p -> p.refunds.stream()).filter(r -> s.inDates(r.created())).toList());
      Collections.reverse(refunds);
      return Responses.json(200, s.page(refunds, json::refund, baseUrl, "/v1/refunds", "P1100", "_links"));
    }
  }

  /** {@code POST /v1/agreements}. */
  ResponseDefinition createAgreement(PayAccount account, Request request) {
    JsonNode body = parseBody(request, "P2197");
    // publicapi RequestJsonParser.parseAgreementRequest (L159-171) first, then the @Size bean validation of
    // CreateAgreementRequest (L21-29), whose violations ViolationExceptionMapper reports as 422 P0102.
    String reference = agreementString(body, "reference", true);
    String description = agreementString(body, "description", true);
    String userIdentifier = agreementString(body, "user_identifier", false);
    agreementSize("reference", reference);
    agreementSize("description", description);
    agreementSize("user_identifier", userIdentifier);
    if (!account.recurringEnabled) {
      throw PayError.of(422, "P0942", "Recurring card payments are currently disabled for this service."
          + " Contact support with your error code - https://www.payments.service.gov.uk/support/");
    }
    Agreement a = new Agreement(PayIds.externalId(), reference, description, userIdentifier, engine.now());
    synchronized (account) {
      account.agreements.put(a.id, a);
      return Responses.json(201, json.agreement(a));
    }
  }

  ResponseDefinition getAgreement(PayAccount account, String id) {
    synchronized (account) {
      Agreement a = account.agreements.get(id);
      if (a == null) {
        throw PayError.notFound("P2200");
      }
      return Responses.json(200, json.agreement(a));
    }
  }

  ResponseDefinition cancelAgreement(PayAccount account, String id) {
    synchronized (account) {
      Agreement a = account.agreements.get(id);
      if (a == null) {
        throw PayError.notFound("P2500");
      }
      if (!"active".equals(a.status)) {
        throw PayError.of(400, "P2501", "Cancellation of agreement failed");
      }
      a.status = "cancelled";
      a.cancelled = engine.now();
      return Responses.empty(204);
    }
  }

  ResponseDefinition searchAgreements(PayAccount account, Request request) {
    Search s = new Search(request, List.of("reference", "status", "page", "display_size"));
    s.check("reference", Search.maxLength(255))
        .check("status", Search.oneOf(Set.of("created", "active", "cancelled", "inactive"))).validate("P2401");
    synchronized (account) {
      List<Agreement> matches = newestFirst(account.agreements.values()).stream()
          .filter(a -> s.get("reference") == null || a.reference.equalsIgnoreCase(s.get("reference")))
          .filter(a -> s.get("status") == null || a.status.equals(s.get("status")))
          .toList();
      return Responses.json(200, s.page(matches, json::agreement, baseUrl, "/v1/agreements", "P2402", "_links"));
    }
  }

  /** {@code GET /v1/disputes}: its results carry {@code links}, not {@code _links}. */
  ResponseDefinition searchDisputes(PayAccount account, Request request) {
    Search s = new Search(request, List.of("from_date", "to_date", "from_settled_date", "to_settled_date",
        "status", "page", "display_size"));
    s.checkDates().check("status", Search.oneOf(Set.of("needs_response", "under_review", "lost", "won")))
        .validate("P0401");
    synchronized (account) {
      List<Dispute> matches = new ArrayList<>(account.disputes.stream().filter(d -> s.inDates(d.created()))
          .filter(d -> s.get("status") == null || d.status().equals(s.get("status"))).toList());
      Collections.reverse(matches);
      return Responses.json(200, s.page(matches, json::dispute, baseUrl, "/v1/disputes", "P0402", "links"));
    }
  }

  private static void agreementSize(String field, String value) {
    if (value != null && (value.isEmpty() || value.length() > 255)) {
      throw PayError.invalid(422, "P0102", field, "Must be less than or equal to 255 characters length");
    }
  }

  private static String agreementString(JsonNode body, String field, boolean required) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      if (required) {
        throw PayError.missing("P2101", field);
      }
      return null;
    }
    if (!n.isTextual()) {
      // RequestJsonParser.java:166 words the optional user_identifier's type error differently.
      throw PayError.invalid(400, "P2102", field, required ? "Must be a valid string format" : "Field must be a string");
    }
    if (required && n.textValue().isBlank()) {
      throw PayError.missing("P2101", field);
    }
    return n.textValue();
  }


  private Payment payment(PayAccount account, String id, String notFoundCode) {
    synchronized (account) {
      Payment p = account.payments.get(id);
      if (p == null) {
        throw PayError.notFound(notFoundCode);
      }
      return p;
    }
  }

  /** Parses a JSON object body; anything else is 400 with the endpoint's "Unable to parse JSON" code. */
  static JsonNode parseBody(Request request, String parseCode) {
    try {
      JsonNode node = Responses.JSON.readTree(request.getBody());
      if (node != null && node.isObject()) {
        return node;
      }
    } catch (java.io.IOException e) {
      // falls through to the parse error
    }
    throw PayError.of(400, parseCode, "Unable to parse JSON");
  }

  private static <T> List<T> newestFirst(java.util.Collection<T> items) {
    List<T> list = new ArrayList<>(items);
    Collections.reverse(list);
    return list;
  }

  static byte[] bytes(Object value) {
    try {
      return Responses.JSON.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
