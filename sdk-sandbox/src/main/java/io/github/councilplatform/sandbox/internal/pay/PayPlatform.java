package io.github.councilplatform.sandbox.internal.pay;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.councilplatform.sandbox.SandboxPlatformId;
import io.github.councilplatform.sandbox.internal.Dispatcher;
import io.github.councilplatform.sandbox.internal.Responses;
import io.github.councilplatform.sandbox.internal.SandboxContext;
import io.github.councilplatform.sandbox.internal.SandboxPlatform;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
  private static final Logger LOG = LoggerFactory.getLogger(PayPlatform.class);

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
  }

  @Override
  public SandboxPlatformId id() {
    return SandboxPlatformId.PAY;
  }

  @Override
  public boolean handles(String path) {
    return path.startsWith("/v1/") || PaymentPages.handles(path);
  }

  @Override
  public ResponseDefinition handle(Request request) {
    String path = Dispatcher.pathOf(request.getUrl());
    try {
      if (PaymentPages.handles(path)) {
        return pages.handle(path, request);
      }
      return api(path, request);
    } catch (PayError e) {
      return e.response();
    } catch (RuntimeException e) {
      LOG.warn("Sandbox Pay failed on {} {}", request.getMethod(), path, e);
      return PayError.of(500, "P0198", "Downstream system error").response();
    }
  }

  private ResponseDefinition api(String path, Request request) {
    RequestMethod method = request.getMethod();
    boolean post = method.equals(RequestMethod.POST);
    String accept = request.getHeader("Accept");
    String contentType = request.getHeader("Content-Type");
    if ((accept != null && !acceptsJson(accept)) || (post && (contentType == null
        || !contentType.toLowerCase().startsWith("application/json")))) {
      throw PayError.of(400, "P0920",
          "Request blocked by security rules. Please consult API documentation for more information.");
    }
    if (path.equals("/v1/auth")) {
      return post ? moto.handle(request) : methodNotAllowed();
    }
    String key = bearer(request);
    PayAccount account = key == null ? null : accounts.get(key);
    if (account == null) {
      return Responses.empty(401);
    }
    String[] seg = path.substring(1).split("/");
    String pathType = post && path.equals("/v1/payments") ? "create_payment"
        : post && seg.length == 4 && seg[1].equals("payments") && seg[3].equals("capture") ? "capture_payment"
        : "other";
    if (!account.rateLimiter.allow(method.getName(), pathType, context.clock().millis())) {
      return PayError.of(429, "P0900", "Too many requests").response();
    }
    boolean get = method.equals(RequestMethod.GET);
    String resource = seg.length > 1 ? seg[1] : "";
    return switch (resource) {
      case "payments" -> switch (seg.length) {
        case 2 -> post ? api.createPayment(account, request) : get ? api.searchPayments(account, request)
            : methodNotAllowed();
        case 3 -> get ? api.getPayment(account, seg[2]) : methodNotAllowed();
        case 4 -> switch (seg[3]) {
          case "events" -> get ? api.events(account, seg[2]) : methodNotAllowed();
          case "cancel" -> post ? api.cancel(account, seg[2]) : methodNotAllowed();
          case "capture" -> post ? api.capture(account, seg[2]) : methodNotAllowed();
          case "refunds" -> post ? api.createRefund(account, seg[2], request)
              : get ? api.listRefunds(account, seg[2]) : methodNotAllowed();
          default -> notFound();
        };
        case 5 -> seg[3].equals("refunds") && get ? api.getRefund(account, seg[2], seg[4]) : notFound();
        default -> notFound();
      };
      case "refunds" -> seg.length == 2 && get ? api.searchRefunds(account, request) : notFound();
      case "agreements" -> switch (seg.length) {
        case 2 -> post ? api.createAgreement(account, request) : get ? api.searchAgreements(account, request)
            : methodNotAllowed();
        case 3 -> get ? api.getAgreement(account, seg[2]) : methodNotAllowed();
        case 4 -> seg[3].equals("cancel") && post ? api.cancelAgreement(account, seg[2]) : notFound();
        default -> notFound();
      };
      case "disputes" -> seg.length == 2 && get ? api.searchDisputes(account, request) : notFound();
      default -> notFound();
    };
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

  private static ResponseDefinition notFound() {
    return Responses.json(404, Map.of("code", 404, "message", "HTTP 404 Not Found"));
  }

  private static ResponseDefinition methodNotAllowed() {
    return Responses.json(405, Map.of("code", 405, "message", "HTTP 405 Method Not Allowed"));
  }
}
