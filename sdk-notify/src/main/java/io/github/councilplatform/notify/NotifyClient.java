package io.github.councilplatform.notify;

import io.github.councilplatform.core.ClientHealth;
import io.github.councilplatform.core.CouncilPlatformException;
import io.github.councilplatform.core.Page;
import io.github.councilplatform.core.PagedIterable;
import io.github.councilplatform.core.PlatformClientBuilder;
import io.github.councilplatform.core.RequestValidationException;
import io.github.councilplatform.core.Sleeper;
import io.github.councilplatform.core.internal.ApiRequest;
import io.github.councilplatform.core.internal.ApiResponse;
import io.github.councilplatform.core.internal.ClientBuilders;
import io.github.councilplatform.core.internal.HttpTransport;
import io.github.councilplatform.core.internal.Json;
import io.github.councilplatform.core.internal.JsonStreams;
import io.github.councilplatform.core.internal.MissingSetting;
import io.github.councilplatform.core.internal.Warmup;
import io.github.councilplatform.notify.internal.Checks;
import io.github.councilplatform.notify.internal.NotifyApiKey;
import io.github.councilplatform.notify.internal.NotifyJwtAuthenticator;
import io.github.councilplatform.notify.internal.NotifyRules;
import io.github.councilplatform.notify.internal.NotifyWarmup;
import io.github.councilplatform.notify.internal.Pages;
import io.github.councilplatform.notify.internal.RequestBodies;
import io.github.councilplatform.notify.internal.SendResponseReaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The GOV.UK Notify v2 API: emails, text messages, letters, templates and received text messages.
 * Immutable and thread-safe: build one per API key and share it.
 *
 * <pre>{@code
 * NotifyClient notify = NotifyClient.builder()
 *     .apiKey(System.getenv("NOTIFY_API_KEY"))   // "{key_name}-{service_id}-{secret}"
 *     .build();                                  // base URL https://api.notifications.service.gov.uk
 * SmsResponse sms = notify.sendSms(SmsRequest.builder()
 *     .templateId(templateId).phoneNumber("07700900123")
 *     .personalisation(Map.of("name", "Amala")).reference("permit-42").build());
 * }</pre>
 *
 * <p>Each attempt carries a fresh JWT ({@code iss} = service id, {@code iat} = now on the builder's clock).
 * Reads are retried as {@link io.github.councilplatform.core.RetryOptions} says; sends only as
 * {@link NotifyApi} describes. See {@link NotifyApi} for reconciling a send whose outcome is unknown.
 */
public final class NotifyClient implements NotifyApi {
  /** Notify's production API, the default base URL. There is no separate sandbox environment. */
  public static final String DEFAULT_BASE_URL = "https://api.notifications.service.gov.uk";

  private static final Duration FIRST_POLL_PAUSE = Duration.ofSeconds(1);
  private static final Duration MAX_POLL_PAUSE = Duration.ofSeconds(60);

  private final HttpTransport transport;
  private final Warmup warmup;
  private final String serviceId;
  private final Clock clock;
  private final Sleeper sleeper;

  private NotifyClient(HttpTransport transport, Warmup warmup, String serviceId, Clock clock, Sleeper sleeper) {
    this.transport = transport;
    this.warmup = warmup;
    this.serviceId = serviceId;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * A builder; {@link Builder#apiKey(String)} is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The service id from the API key (not secret).
   *
   * @return the service id
   */
  public String serviceId() {
    return serviceId;
  }

  @Override
  public SmsResponse sendSms(SmsRequest request) {
    Objects.requireNonNull(request, "request");
    return send("sendSms", "/v2/notifications/sms", RequestBodies.sms(request), request.reference(), SmsResponse.class,
        SendResponseReaders::sms, r -> requireIds(r.id(), r.template(), "SmsResponse"));
  }

  @Override
  public EmailResponse sendEmail(EmailRequest request) {
    Objects.requireNonNull(request, "request");
    return send("sendEmail", "/v2/notifications/email", RequestBodies.email(request), request.reference(),
        EmailResponse.class, SendResponseReaders::email, r -> requireIds(r.id(), r.template(), "EmailResponse"));
  }

  @Override
  public LetterResponse sendLetter(LetterRequest request) {
    Objects.requireNonNull(request, "request");
    return send("sendLetter", "/v2/notifications/letter", RequestBodies.letter(request), request.reference(),
        LetterResponse.class, SendResponseReaders::letter, r -> requireIds(r.id(), r.template(), "LetterResponse"));
  }

  @Override
  public PrecompiledLetterResponse sendPrecompiledLetter(PrecompiledLetterRequest request) {
    Objects.requireNonNull(request, "request");
    return send("sendPrecompiledLetter", "/v2/notifications/letter", RequestBodies.precompiledLetter(request), request.reference(),
        PrecompiledLetterResponse.class, null, r -> requireIds(r.id(), null, "PrecompiledLetterResponse"));
  }

  @Override
  public Notification getNotification(UUID id) {
    Checks.required("notification_id", id);
    return call(ApiRequest.get("/v2/notifications/" + id).operation("getNotification").build(), Notification.class,
        NotifyClient::checkNotification);
  }

  @Override
  public byte[] getLetterPdf(UUID id) {
    Checks.required("notification_id", id);
    return transport.execute(ApiRequest.get("/v2/notifications/" + id + "/pdf").operation("getLetterPdf")
        .header("Accept", "application/pdf, application/json").build()).body();
  }

  @Override
  public PagedIterable<Notification> listNotifications(NotificationQuery query) {
    Objects.requireNonNull(query, "query");
    return PagedIterable.of(token -> {
      ApiRequest.Builder rb = ApiRequest.get("/v2/notifications").operation("listNotifications");
      query.templateTypes().forEach(t -> rb.query("template_type", t.value()));
      query.statuses().forEach(s -> rb.query("status", s.value()));
      rb.query("reference", query.reference());
      rb.query("older_than", token != null ? token : query.olderThan());
      if (query.includeJobs()) {
        rb.query("include_jobs", "true");
      }
      Pages.NotificationPage page = call(rb.build(), Pages.NotificationPage.class, p -> {
        Objects.requireNonNull(p.notifications(), "notifications");
        p.notifications().forEach(NotifyClient::checkNotification);
      });
      List<Notification> items = page.notifications();
      return new Page<>(items, nextToken(items.isEmpty() ? null : items.get(items.size() - 1).id(), page.links()));
    });
  }

  @Override
  public Notification awaitFinalStatus(UUID id, Duration timeout) {
    Checks.required("notification_id", id);
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new RequestValidationException("timeout", "must be a positive duration");
    }
    Instant deadline = clock.instant().plus(timeout);
    Duration pause = FIRST_POLL_PAUSE;
    while (true) {
      Notification n = getNotification(id);
      if (n.status().isFinal()) {
        return n;
      }
      Instant now = clock.instant();
      if (!now.isBefore(deadline)) {
        throw new FinalStatusTimeoutException(n, timeout);
      }
      Duration remaining = Duration.between(now, deadline);
      try {
        sleeper.sleep(pause.compareTo(remaining) < 0 ? pause : remaining);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CouncilPlatformException("Interrupted while waiting for notification " + id
            + " to reach a final status; it was last '" + n.status() + "'.", e, null, 0, true);
      }
      Duration doubled = pause.multipliedBy(2);
      pause = doubled.compareTo(MAX_POLL_PAUSE) < 0 ? doubled : MAX_POLL_PAUSE;
    }
  }

  @Override
  public Template getTemplate(UUID id) {
    Checks.required("template_id", id);
    return call(ApiRequest.get("/v2/template/" + id).operation("getTemplate").build(), Template.class, NotifyClient::checkTemplate);
  }

  @Override
  public Template getTemplate(UUID id, int version) {
    Checks.required("template_id", id);
    if (version < 1) {
      // Notify treats version 0 as "latest", which would silently return the wrong version.
      throw new RequestValidationException("version", "must be 1 or more; got " + version);
    }
    return call(ApiRequest.get("/v2/template/" + id + "/version/" + version).operation("getTemplate").build(), Template.class,
        NotifyClient::checkTemplate);
  }

  @Override
  public List<Template> listTemplates(TemplateType type) {
    if (type == TemplateType.UNKNOWN) {
      throw new RequestValidationException("type", "UNKNOWN cannot be used as a filter");
    }
    Pages.TemplateList list = call(ApiRequest.get("/v2/templates").operation("listTemplates")
        .query("type", type == null ? null : type.value())
        .build(), Pages.TemplateList.class, l -> {
          Objects.requireNonNull(l.templates(), "templates");
          l.templates().forEach(NotifyClient::checkTemplate);
        });
    return List.copyOf(list.templates());
  }

  @Override
  public TemplatePreview previewTemplate(UUID id, Map<String, ?> personalisation) {
    Checks.required("template_id", id);
    Map<String, Object> values = Checks.personalisation(personalisation, false);
    // Previewing changes nothing, so it is as safe to retry as a GET and never an unknown outcome.
    ApiRequest request = ApiRequest.post("/v2/template/" + id + "/preview").operation("previewTemplate")
        .jsonBody(RequestBodies.preview(values))
        .readOnly().build();
    return call(request, TemplatePreview.class, p -> requireIds(p.id(), null, "TemplatePreview"));
  }

  @Override
  public PagedIterable<ReceivedTextMessage> listReceivedTextMessages() {
    return PagedIterable.of(token -> {
      Pages.ReceivedTextMessagePage page = call(ApiRequest.get("/v2/received-text-messages").operation("listReceivedTextMessages")
          .query("older_than", token).build(), Pages.ReceivedTextMessagePage.class, p -> {
            Objects.requireNonNull(p.receivedTextMessages(), "received_text_messages");
            p.receivedTextMessages().forEach(m -> requireIds(m.id(), null, "ReceivedTextMessage"));
          });
      List<ReceivedTextMessage> items = page.receivedTextMessages();
      return new Page<>(items, nextToken(items.isEmpty() ? null : items.get(items.size() - 1).id(), page.links()));
    });
  }

  /** A send; its answer is read by {@code reader} when given, else by the shared mapper. */
  private <T> T send(String operation, String path, Map<String, Object> body, String reference, Class<T> type,
      JsonStreams.BodyReader<T> reader, Consumer<T> check) {
    ApiRequest request = ApiRequest.post(path).operation(operation).jsonBody(body).reference(reference).build();
    return call(request, type, reader, check);
  }

  private <T> T call(ApiRequest request, Class<T> type, Consumer<T> check) {
    return call(request, type, null, check);
  }

  private <T> T call(ApiRequest request, Class<T> type, JsonStreams.BodyReader<T> reader, Consumer<T> check) {
    ApiResponse response = transport.execute(request);
    Function<byte[], T> decoder = bytes -> {
      T value = reader != null ? JsonStreams.read(bytes, reader) : Json.read(bytes, type);
      if (value == null) {
        throw new IllegalArgumentException("empty body");
      }
      try {
        check.accept(value);
      } catch (NullPointerException missing) {
        throw new IllegalArgumentException("missing field " + missing.getMessage(), missing);
      }
      return value;
    };
    return transport.decode(response, decoder, type.getSimpleName());
  }

  /** The next page's {@code older_than}: the last id, when Notify gave a {@code next} link. */
  private static String nextToken(UUID lastId, Pages.Links links) {
    return lastId != null && links != null && links.next() != null ? lastId.toString() : null;
  }

  private static void requireIds(UUID id, TemplateRef template, String what) {
    if (id == null) {
      throw new IllegalArgumentException(what + " has no id");
    }
    if (template != null && template.id() == null) {
      throw new IllegalArgumentException(what + " has a template with no id");
    }
  }

  private static void checkNotification(Notification n) {
    if (n.id() == null || n.createdAt() == null) {
      throw new IllegalArgumentException("notification without id or created_at");
    }
  }

  private static void checkTemplate(Template t) {
    if (t.id() == null) {
      throw new IllegalArgumentException("template without id");
    }
  }

  /**
   * Releases the connection pool and dispatcher this client created; an {@code OkHttpClient} passed to
   * {@link Builder#httpClient} is not touched. Idempotent.
   */
  @Override
  public ClientHealth health() {
    return transport.health();
  }

  @Override
  public void close() {
    transport.close();
    warmup.close();
  }

  /** Describes the client without the API key. */
  @Override
  public String toString() {
    return "NotifyClient{baseUrl=" + transport.settings().baseUrl() + ", serviceId=" + serviceId + '}';
  }

  /** Builds a {@link NotifyClient}. */
  public static final class Builder extends PlatformClientBuilder<Builder> {
    private String apiKey;
    private boolean apiKeyGivenNull;

    private Builder() {}

    /**
     * The API key, as Notify shows it when created: {@code {key_name}-{service_id}-{secret}}. It is parsed
     * by {@link #build()}. Use a test key against the real API to send nothing, a team key for team
     * members only, a live key for everyone.
     *
     * @param apiKey the key
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      // null is most often System.getenv of an unset variable: build() says so, naming the setting.
      this.apiKey = apiKey;
      this.apiKeyGivenNull = apiKey == null;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException if no API key was set, or it was set to {@code null} (an unset
     *     environment variable); the message names the setting and the variable
     * @throws IllegalArgumentException if the API key is malformed or is a GOV.UK Pay key (the message names the
     *     expected shape, never the key)
     */
    public NotifyClient build() {
      if (apiKey == null) {
        throw MissingSetting.exception("NotifyClient", "apiKey", apiKeyGivenNull, "NOTIFY_API_KEY",
            "the API key GOV.UK Notify showed when it was created ({key_name}-{service_id}-{secret})");
      }
      String trimmed = apiKey.strip();
      if (trimmed.startsWith("api_test_") || trimmed.startsWith("api_live_")) {
        throw new IllegalArgumentException("apiKey looks like a GOV.UK Pay API key (api_test_… or api_live_…), not"
            + " a GOV.UK Notify one. Notify keys look like {key_name}-{service_id}-{secret} and come from Notify's"
            + " API integration > API keys page; give this key to PayClient instead.");
      }
      NotifyApiKey key = NotifyApiKey.parse(apiKey);
      NotifyJwtAuthenticator authenticator = new NotifyJwtAuthenticator(key, clock());
      // Started before OkHttp is set up on this thread: on a fresh JVM the two halves of the first send's
      // one-time work then load side by side (issue 18). Once per JVM; a no-op for every later client.
      Warmup warmup = Warmup.start("notify", new NotifyWarmup(authenticator));
      HttpTransport transport = HttpTransport.create(ClientBuilders.transportSettings(this, "notify",
          DEFAULT_BASE_URL, NotifyRules.INSTANCE, authenticator));
      return new NotifyClient(transport, warmup, key.serviceId(), clock(), sleeper());
    }

    /** Describes the configuration; the API key shows only as set or unset. */
    @Override
    public String toString() {
      return super.toString() + "{apiKey=" + (apiKey == null ? "<unset>" : "****") + '}';
    }
  }
}
