package io.github.councilplatform.sandbox.notify;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.councilplatform.sandbox.SandboxPlatformId;
import io.github.councilplatform.sandbox.internal.Dispatcher;
import io.github.councilplatform.sandbox.internal.Responses;
import io.github.councilplatform.sandbox.internal.SandboxContext;
import io.github.councilplatform.sandbox.internal.SandboxPlatform;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

  private static final Logger LOG = LoggerFactory.getLogger(NotifyPlatform.class);
  private static final Pattern SEND = Pattern.compile("^/v2/notifications/(sms|email|letter)$");
  private static final Pattern LIST = Pattern.compile("^/v2/notifications/?$");
  private static final Pattern ONE = Pattern.compile("^/v2/notifications/([^/]+)$");
  private static final Pattern PDF = Pattern.compile("^/v2/notifications/([^/]+)/pdf$");
  private static final Pattern TEMPLATE = Pattern.compile("^/v2/template/([^/]+)$");
  private static final Pattern VERSION = Pattern.compile("^/v2/template/([^/]+)/version/(\\d+)$");
  private static final Pattern PREVIEW = Pattern.compile("^/v2/template/([^/]+)/preview$");
  private static final Pattern TEMPLATES = Pattern.compile("^/v2/templates/?$");
  private static final Pattern RECEIVED = Pattern.compile("^/v2/received-text-messages/?$");

  private final SandboxContext context;
  private final NotifySeed seed = NotifySeed.random();
  private final AtomicReference<ServiceState> service = new AtomicReference<>();
  private final JwtAuthenticator authenticator;
  private final Lifecycle lifecycle;
  private final SendHandler sends;
  private final ReadHandler reads;
  private final NotifyAdmin admin;

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
    reset();
  }

  @Override
  public SandboxPlatformId id() {
    return SandboxPlatformId.NOTIFY;
  }

  @Override
  public boolean handles(String path) {
    return path.startsWith("/v2/");
  }

  @Override
  public ResponseDefinition handle(Request request) {
    String path = Dispatcher.pathOf(request.getUrl());
    RequestMethod method = request.getMethod();
    try {
      Route route = route(path, method);
      if (route == null) {
        return flaskError(404, "The requested URL was not found on the server. If you entered the URL manually"
            + " please check your spelling and try again.");
      }
      if (!route.method.equals(method)) {
        return flaskError(405, "The method is not allowed for the requested URL.");
      }
      ApiKey key = authenticator.authenticate(request.getHeader("Authorization"), context.clock());
      ServiceState svc = service.get();
      Matcher m = route.matcher;
      Query query = Query.of(request.getUrl());
      return switch (route.name) {
        case "send" -> sends.send(svc, key, m.group(1), request.getBodyAsString());
        case "list" -> reads.list(svc, key, query);
        case "one" -> reads.notification(svc, m.group(1));
        case "pdf" -> reads.pdf(svc, m.group(1));
        case "template" -> reads.template(svc, m.group(1), null);
        case "version" -> reads.template(svc, m.group(1), parseVersion(m.group(2)));
        case "preview" -> reads.preview(svc, m.group(1), request.getBodyAsString());
        case "templates" -> reads.templates(svc, query);
        default -> reads.receivedTexts(svc, query);
      };
    } catch (NotifyError e) {
      return e.toResponse();
    } catch (RuntimeException e) {
      LOG.warn("Sandbox Notify failed on {} {}", method, path, e);
      return faultResponse(500);
    }
  }

  private record Route(String name, RequestMethod method, Matcher matcher) {}

  private static Route route(String path, RequestMethod method) {
    Object[][] table = {
        {"send", RequestMethod.POST, SEND}, {"list", RequestMethod.GET, LIST}, {"pdf", RequestMethod.GET, PDF},
        {"one", RequestMethod.GET, ONE}, {"version", RequestMethod.GET, VERSION},
        {"preview", RequestMethod.POST, PREVIEW}, {"template", RequestMethod.GET, TEMPLATE},
        {"templates", RequestMethod.GET, TEMPLATES}, {"received", RequestMethod.GET, RECEIVED}};
    Route wrongMethod = null;
    for (Object[] row : table) {
      Matcher m = ((Pattern) row[2]).matcher(path);
      if (m.matches()) {
        Route r = new Route((String) row[0], (RequestMethod) row[1], m);
        if (r.method.equals(method)) {
          return r;
        }
        wrongMethod = wrongMethod == null ? r : wrongMethod;
      }
    }
    return wrongMethod;
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
