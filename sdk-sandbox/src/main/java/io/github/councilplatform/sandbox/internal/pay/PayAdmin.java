package io.github.councilplatform.sandbox.internal.pay;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.councilplatform.sandbox.internal.Responses;
import io.github.councilplatform.sandbox.internal.Router;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The Pay part of the sandbox admin API, under {@code /_sandbox/pay}. Calls act on the account whose API key
 * is sent as {@code Authorization: Bearer <key>}, or on the seeded account when none is sent:
 *
 * <ul>
 *   <li>{@code GET /_sandbox/pay}: the account's {@code apiKey} and {@code webhookSigningSecret};
 *   <li>{@code POST /_sandbox/pay/accounts} {@code {"live": false}}: a further service (gateway account) with
 *       its own key and secret; a live one gets an {@code api_live_} key and needs https return URLs;
 *   <li>{@code POST /_sandbox/pay/settings} {@code {"motoEnabled", "motoApiEnabled", "recurringEnabled",
 *       "zeroAmountAllowed", "disabled", "paymentProvider"}}: switch account features;
 *   <li>{@code POST /_sandbox/pay/webhooks} {@code {"callbackUrl", "subscriptions": [...], "description"}},
 *       {@code GET /_sandbox/pay/webhooks}, {@code DELETE /_sandbox/pay/webhooks/{id}},
 *       {@code GET /_sandbox/pay/webhooks/messages}: webhook endpoints and their delivery history;
 *   <li>{@code POST /_sandbox/pay/disputes} {@code {"paymentId", "status", "reason", "amount", "fee"}}: raise
 *       a dispute on a successful payment;
 *   <li>{@code POST /_sandbox/pay/payments/{id}/complete} {@code {"cardNumber", "confirm"}}: pay a web
 *       payment as the user would on the payment pages, without a browser.
 * </ul>
 */
final class PayAdmin {
  private static final Set<String> DISPUTE_STATUSES = Set.of("needs_response", "under_review", "lost", "won");
  private static final Set<String> DISPUTE_REASONS = Set.of("credit_not_processed", "duplicate", "fraudulent",
      "general", "product_not_received", "product_unacceptable", "unrecognised", "subscription_cancelled",
      "other");

  private final PayPlatform platform;
  private final PayEngine engine;
  private final Webhooks webhooks;
  private final Router<PayAccount> router = routes();

  /** Where the dispatcher mounts Pay's admin API. */
  private static final String PREFIX = "/_sandbox/pay";

  PayAdmin(PayPlatform platform, PayEngine engine, Webhooks webhooks) {
    this.platform = platform;
    this.engine = engine;
    this.webhooks = webhooks;
  }

  ResponseDefinition handle(String sub, Request request) {
    String bearer = PayPlatform.bearer(request);
    PayAccount account = bearer == null ? platform.defaultAccount() : platform.account(bearer);
    if (account == null) {
      return error(401, "Unknown Pay API key");
    }
    try {
      return router.dispatch(request, account);
    } catch (IllegalArgumentException e) {
      return error(400, e.getMessage());
    }
  }

  private Router<PayAccount> routes() {
    return Router.<PayAccount>builder()
        .any(PREFIX + "/?", (c, account) -> Responses.json(200, PayPlatform.credentials(account)))
        .post(PREFIX + "/accounts", (c, account) -> {
          boolean live = c.request().getBody().length > 0 && body(c.request()).path("live").asBoolean(false);
          return Responses.json(201, PayPlatform.credentials(platform.newAccount(live)));
        })
        .post(PREFIX + "/settings", (c, account) -> settings(account, body(c.request())))
        .post(PREFIX + "/webhooks", (c, account) -> register(account, body(c.request())))
        .get(PREFIX + "/webhooks", (c, account) ->
            Responses.json(200, webhooks.endpoints(account).stream().map(PayAdmin::endpoint).toList()))
        .get(PREFIX + "/webhooks/messages", (c, account) ->
            Responses.json(200, webhooks.messages(account).stream().map(PayAdmin::message).toList()))
        .route(RequestMethod.DELETE, PREFIX + "/webhooks/{id:.+}", (c, account) ->
            webhooks.remove(account, c.param("id")) ? Responses.empty(204) : error(404, "No webhook " + c.param("id")))
        .post(PREFIX + "/disputes", (c, account) -> dispute(account, body(c.request())))
        .post(PREFIX + "/payments/{id:.+}/complete", (c, account) -> complete(account, c.param("id"),
            c.request().getBody().length == 0 ? null : body(c.request())))
        .notFound(c -> error(404, "No Pay admin endpoint " + c.method() + " " + c.path()))
        .build();
  }

  private ResponseDefinition settings(PayAccount account, JsonNode b) {
    synchronized (account) {
      account.motoEnabled = b.path("motoEnabled").asBoolean(account.motoEnabled);
      account.motoApiEnabled = b.path("motoApiEnabled").asBoolean(account.motoApiEnabled);
      account.recurringEnabled = b.path("recurringEnabled").asBoolean(account.recurringEnabled);
      account.zeroAmountAllowed = b.path("zeroAmountAllowed").asBoolean(account.zeroAmountAllowed);
      account.disabled = b.path("disabled").asBoolean(account.disabled);
      String provider = b.path("paymentProvider").asText(account.paymentProvider);
      if (!provider.equals("sandbox") && !provider.equals("stripe")) {
        throw new IllegalArgumentException("paymentProvider must be sandbox or stripe");
      }
      account.paymentProvider = provider;
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("motoEnabled", account.motoEnabled);
      m.put("motoApiEnabled", account.motoApiEnabled);
      m.put("recurringEnabled", account.recurringEnabled);
      m.put("zeroAmountAllowed", account.zeroAmountAllowed);
      m.put("disabled", account.disabled);
      m.put("paymentProvider", account.paymentProvider);
      return Responses.json(200, m);
    }
  }

  private ResponseDefinition register(PayAccount account, JsonNode b) {
    String url = text(b, "callbackUrl", "callback_url");
    if (url == null || !CreatePaymentParser.validUrl(url)) {
      throw new IllegalArgumentException("Give the webhook's callbackUrl, an absolute http(s) URL");
    }
    Set<String> subscriptions = new HashSet<>();
    JsonNode subs = b.has("subscriptions") ? b.get("subscriptions") : null;
    if (subs == null || subs.isNull()) {
      subscriptions.addAll(Webhooks.EVENT_TYPES);
    } else {
      for (JsonNode s : subs) {
        if (!Webhooks.EVENT_TYPES.contains(s.asText())) {
          throw new IllegalArgumentException("Unknown event type " + s.asText() + "; use one of "
              + Webhooks.EVENT_TYPES);
        }
        subscriptions.add(s.asText());
      }
    }
    Webhooks.Endpoint e = webhooks.register(account, url, subscriptions, text(b, "description", "description"));
    return Responses.json(201, endpoint(e));
  }

  private ResponseDefinition dispute(PayAccount account, JsonNode b) {
    String paymentId = text(b, "paymentId", "payment_id");
    Payment p = paymentId == null ? null : engine.find(paymentId);
    if (p == null || p.account != account) {
      throw new IllegalArgumentException("Give the paymentId of one of this account's payments");
    }
    String status = b.path("status").asText("needs_response");
    String reason = b.path("reason").asText("fraudulent");
    if (!DISPUTE_STATUSES.contains(status) || !DISPUTE_REASONS.contains(reason)) {
      throw new IllegalArgumentException("status must be one of " + DISPUTE_STATUSES + " and reason one of "
          + DISPUTE_REASONS);
    }
    synchronized (account) {
      if (!"success".equals(p.status)) {
        throw new IllegalArgumentException("Only a successful payment can be disputed; this one is " + p.status);
      }
      Instant now = engine.now();
      Dispute d = new Dispute(PayIds.externalId(), p.id, b.path("amount").asLong(p.amount),
          b.path("fee").asLong(1500), status, reason, now, now.plus(Duration.ofDays(21)));
      account.disputes.add(d);
      p.disputed = true;
      return Responses.json(201, platform.json().dispute(d));
    }
  }

  private ResponseDefinition complete(PayAccount account, String id, JsonNode b) {
    Payment p = engine.find(id);
    if (p == null || p.account != account || !p.web()) {
      throw new IllegalArgumentException("No web payment " + id + " in this account");
    }
    String number = TestCards.normalise(b == null ? "4444333322221111" : b.path("cardNumber")
        .asText("4444333322221111"));
    boolean confirm = b == null || b.path("confirm").asBoolean(true);
    synchronized (account) {
      if (!"created".equals(p.status) && !"started".equals(p.status)) {
        throw new IllegalArgumentException("Payment " + id + " is " + p.status + "; it cannot be paid now");
      }
    }
    engine.start(p);
    Card card = new Card(number, TestCards.brand(number), TestCards.type(number), "12/"
        + ((engine.now().atZone(java.time.ZoneOffset.UTC).getYear() + 3) % 100), "Sandbox User",
        new Card.Address("1 Council Street", null, "AB1 2CD", "Exampleton", "GB"));
    if (engine.authorise(p, card) == TestCards.Outcome.AUTHORISED && confirm) {
      engine.confirm(p);
    }
    synchronized (account) {
      return Responses.json(200, platform.json().paymentResource(p));
    }
  }

  private static Map<String, Object> endpoint(Webhooks.Endpoint e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("externalId", e.id());
    m.put("callbackUrl", e.callbackUrl());
    m.put("description", e.description());
    m.put("subscriptions", e.subscriptions().stream().sorted().toList());
    m.put("signingSecret", e.account().signingSecret);
    m.put("status", "ACTIVE");
    m.put("createdDate", PayJson.time(e.created()));
    return m;
  }

  private static Map<String, Object> message(Webhooks.Message msg) {
    synchronized (msg) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("webhookMessageId", msg.id);
      m.put("webhookId", msg.endpoint.id());
      m.put("eventType", msg.eventType);
      m.put("resourceId", msg.resourceId);
      m.put("status", msg.status);
      m.put("nextAttempt", msg.nextAttempt == null ? null : PayJson.time(msg.nextAttempt));
      Function<Webhooks.Attempt, Map<String, Object>> attempt = a -> Map.of("at", PayJson.time(a.at()),
          "status", a.status());
      List<Map<String, Object>> attempts = msg.attempts.stream().map(attempt).toList();
      m.put("attempts", attempts);
      return m;
    }
  }

  private static JsonNode body(Request request) {
    try {
      JsonNode node = Responses.JSON.readTree(request.getBody());
      if (node != null && node.isObject()) {
        return node;
      }
    } catch (IOException e) {
      // reported below
    }
    throw new IllegalArgumentException("Send a JSON object");
  }

  private static String text(JsonNode b, String name, String altName) {
    JsonNode n = b.has(name) ? b.get(name) : b.get(altName);
    return n == null || n.isNull() ? null : n.asText();
  }

  private static ResponseDefinition error(int status, String message) {
    return Responses.json(status, Map.of("error", status == 404 ? "NotFound" : "BadRequest", "message", message));
  }
}
