package io.github.councilplatform.sandbox.internal.notify;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.councilplatform.sandbox.SandboxPlatformId;
import io.github.councilplatform.sandbox.internal.Call;
import io.github.councilplatform.sandbox.internal.Responses;
import io.github.councilplatform.sandbox.internal.Router;
import io.github.councilplatform.sandbox.internal.SandboxContext;
import io.github.councilplatform.sandbox.internal.SandboxPlatform;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sandbox's GOV.UK Notify: the v2 API under {@code /v2/}, faithful to the real one down to error texts
 * (authentication, validation order, templates, key types, statuses, callbacks, limits, paging, letter PDFs),
 * plus its admin endpoints under {@code /_sandbox/notify} (see {@code NotifyAdmin}). One seeded service with a
 * live, a team and a test key and four templates; its ids and secrets are random per sandbox and survive
 * {@link #reset()}.
 */
public final class NotifyPlatform implements SandboxPlatform {
  /** The id Notify reports as the template of a precompiled letter. */
  static final String PRECOMPILED_TEMPLATE_ID = "00000000-0000-4000-8000-000000000001";

  private final SandboxContext context;
  private final NotifySeed seed = NotifySeed.random();
  private final AtomicReference<ServiceState> service = new AtomicReference<>();
  private final JwtAuthenticator authenticator;
  private final Lifecycle lifecycle;
  private final SendHandler sends;
  private final ReadHandler reads;
  private final NotifyAdmin admin;
  private final Router<Void> router;

  /**
   * Creates the platform with the sandbox's shared context and seeds its service.
   *
   * @param context the sandbox's clock, scheduler, outbound HTTP and base URL
   */
  public NotifyPlatform(SandboxContext context) {
    this.context = context;
    this.lifecycle = new Lifecycle(context);
    this.sends = new SendHandler(context, lifecycle);
    this.reads = new ReadHandler(context);
    this.authenticator = new JwtAuthenticator(serviceId -> serviceId.equals(seed.serviceId())
        ? List.of(seed.liveKey(), seed.teamKey(), seed.testKey()) : null,
        key -> service.get().isRevoked(key.type()));
    this.admin = new NotifyAdmin(context, service::get, lifecycle);
    // Flask's url_map: strict slashes, except where notifications-api registers both forms.
    this.router = Router.<Void>builder()
        .post("/v2/notifications/{type:sms|email|letter}", authed((c, svc, key) ->
            sends.send(svc, key, c.param("type"), c.request().getBodyAsString())))
        .get("/v2/notifications/?", authed((c, svc, key) -> reads.list(svc, key, Query.of(c.request().getUrl()))))
        .get("/v2/notifications/{id}/pdf", authed((c, svc, key) -> reads.pdf(svc, c.param("id"))))
        .get("/v2/notifications/{id}", authed((c, svc, key) -> reads.notification(svc, c.param("id"))))
        .get("/v2/template/{id}/version/{version:\\d+}", authed((c, svc, key) ->
            reads.template(svc, c.param("id"), parseVersion(c.param("version")))))
        .post("/v2/template/{id}/preview", authed((c, svc, key) ->
            reads.preview(svc, c.param("id"), c.request().getBodyAsString())))
        .get("/v2/template/{id}", authed((c, svc, key) -> reads.template(svc, c.param("id"), null)))
        .get("/v2/templates/?", authed((c, svc, key) -> reads.templates(svc, Query.of(c.request().getUrl()))))
        .get("/v2/received-text-messages/?", authed((c, svc, key) ->
            reads.receivedTexts(svc, Query.of(c.request().getUrl()))))
        .notFound(c -> flaskError(404, "The requested URL was not found on the server. If you entered the URL"
            + " manually please check your spelling and try again."))
        .methodNotAllowed(c -> flaskError(405, "The method is not allowed for the requested URL."))
        .build();
    reset();
  }

  /** A Notify API operation: the routed call, the service and the key that authenticated it. */
  @FunctionalInterface
  private interface Operation {
    ResponseDefinition serve(Call call, ServiceState service, ApiKey key);
  }

  /** Authenticates after routing, as Notify does: an unknown path is 404 and a wrong method 405 without a key. */
  private Router.Handler<Void> authed(Operation operation) {
    return (call, none) -> {
      ApiKey key = authenticator.authenticate(call.request().getHeader("Authorization"), context.clock());
      return operation.serve(call, service.get(), key);
    };
  }

  @Override
  public SandboxPlatformId id() {
    return SandboxPlatformId.NOTIFY;
  }

  @Override
  public List<String> prefixes() {
    return List.of("/v2");
  }

  @Override
  public ResponseDefinition handle(Request request) {
    return router.dispatch(request, null);
  }

  private static Integer parseVersion(String s) {
    try {
      return Integer.valueOf(s);
    } catch (NumberFormatException e) {
      throw NotifyError.notFound();
    }
  }

  private static ResponseDefinition flaskError(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("result", "error");
    body.put("message", message);
    return Responses.json(status, body);
  }

  @Override
  public ResponseDefinition handleAdmin(String subPath, Request request) {
    return admin.handle(subPath, request);
  }

  /**
   * What {@code GET /_sandbox} shows of Notify: the keys, templates and sender ids, named so that the official
   * clients' integration suites can be pointed at the sandbox ({@code API_KEY}, {@code API_SENDING_KEY} (a team
   * key), {@code INBOUND_SMS_QUERY_KEY}, {@code EMAIL_TEMPLATE_ID}, {@code SMS_TEMPLATE_ID},
   * {@code LETTER_TEMPLATE_ID} (the address-only letter), {@code EMAIL_REPLY_TO_ID}, {@code SMS_SENDER_ID},
   * {@code FUNCTIONAL_TEST_EMAIL} and {@code FUNCTIONAL_TEST_NUMBER} (team members, so the team key may send)).
   */
  @Override
  public Map<String, Object> info() {
    ServiceState svc = service.get();
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("serviceId", seed.serviceId());
    info.put("apiKey", seed.liveKey().combined());
    info.put("teamApiKey", seed.teamKey().combined());
    info.put("testApiKey", seed.testKey().combined());
    Map<String, Object> templates = new LinkedHashMap<>();
    templates.put("email", seed.emailTemplateId());
    templates.put("sms", seed.smsTemplateId());
    templates.put("letter", seed.letterTemplateId());
    templates.put("letterToAddress", seed.addressLetterTemplateId());
    info.put("templates", templates);
    info.put("emailReplyToId", svc.replyToId);
    info.put("smsSenderId", svc.smsSenderId);
    info.put("inboundNumber", svc.inboundNumber);
    Map<String, Object> settings = svc.settings();
    info.put("teamEmails", settings.get("teamEmails"));
    info.put("teamPhoneNumbers", settings.get("teamPhoneNumbers"));
    return info;
  }

  @Override
  public void reset() {
    ServiceState fresh = new ServiceState(seed);
    Templates.seed(fresh, seed, context.clock().instant());
    service.set(fresh);
  }

  @Override
  public ResponseDefinition faultResponse(int status) {
    return switch (status) {
      case 429 -> NotifyError.response(429, List.of(new NotifyError.Entry("RateLimitError",
          "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds")));
      case 500 -> NotifyError.response(500, List.of(new NotifyError.Entry("Exception", "Internal server error")));
      default -> NotifyError.response(status, List.of(new NotifyError.Entry("ServiceUnavailable",
          "Service temporarily unavailable")));
    };
  }
}
