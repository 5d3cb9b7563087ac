package io.github.councilplatform.sandbox.internal.pay;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.councilplatform.sandbox.SandboxPlatformId;
import io.github.councilplatform.sandbox.internal.Dispatcher;
import io.github.councilplatform.sandbox.internal.Responses;
import io.github.councilplatform.sandbox.internal.Router;
import io.github.councilplatform.sandbox.internal.SandboxContext;
import io.github.councilplatform.sandbox.internal.SandboxPlatform;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox's GOV.UK Pay: the public API under {@code /v1/} (payments, refunds, agreements, disputes, MOTO
 * {@code /v1/auth}) with Pay's validation, error codes, state machine, per-account rate limits and signed
 * webhooks, and the hosted payment pages behind each payment's {@code next_url} ({@code /secure/…},
 * {@code /card_details/…}). Its admin API lives under {@code /_sandbox/pay} (see {@link PayAdmin}).
 *
 * <p>Requests pass Pay's edge checks first (a JSON {@code Content-Type} on POSTs and an {@code Accept} that
 * allows JSON, else 400 P0920), then the API key (401 without a body), then the account's rate limit (429
 * P0900, no {@code Retry-After}).
 */
public final class PayPlatform implements SandboxPlatform {
  private final SandboxContext context;
  private final PayJson json;
  private final Webhooks webhooks;
  private final PayEngine engine;
  private final PayApi api;
  private final MotoAuth moto;
  private final PaymentPages pages;
  private final PayAdmin admin;
  private final PayAccount seeded;
  private final Map<String, PayAccount> accounts = new ConcurrentHashMap<>();
  private final Router<PayAccount> router;

  /**
   * Creates the platform with the sandbox's shared context; credentials are generated here and stay the same
   * across {@link #reset()}.
   *
   * @param context the sandbox clock, scheduler, outbound HTTP client and base URL
   */
  public PayPlatform(SandboxContext context) {
    this.context = context;
    this.json = new PayJson(context.baseUrl());
    this.webhooks = new Webhooks(context);
    this.engine = new PayEngine(context, json, webhooks);
    this.api = new PayApi(engine, json, context.baseUrl());
    this.moto = new MotoAuth(engine);
    this.pages = new PaymentPages(engine);
    this.admin = new PayAdmin(this, engine, webhooks);
    this.seeded = new PayAccount(PayIds.apiKey(false), PayIds.signingSecret(false), false);
    accounts.put(seeded.apiKey, seeded);
    // Jersey's matching: a trailing slash is allowed, a known path with another method is 405.
    this.router = Router.<PayAccount>builder().trailingSlashOptional()
        .post("/v1/auth", (c, account) -> moto.handle(c.request()))
        .post("/v1/payments", (c, account) -> api.createPayment(account, c.request()))
        .get("/v1/payments", (c, account) -> api.searchPayments(account, c.request()))
        .get("/v1/payments/{id}", (c, account) -> api.getPayment(account, c.param("id")))
        .get("/v1/payments/{id}/events", (c, account) -> api.events(account, c.param("id")))
        .post("/v1/payments/{id}/cancel", (c, account) -> api.cancel(account, c.param("id")))
        .post("/v1/payments/{id}/capture", (c, account) -> api.capture(account, c.param("id")))
        .post("/v1/payments/{id}/refunds", (c, account) -> api.createRefund(account, c.param("id"), c.request()))
        .get("/v1/payments/{id}/refunds", (c, account) -> api.listRefunds(account, c.param("id")))
        .get("/v1/payments/{id}/refunds/{refundId}", (c, account) ->
            api.getRefund(account, c.param("id"), c.param("refundId")))
        .get("/v1/refunds", (c, account) -> api.searchRefunds(account, c.request()))
        .post("/v1/agreements", (c, account) -> api.createAgreement(account, c.request()))
        .get("/v1/agreements", (c, account) -> api.searchAgreements(account, c.request()))
        .get("/v1/agreements/{id}", (c, account) -> api.getAgreement(account, c.param("id")))
        .post("/v1/agreements/{id}/cancel", (c, account) -> api.cancelAgreement(account, c.param("id")))
        .get("/v1/disputes", (c, account) -> api.searchDisputes(account, c.request()))
        .notFound(c -> Responses.json(404, Map.of("code", 404, "message", "HTTP 404 Not Found")))
        .methodNotAllowed(c -> Responses.json(405, Map.of("code", 405, "message", "HTTP 405 Method Not Allowed")))
        .build();
  }

  @Override
  public SandboxPlatformId id() {
    return SandboxPlatformId.PAY;
  }

  @Override
  public List<String> prefixes() {
    return List.of("/v1", PaymentPages.SECURE, PaymentPages.CARD_DETAILS);
  }

  @Override
  public ResponseDefinition handle(Request request) {
    String path = Dispatcher.pathOf(request.getUrl());
    if (!path.equals("/v1") && !path.startsWith("/v1/")) {
      return pages.handle(request);
    }
    RequestMethod method = request.getMethod();
    boolean post = method.equals(RequestMethod.POST);
    String accept = request.getHeader("Accept");
    String contentType = request.getHeader("Content-Type");
    if ((accept != null && !acceptsJson(accept)) || (post && (contentType == null
        || !contentType.toLowerCase().startsWith("application/json")))) {
      throw PayError.of(400, "P0920",
          "Request blocked by security rules. Please consult API documentation for more information.");
    }
    // MOTO's /v1/auth authenticates with the payment's one-time token, not the API key.
    if (path.equals("/v1/auth")) {
      return router.dispatch(request, null);
    }
    String key = bearer(request);
    PayAccount account = key == null ? null : accounts.get(key);
    if (account == null) {
      return Responses.empty(401);
    }
    if (!account.rateLimiter.allow(method.getName(), rateLimitPathType(path, post), context.clock().millis())) {
      throw PayError.of(429, "P0900", "Too many requests");
    }
    return router.dispatch(request, account);
  }

  /** pay-publicapi's RateLimiter keys: creating and capturing payments each have their own POST budget. */
  private static String rateLimitPathType(String path, boolean post) {
    String[] seg = path.substring(1).split("/");
    return post && path.equals("/v1/payments") ? "create_payment"
        : post && seg.length == 4 && seg[1].equals("payments") && seg[3].equals("capture") ? "capture_payment"
        : "other";
  }

  @Override
  public ResponseDefinition handleAdmin(String subPath, Request request) {
    return admin.handle(subPath, request);
  }

  @Override
  public Map<String, Object> info() {
    return credentials(seeded);
  }

  @Override
  public void reset() {
    accounts.keySet().removeIf(k -> !k.equals(seeded.apiKey));
    seeded.clear();
    webhooks.reset();
    engine.reset();
    pages.reset();
  }

  @Override
  public ResponseDefinition faultResponse(int status) {
    return switch (status) {
      case 429 -> PayError.of(429, "P0900", "Too many requests").response();
      case 503 -> PayError.of(503, "P0999", "GOV.UK Pay is unavailable").response();
      default -> PayError.of(status, "P0198", "Downstream system error").response();
    };
  }

  PayAccount defaultAccount() {
    return seeded;
  }

  PayAccount account(String apiKey) {
    return accounts.get(apiKey);
  }

  PayAccount newAccount(boolean live) {
    PayAccount a = new PayAccount(PayIds.apiKey(live), PayIds.signingSecret(live), live);
    accounts.put(a.apiKey, a);
    return a;
  }

  PayJson json() {
    return json;
  }

  static Map<String, Object> credentials(PayAccount account) {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("apiKey", account.apiKey);
    info.put("webhookSigningSecret", account.signingSecret);
    return info;
  }

  /** The API key of an {@code Authorization: Bearer} header, or null. */
  static String bearer(Request request) {
    String auth = request.getHeader("Authorization");
    if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String key = auth.substring(7).trim();
    return key.isEmpty() ? null : key;
  }

  private static boolean acceptsJson(String accept) {
    String a = accept.toLowerCase();
    return a.contains("application/json") || a.contains("*/*") || a.contains("application/*");
  }
}
