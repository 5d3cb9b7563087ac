package io.github.councilplatform.core.internal;

import io.github.councilplatform.core.ApiError;
import io.github.councilplatform.core.ApiException;
import io.github.councilplatform.core.CircuitOpenException;
import io.github.councilplatform.core.ClientThrottledException;
import io.github.councilplatform.core.CouncilPlatformException;
import io.github.councilplatform.core.OutcomeUnknownException;
import io.github.councilplatform.core.RateLimitedException;
import io.github.councilplatform.core.ServerException;
import io.github.councilplatform.core.TransportException;
import io.github.councilplatform.core.UnexpectedResponseException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place every SDK call goes through: headers, authentication, client-side rate limit, circuit
 * breaker, retry, logging and error mapping. It is the SDK's only retry authority: OkHttp's own silent
 * retry is switched off.
 *
 * <p>Retry rules, decided per request:
 * <ul>
 *   <li>A failure before the request was written (DNS, connect, TLS handshake) is always retried.
 *   <li>A request {@link ApiRequest#safeToRetry() safe to retry} is retried on I/O failures and on 408, 429,
 *       500, 502, 503 and 504.
 *   <li>Any other request is retried after an error response only when the platform proves it was rejected
 *       before processing ({@link PlatformRules#rejectedBeforeProcessing}); an I/O failure after it was
 *       written, or a 5xx, becomes {@link OutcomeUnknownException}.
 * </ul>
 */
public final class HttpTransport {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.councilplatform.http");
  private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);
  private static final Set<Integer> UNKNOWN_OUTCOME_STATUSES = Set.of(500, 502, 503, 504);
  private static final String REQUEST_ID_HEADER = "X-Request-ID";

  private final TransportSettings settings;
  private final OkHttpClient http;
  private final String userAgent;
  private final ErrorDecoder errors;
  private final Retry retry;
  private final IntervalFunction backoff;
  private final CircuitBreaker breaker;
  private final RateLimiter limiter;

  private HttpTransport(TransportSettings s) {
    this.settings = s;
    OkHttpClient.Builder b = s.httpClient() != null ? s.httpClient().newBuilder() : new OkHttpClient.Builder();
    b.connectTimeout(s.connectTimeout())
        .readTimeout(s.readTimeout())
        .writeTimeout(s.writeTimeout())
        .callTimeout(s.callTimeout())
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .eventListenerFactory(AttemptProbe.FACTORY);
    if (s.httpClient() == null && !s.baseUrl().isHttps()) {
      // A plain-http base (the sandbox, a local test server) never needs TLS, and skipping it spares the
      // first call loading the platform trust store: about 100 ms of cold start.
      b.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
    }
    this.http = b.build();
    this.userAgent = SdkVersion.userAgent(s.platform(), s.userAgentSuffix());
    this.errors = new ErrorDecoder(s.rules());
    this.backoff = IntervalFunction.ofExponentialRandomBackoff(s.retry().initialBackoff(), 2.0,
        s.retry().jitter(), s.retry().maxBackoff());
    // Resilience4j decides whether and how long to wait; we do the waiting with the injected sleeper, through
    // its async context, because its synchronous Retry sleeps with a JVM-global function.
    this.retry = Retry.of(s.platform(), RetryConfig.<Object>custom()
        .maxAttempts(s.retry().maxAttempts())
        .retryOnException(t -> t instanceof RetrySignal)
        .intervalBiFunction((attempt, either) -> either.isLeft() && either.getLeft() instanceof RetrySignal r
            && r.retryAfter != null ? r.retryAfter.toMillis() : backoff.apply(attempt))
        .failAfterMaxAttempts(true)
        .build());
    this.breaker = s.circuitBreaker().enabled() ? CircuitBreaker.of(s.platform(), CircuitBreakerConfig.custom()
        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(s.circuitBreaker().slidingWindowSize())
        .minimumNumberOfCalls(s.circuitBreaker().minimumNumberOfCalls())
        .failureRateThreshold(s.circuitBreaker().failureRateThreshold())
        .waitDurationInOpenState(s.circuitBreaker().waitInOpenState())
        .permittedNumberOfCallsInHalfOpenState(s.circuitBreaker().permittedCallsInHalfOpenState())
        .recordException(HttpTransport::countsAgainstHealth)
        .writableStackTraceEnabled(false)
        .clock(s.clock())
        .build()) : null;
    this.limiter = s.rateLimit().enabled() ? RateLimiter.of(s.platform(), RateLimiterConfig.custom()
        .limitForPeriod(s.rateLimit().permits())
        .limitRefreshPeriod(s.rateLimit().period())
        .timeoutDuration(s.rateLimit().maxWait())
        .build()) : null;
  }

  /** Creates a transport; each SDK client owns one. */
  public static HttpTransport create(TransportSettings settings) {
    return new HttpTransport(settings);
  }

  /** The settings this transport was built with. */
  public TransportSettings settings() {
    return settings;
  }

  /** The OkHttp client, configured by the SDK (timeouts, no silent retry). */
  public OkHttpClient okHttp() {
    return http;
  }

  /**
   * Releases what this transport created: shuts down its OkHttp dispatcher's executor and closes its idle
   * pooled connections. A caller's {@link TransportSettings#httpClient()} (and so its pool and dispatcher,
   * which the derived client shares) is never touched, nor is anything when this transport was given
   * another transport's client. Idempotent.
   */
  public void close() {
    if (settings.httpClient() == null) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  /** Sends a request and decodes a JSON body into a type. */
  public <T> T execute(ApiRequest request, Class<T> type) {
    return decode(execute(request), body -> Json.read(body, type), type.getSimpleName());
  }

  /** Decodes a response body with a function, turning a decoding failure into the SDK's own exception. */
  public <T> T decode(ApiResponse response, Function<byte[], T> decoder, String what) {
    try {
      return decoder.apply(response.body());
    } catch (UncheckedIOException | IllegalArgumentException e) {
      UnexpectedResponseException ex = new UnexpectedResponseException(settings.rules().displayName()
          + " returned HTTP " + response.status() + " with a body that is not the expected " + what
          + " JSON [request " + response.requestId() + "]. The raw text is in rawBody(); if the platform changed"
          + " its API, upgrade the SDK.", response.status(), response.bodyText(), response.requestId(),
          response.attempts(), false);
      ex.initCause(e);
      throw ex;
    }
  }

  /**
   * Sends a request, retrying as the class documentation says, and returns the 2xx response.
   *
   * @throws CouncilPlatformException the typed failure
   */
  public ApiResponse execute(ApiRequest request) {
    HttpUrl url = resolve(request);
    String requestId = RequestIds.next();
    Instant started = settings.clock().instant();
    // Created on the first failure only: most calls succeed at once and need no retry bookkeeping.
    Retry.AsyncContext<Object> context = null;
    int attempt = 0;
    while (true) {
      attempt++;
      CouncilPlatformException failure;
      Duration retryAfter = null;
      boolean retryable;
      try {
        ApiResponse response = attemptOnce(request, url, requestId, attempt);
        if (context != null) {
          context.onComplete();
        }
        return response;
      } catch (AttemptFailure f) {
        failure = f.exception;
        retryable = f.retryable;
        retryAfter = f.retryAfter;
      }
      if (!retryable) {
        throw failure;
      }
      if (context == null) {
        context = retry.asyncContext();
      }
      long waitMillis = context.onError(new RetrySignal(retryAfter));
      if (waitMillis < 0) {
        throw failure;
      }
      if (retryAfter != null && retryAfter.compareTo(settings.retry().maxRetryAfter()) > 0) {
        throw failure;
      }
      Duration wait = Duration.ofMillis(waitMillis);
      Instant next = settings.clock().instant().plus(wait);
      if (next.isAfter(started.plus(settings.retry().deadline()))) {
        throw failure;
      }
      if (LOG.isDebugEnabled()) {
        LOG.debug("Retry attempt [platform={}, method={}, path={}, attemptNumber={}, delay={}ms, requestId={}]",
          settings.platform(), request.method(), url.encodedPath(), attempt + 1, waitMillis, requestId);
      }
      try {
        settings.sleeper().sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw failure;
      }
    }
  }

  private ApiResponse attemptOnce(ApiRequest request, HttpUrl url, String requestId, int attempt)
      throws AttemptFailure {
    if (limiter != null && !limiter.acquirePermission()) {
      throw new AttemptFailure(new ClientThrottledException("No permit from this client's rate limiter within "
          + settings.rateLimit().maxWait() + " (" + settings.rateLimit() + "); nothing was sent. Slow down or raise"
          + " the limit."), false, null);
    }
    if (breaker != null && !breaker.tryAcquirePermission()) {
      throw new AttemptFailure(new CircuitOpenException("Calls to " + settings.rules().displayName()
          + " are paused: recent calls failed too often (circuit breaker open). Nothing was sent; try again after "
          + settings.circuitBreaker().waitInOpenState().toSeconds() + " s.", null), false, null);
    }
    // Only a request that must not be resent needs to know how far it got.
    AttemptProbe probe = request.safeToRetry() ? null : new AttemptProbe();
    Request okRequest = buildRequest(request, url, requestId, probe);
    long startNanos = System.nanoTime();
    long breakerStart = breaker == null ? 0 : breaker.getCurrentTimestamp();
    try (Response response = http.newCall(okRequest).execute()) {
      byte[] body = readBody(response);
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
      int status = response.code();
      if (LOG.isDebugEnabled()) {
        LOG.debug("{} {} {} -> {} in {} ms [attempt={}, requestId={}]", settings.platform(), request.method(),
            url.encodedPath(), status, ms, attempt, requestId);
      }
      if (status >= 200 && status < 300) {
        recordSuccess(breakerStart);
        return new ApiResponse(status, response.headers(), body, attempt, requestId);
      }
      return handleError(request, url, requestId, attempt, status, response, body, breakerStart);
    } catch (IOException e) {
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
      if (LOG.isDebugEnabled()) {
        LOG.debug("{} {} {} -> {} after {} ms [attempt={}, requestId={}, requestWritten={}]", settings.platform(),
            request.method(), url.encodedPath(), e.getClass().getSimpleName(), ms, attempt, requestId,
            probe != null && probe.requestStarted);
      }
      TransportException te = new TransportException("Could not reach " + settings.rules().displayName() + " ("
          + e.getClass().getSimpleName() + ": " + e.getMessage() + ") [request " + requestId + "]. Check the network"
          + " and the base URL " + settings.baseUrl() + "; it is safe to try again.", e, requestId, attempt);
      recordFailure(breakerStart, te);
      if (probe == null || !probe.requestStarted) {
        throw new AttemptFailure(te, true, null);
      }
      throw new AttemptFailure(outcomeUnknown(request, url, requestId, attempt, e,
          "no response arrived (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"), false, null);
    }
  }

  private ApiResponse handleError(ApiRequest request, HttpUrl url, String requestId, int attempt, int status,
      Response response, byte[] body, long breakerStart) throws AttemptFailure {
    Duration retryAfter = parseRetryAfter(response.header("Retry-After"));
    List<ApiError> listed = ErrorDecoder.parseErrors(body);
    boolean notProcessed = settings.rules().rejectedBeforeProcessing(status, listed);
    boolean resetsLater = status == 429 && settings.rules().resetsLater(status, listed);
    boolean statusRetryable = RETRYABLE_STATUSES.contains(status) && !resetsLater;
    boolean retryable = statusRetryable && (request.safeToRetry() || notProcessed);
    ApiException ex = errors.decode(status, body, retryAfter, requestId, attempt,
        statusRetryable && !resetsLater);
    if (status >= 500 || status == 429) {
      recordFailure(breakerStart, ex);
    } else {
      recordSuccess(breakerStart);
    }
    if (!request.safeToRetry() && !notProcessed && UNKNOWN_OUTCOME_STATUSES.contains(status)) {
      throw new AttemptFailure(outcomeUnknown(request, url, requestId, attempt, ex,
          "the platform answered HTTP " + status), false, null);
    }
    throw new AttemptFailure(ex, retryable, retryAfter);
  }

  private OutcomeUnknownException outcomeUnknown(ApiRequest request, HttpUrl url, String requestId, int attempt,
      Throwable cause, String what) {
    String ref = request.reference();
    return new OutcomeUnknownException(request.method() + " " + url.encodedPath() + " to "
        + settings.rules().displayName() + " may or may not have been acted on: " + what + " [request " + requestId
        + "]. It was not resent, to avoid acting twice. Look it up"
        + (ref != null ? " by its reference '" + ref + "'" : "") + " before trying again.",
        cause, requestId, attempt, request.method(), url.encodedPath(), ref);
  }

  private Request buildRequest(ApiRequest request, HttpUrl url, String requestId, AttemptProbe probe) {
    Request.Builder rb = new Request.Builder().url(url)
        .header("User-Agent", userAgent)
        .header("Accept", "application/json")
        .header(REQUEST_ID_HEADER, requestId);
    if (probe != null) {
      rb.tag(AttemptProbe.class, probe);
    }
    if (request.authenticated()) {
      for (Map.Entry<String, String> h : settings.authenticator().headers().entrySet()) {
        rb.header(h.getKey(), h.getValue());
      }
    }
    for (Map.Entry<String, String> h : request.headers().entrySet()) {
      rb.header(h.getKey(), h.getValue());
    }
    RequestBody body = null;
    if (request.body() != null) {
      body = RequestBody.create(request.body(),
          request.contentType() == null ? null : MediaType.parse(request.contentType()));
    } else if ("POST".equals(request.method()) || "PUT".equals(request.method()) || "PATCH".equals(request.method())) {
      body = RequestBody.create(new byte[0], null);
    }
    return rb.method(request.method(), body).build();
  }

  private HttpUrl resolve(ApiRequest request) {
    HttpUrl base = settings.baseUrl();
    HttpUrl url = request.path().startsWith("http://") || request.path().startsWith("https://")
        ? HttpUrl.parse(request.path())
        : base.resolve(joinPath(base, request.path()));
    if (url == null) {
      throw new IllegalArgumentException("Not a valid URL or path: " + request.path());
    }
    if (!url.scheme().equals(base.scheme()) || !url.host().equals(base.host()) || url.port() != base.port()) {
      // A link from a response must never carry our credentials to another origin.
      throw new UnexpectedResponseException(settings.rules().displayName() + " gave a link to another origin ("
          + url.scheme() + "://" + url.host() + ":" + url.port() + ") than the base URL " + base
          + "; the SDK will not send credentials there.", 0, "", null, 0, false);
    }
    if (!request.query().isEmpty()) {
      HttpUrl.Builder ub = url.newBuilder();
      for (Map.Entry<String, String> q : request.query()) {
        ub.addQueryParameter(q.getKey(), q.getValue());
      }
      url = ub.build();
    }
    return url;
  }

  private static String joinPath(HttpUrl base, String path) {
    String basePath = base.encodedPath();
    String prefix = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
    return prefix + (path.startsWith("/") ? path : "/" + path);
  }

  private static byte[] readBody(Response response) throws IOException {
    ResponseBody body = response.body();
    return body == null ? new byte[0] : body.bytes();
  }

  /** Parses {@code Retry-After}: delta-seconds or an HTTP date, measured on the injected clock. */
  Duration parseRetryAfter(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    try {
      long seconds = Long.parseLong(v);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      try {
        Instant when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(settings.clock().instant(), when);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }

  private void recordSuccess(long start) {
    if (breaker != null) {
      breaker.onSuccess(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit());
    }
  }

  private void recordFailure(long start, Throwable t) {
    if (breaker != null) {
      breaker.onError(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit(), t);
    }
  }

  private static boolean countsAgainstHealth(Throwable t) {
    return t instanceof TransportException || t instanceof ServerException || t instanceof RateLimitedException;
  }

  /** A failed attempt and whether this request may be sent again. */
  private static final class AttemptFailure extends Exception {
    private static final long serialVersionUID = 1L;
    final transient CouncilPlatformException exception;
    final boolean retryable;
    final transient Duration retryAfter;

    AttemptFailure(CouncilPlatformException exception, boolean retryable, Duration retryAfter) {
      super(null, null, false, false);
      this.exception = exception;
      this.retryable = retryable;
      this.retryAfter = retryAfter;
    }
  }

  /** What Resilience4j sees of a retryable failure. */
  private static final class RetrySignal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Duration retryAfter;

    RetrySignal(Duration retryAfter) {
      super(null, null, false, false);
      this.retryAfter = retryAfter;
    }
  }

  @Override
  public String toString() {
    return "HttpTransport{platform=" + settings.platform() + ", baseUrl=" + settings.baseUrl() + '}';
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
