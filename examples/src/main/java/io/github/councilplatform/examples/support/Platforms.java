package io.github.councilplatform.examples.support;

import io.github.councilplatform.core.RateLimitOptions;
import io.github.councilplatform.identity.OneLoginApi;
import io.github.councilplatform.identity.OneLoginClient;
import io.github.councilplatform.identity.OneLoginEndpoints;
import io.github.councilplatform.identity.OneLoginEnvironment;
import io.github.councilplatform.notify.NotifyApi;
import io.github.councilplatform.notify.NotifyClient;
import io.github.councilplatform.pay.PayApi;
import io.github.councilplatform.pay.PayClient;
import io.github.councilplatform.sandbox.Sandbox;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The three platforms the journeys use: the sandbox started in-process, or, when credentials are set in the
 * environment, GOV.UK Notify, Pay and One Login's test environments. Everything a council configures once
 * (keys, template ids, callback tokens, webhook secret) lives here, so the journeys show only the calls.
 */
public final class Platforms implements AutoCloseable {
  /** Variables that switch the examples from the sandbox to the real platforms' test environments. */
  public static final List<String> CREDENTIALS = List.of("NOTIFY_API_KEY", "PAY_API_KEY", "ONE_LOGIN_CLIENT_ID");
  /**
   * A test resident the examples add to the sandbox's One Login: identity proven (P2), with an email address
   * and a mobile number that Notify delivers to (the seeded residents' numbers are Notify smoke-test ones,
   * which get no delivery receipts).
   */
  public static final String SANDBOX_RESIDENT = "amala-okafor";

  private final Sandbox sandbox;
  private final Map<String, String> env;
  private final String notifyCallbackToken;
  private NotifyTemplates templates;
  private String notifyBaseUrl;
  private String notifyApiKey;
  private NotifyClient notify;
  private PayClient pay;
  private String payWebhookSecret;
  private OneLoginClient oneLogin;
  private URI publicUrl;

  private Platforms(Sandbox sandbox, Map<String, String> env) {
    this.sandbox = sandbox;
    this.env = env;
    this.notifyCallbackToken = sandbox != null ? randomToken()
        : env.getOrDefault("NOTIFY_CALLBACK_TOKEN", randomToken());
  }

  /**
   * The platforms the environment asks for: the real ones when any of {@link #CREDENTIALS} is set,
   * otherwise a sandbox started in-process.
   *
   * @param env the environment variables
   * @return the platforms; call {@link #connect(CouncilService)} once the council's endpoint runs
   */
  public static Platforms fromEnvironment(Map<String, String> env) {
    boolean real = CREDENTIALS.stream().anyMatch(k -> !env.getOrDefault(k, "").isBlank());
    return real ? new Platforms(null, env) : sandbox();
  }

  /** {@return platforms backed by a sandbox started in-process} */
  public static Platforms sandbox() {
    return new Platforms(Sandbox.start(), Map.of());
  }

  /**
   * Wires the platforms to the council's endpoint: in the sandbox, registers the Notify callback, the Pay
   * webhook and the One Login client's redirect, post-logout and back-channel logout URIs (a council does
   * this once in each platform's admin tool); then builds the clients.
   *
   * @param council the council's running endpoint
   */
  public void connect(CouncilService council) {
    if (sandbox == null) {
      connectReal(council);
      return;
    }
    Map<String, Object> info = sandbox.info();
    Map<String, Object> notifyInfo = part(info, "notify");
    Map<String, Object> payInfo = part(info, "pay");
    Map<String, Object> oneLoginInfo = part(info, "oneLogin");
    SandboxAdmin admin = new SandboxAdmin(sandbox.baseUrl());
    publicUrl = council.baseUri();

    notifyBaseUrl = sandbox.baseUrl();
    notifyApiKey = notifyInfo.get("apiKey").toString();
    templates = new NotifyTemplates(
        template(admin, "email", "Parking permit confirmation", NotifyTemplates.PERMIT_EMAIL_SUBJECT,
            NotifyTemplates.PERMIT_EMAIL_BODY),
        template(admin, "sms", "Parking permit confirmation", null, NotifyTemplates.PERMIT_SMS_BODY),
        template(admin, "email", "Council tax reminder", NotifyTemplates.REMINDER_SUBJECT,
            NotifyTemplates.REMINDER_BODY),
        template(admin, "sms", "Council tax reminder", null, NotifyTemplates.REMINDER_BODY),
        template(admin, "letter", "Council tax reminder", NotifyTemplates.REMINDER_SUBJECT,
            NotifyTemplates.REMINDER_BODY));
    admin.post("/notify/callbacks/delivery-status",
        Map.of("url", council.url("/callbacks/notify").toString(), "bearerToken", notifyCallbackToken));
    notify = notifyBuilder().build();

    pay = sandbox.payClient();
    payWebhookSecret = payInfo.get("webhookSigningSecret").toString();
    admin.post("/pay/webhooks", Map.of("callbackUrl", council.url("/callbacks/pay").toString(),
        "description", "Council examples"));

    admin.post("/one-login/users", Map.of("id", SANDBOX_RESIDENT, "givenNames", List.of("Amala"),
        "familyName", "Okafor", "birthDate", "1984-02-29", "email", "amala.okafor@example.com",
        "phoneNumber", "+447700900456", "identityProven", true,
        "addresses", List.of(Map.of("buildingNumber", "14", "streetName", "HIGH STREET", "addressLocality", "BATH",
            "postalCode", "BA1 1AA", "addressCountry", "GB", "validFrom", "2015-01-01")),
        "passports", List.of(Map.of("documentNumber", "123456789", "icaoIssuerCode", "GBR",
            "expiryDate", "2031-01-01"))));
    String clientId = oneLoginInfo.get("clientId").toString();
    URI redirect = council.url(CouncilService.SIGN_IN_CALLBACK);
    URI signedOut = council.url(CouncilService.SIGNED_OUT);
    admin.put("/one-login/clients/" + clientId, Map.of(
        "redirectUris", List.of(oneLoginInfo.get("redirectUri").toString(), redirect.toString()),
        "postLogoutRedirectUris", List.of(oneLoginInfo.get("postLogoutRedirectUri").toString(),
            signedOut.toString()),
        "backChannelLogoutUri", council.url(CouncilService.BACK_CHANNEL_LOGOUT).toString()));
    oneLogin = OneLoginClient.builder()
        .endpoints(OneLoginEndpoints.of(oneLoginInfo.get("issuer").toString(),
            oneLoginInfo.get("identityIssuer").toString(), URI.create(oneLoginInfo.get("didUrl").toString())))
        .clientId(clientId)
        .privateKeyPem(oneLoginInfo.get("privateKeyPem").toString())
        .redirectUri(redirect)
        .postLogoutRedirectUri(signedOut)
        // The system clock, like any relying party: the sandbox issues its tokens on real time however far an
        // earlier journey moved its clock.
        .build();
  }

  private void connectReal(CouncilService council) {
    String publicBase = env.get("EXAMPLES_PUBLIC_URL");
    publicUrl = publicBase == null || publicBase.isBlank() ? null : URI.create(publicBase);
    if (has("NOTIFY_API_KEY")) {
      notifyApiKey = env.get("NOTIFY_API_KEY");
      notifyBaseUrl = env.getOrDefault("NOTIFY_BASE_URL", NotifyClient.DEFAULT_BASE_URL);
      List<String> ids = List.of("NOTIFY_PERMIT_EMAIL_TEMPLATE_ID", "NOTIFY_PERMIT_SMS_TEMPLATE_ID",
          "NOTIFY_REMINDER_EMAIL_TEMPLATE_ID", "NOTIFY_REMINDER_SMS_TEMPLATE_ID", "NOTIFY_REMINDER_LETTER_TEMPLATE_ID");
      if (ids.stream().allMatch(this::has)) {
        templates = new NotifyTemplates(uuid(ids.get(0)), uuid(ids.get(1)), uuid(ids.get(2)), uuid(ids.get(3)),
            uuid(ids.get(4)));
      }
      notify = notifyBuilder().build();
    }
    if (has("PAY_API_KEY")) {
      pay = PayClient.builder().apiKey(env.get("PAY_API_KEY"))
          .baseUrl(env.getOrDefault("PAY_BASE_URL", PayClient.DEFAULT_BASE_URL)).build();
      if (pay.isLiveKey()) {
        throw new IllegalStateException("PAY_API_KEY is a live key (api_live_...): the examples take real"
            + " payments only on a test account. Use the API key of your GOV.UK Pay test service.");
      }
      payWebhookSecret = env.get("PAY_WEBHOOK_SECRET");
    }
    if (has("ONE_LOGIN_CLIENT_ID")) {
      String postLogout = env.get("ONE_LOGIN_POST_LOGOUT_REDIRECT_URI");
      OneLoginClient.Builder b = OneLoginClient.builder()
          .environment(OneLoginEnvironment.valueOf(env.getOrDefault("ONE_LOGIN_ENVIRONMENT", "INTEGRATION")))
          .clientId(env.get("ONE_LOGIN_CLIENT_ID"))
          .privateKeyPem(require("ONE_LOGIN_PRIVATE_KEY"))
          .redirectUri(URI.create(env.getOrDefault("ONE_LOGIN_REDIRECT_URI",
              council.url(CouncilService.SIGN_IN_CALLBACK).toString())));
      if (postLogout != null && !postLogout.isBlank()) {
        b.postLogoutRedirectUri(URI.create(postLogout));
      }
      oneLogin = b.build();
    }
  }

  /** {@return whether the platforms are the in-process sandbox} */
  public boolean isSandbox() {
    return sandbox != null;
  }

  /** {@return a short description for the run's heading} */
  public String describe() {
    if (sandbox != null) {
      return "the sandbox, started in-process at " + sandbox.baseUrl();
    }
    return "the real platforms' test environments (" + (notify != null ? "Notify" : "no Notify") + ", "
        + (pay != null ? "Pay" : "no Pay") + ", " + (oneLogin != null ? "One Login" : "no One Login") + ")";
  }

  /**
   * The sandbox, for powers only it has (advancing the clock).
   *
   * @param why what the journey needs it for, shown when it is skipped
   * @return the sandbox
   * @throws JourneySkipped against the real platforms
   */
  public Sandbox sandbox(String why) {
    if (sandbox == null) {
      throw new JourneySkipped("sandbox only: " + why);
    }
    return sandbox;
  }

  /**
   * Moves the sandbox clock forward, so that what the platforms would do in that time happens now.
   *
   * @param duration how far
   * @param why what the journey waits for, shown when it is skipped
   * @throws JourneySkipped against the real platforms
   */
  public void advanceClock(Duration duration, String why) {
    sandbox(why).advanceClock(duration);
  }

  /** {@return whether the platforms can reach the council's endpoint, so callbacks and webhooks arrive} */
  public boolean callbacksReachable() {
    return publicUrl != null;
  }

  /** {@return the Notify client} @throws JourneySkipped when Notify is not configured */
  public NotifyApi notifyClient() {
    return configured(notify, "NOTIFY_API_KEY");
  }

  /**
   * A Notify client builder with the same key and base URL, for a client of its own settings (a batch job's
   * client-side rate limit, for example).
   *
   * @return the builder
   */
  public NotifyClient.Builder notifyBuilder() {
    configured(notifyApiKey, "NOTIFY_API_KEY");
    NotifyClient.Builder b = NotifyClient.builder().apiKey(notifyApiKey).baseUrl(notifyBaseUrl);
    // Against the sandbox, the Notify client reads the sandbox's clock (Notify accepts tokens on either clock),
    // so that waiting for a delivery can move the sandbox on instead of sleeping.
    return sandbox == null ? b : b.clock(sandbox.clock());
  }

  /**
   * A Notify client paced under Notify's rate limit (3,000 requests a minute per API key), for batch work. It
   * has its own connection pool: close it when the batch is done.
   *
   * @param perSecond requests a second
   * @return the client
   */
  public NotifyApi pacedNotify(int perSecond) {
    return notifyBuilder().rateLimit(RateLimitOptions.builder().permits(perSecond).period(Duration.ofSeconds(1))
        .maxWait(Duration.ofSeconds(30)).build()).build();
  }

  /** {@return the Notify template ids} */
  public NotifyTemplates templates() {
    return configured(templates, "NOTIFY_API_KEY and the five NOTIFY_*_TEMPLATE_ID variables");
  }

  /** {@return the bearer token Notify sends with callbacks} */
  public String notifyCallbackToken() {
    return notifyCallbackToken;
  }

  /** {@return the Pay client} @throws JourneySkipped when Pay is not configured */
  public PayApi payClient() {
    return configured(pay, "PAY_API_KEY");
  }

  /** {@return the Pay webhook signing secret, or null when not configured} */
  public String payWebhookSecret() {
    return payWebhookSecret;
  }

  /** {@return the One Login client} @throws JourneySkipped when One Login is not configured */
  public OneLoginApi oneLoginClient() {
    return configured(oneLogin, "ONE_LOGIN_CLIENT_ID");
  }

  /** {@return the One Login client, or null when not configured} */
  OneLoginClient oneLoginOrNull() {
    return oneLogin;
  }

  /** Closes the clients (releasing their connection pools), then stops the sandbox, if one was started. */
  @Override
  public void close() {
    if (notify != null) {
      notify.close();
    }
    if (pay != null) {
      pay.close();
    }
    if (oneLogin != null) {
      oneLogin.close();
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Override
  public String toString() {
    return "Platforms{" + describe() + '}';
  }

  private UUID template(SandboxAdmin admin, String type, String name, String subject, String body) {
    Map<String, Object> t = subject == null
        ? admin.post("/notify/templates", Map.of("type", type, "name", name, "body", body))
        : admin.post("/notify/templates", Map.of("type", type, "name", name, "subject", subject, "body", body));
    return UUID.fromString(t.get("id").toString());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> part(Map<String, Object> info, String name) {
    return (Map<String, Object>) Objects.requireNonNull(info.get(name), "sandbox info has no " + name);
  }

  private boolean has(String name) {
    return !env.getOrDefault(name, "").isBlank();
  }

  private String require(String name) {
    if (!has(name)) {
      throw new IllegalStateException("Set " + name + " (see examples/README.md)");
    }
    return env.get(name);
  }

  private UUID uuid(String name) {
    return has(name) ? UUID.fromString(env.get(name).strip()) : null;
  }

  private static <T> T configured(T value, String variable) {
    if (value == null) {
      throw new JourneySkipped("needs " + variable + " (see examples/README.md)");
    }
    return value;
  }

  private static String randomToken() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
