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
 * <p>Retry rules, decided per attempt by the call's {@link CallLedger}:
 * <ul>
 *   <li>A failure before the request was written (DNS, connect, TLS handshake) is always retried.
 *   <li>A request {@link ApiRequest#safeToRetry() safe to retry} (a read, or a create carrying an idempotency
 *       key) is retried on I/O failures and on 408, 429, 500, 502, 503 and 504.
 *   <li>Any other request is retried after an error response only when the platform proves it was rejected
 *       before processing ({@link PlatformRules#rejectedBeforeProcessing}).
 *   <li>Once any attempt of a request that changes something may have been acted on (written, and not
 *       provably refused), a call that ends in failure ends as {@link OutcomeUnknownException}, whatever the
 *       last attempt's failure was.
 * </ul>
 *
 * <p>The client-side rate limiter and the circuit breaker decide only whether a call starts: a retry already
 * under way is never refused by them, because refusing it could leave a payment taken and reported as failed.
 */
public final class HttpTransport {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.councilplatform.http");
  private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);
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
        // Composed with, never in place of, a shared client's own listener (metrics, tracing).
        .eventListenerFactory(AttemptProbe.factory(s.httpClient() == null ? null
            : s.httpClient().eventListenerFactory()));
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
    admitCall();
    String requestId = RequestIds.next();
    Instant started = settings.clock().instant();
    CallLedger ledger = CallLedger.of(request);
    // Created on the first failure only: most calls succeed at once and need no retry bookkeeping.
    Retry.AsyncContext<Object> context = null;
    int attempt = 0;
    while (true) {
      attempt++;
      AttemptFailure failure;
      try {
        ApiResponse response = attemptOnce(request, url, requestId, attempt, ledger);
        if (context != null) {
          context.onComplete();
        }
        return response;
      } catch (AttemptFailure f) {
        failure = f;
      } catch (RuntimeException e) {
        // Anything unexpected on a later attempt (an authenticator failing, say) must not hide that an earlier
        // attempt may have been acted on.
        if (ledger.mayHaveActed()) {
          throw outcomeUnknown(request, url, requestId, ledger.attempts(), e, "an error before it could be sent ("
              + e.getClass().getSimpleName() + ")");
        }
        throw e;
      }
      if (failure.next != CallLedger.Next.RETRY) {
        throw end(request, url, requestId, ledger, failure);
      }
      if (context == null) {
        context = retry.asyncContext();
      }
      long waitMillis = context.onError(new RetrySignal(failure.retryAfter));
      if (waitMillis < 0) {
        throw end(request, url, requestId, ledger, failure);
      }
      if (failure.retryAfter != null && failure.retryAfter.compareTo(settings.retry().maxRetryAfter()) > 0) {
        throw end(request, url, requestId, ledger, failure);
      }
      Duration wait = Duration.ofMillis(waitMillis);
      Instant next = settings.clock().instant().plus(wait);
      if (next.isAfter(started.plus(settings.retry().deadline()))) {
        throw end(request, url, requestId, ledger, failure);
      }
      if (LOG.isDebugEnabled()) {
        LOG.debug("Retry attempt [platform={}, method={}, path={}, attemptNumber={}, delay={}ms, requestId={}]",
          settings.platform(), request.method(), url.encodedPath(), attempt + 1, waitMillis, requestId);
      }
      try {
        settings.sleeper().sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw end(request, url, requestId, ledger, failure);
      }
    }
  }

  /**
   * The client-side rate limiter and the circuit breaker gate a call's first attempt only: refusing there
   * proves nothing of the call was sent.
   */
  private void admitCall() {
    if (limiter != null && !limiter.acquirePermission()) {
      throw new ClientThrottledException("No permit from this client's rate limiter within "
          + settings.rateLimit().maxWait() + " (" + settings.rateLimit() + "); nothing of this call was sent. Slow"
          + " down or raise the limit.");
    }
    if (breaker != null && !breaker.tryAcquirePermission()) {
      throw new CircuitOpenException("Calls to " + settings.rules().displayName() + " are paused: recent calls"
          + " failed too often (circuit breaker open). Nothing of this call was sent; try again after "
          + settings.circuitBreaker().waitInOpenState().toSeconds() + " s.", null);
    }
  }

  /** What a call that stops with a failure throws: the failure itself, or outcome unknown. */
  private CouncilPlatformException end(ApiRequest request, HttpUrl url, String requestId, CallLedger ledger,
      AttemptFailure last) {
    if (ledger.verdictForEnd() == CallLedger.Next.OUTCOME_UNKNOWN) {
      return outcomeUnknown(request, url, requestId, ledger.attempts(), last.exception, last.what);
    }
    return last.exception;
  }

  private ApiResponse attemptOnce(ApiRequest request, HttpUrl url, String requestId, int attempt,
      CallLedger ledger) throws AttemptFailure {
    AttemptProbe probe = new AttemptProbe();
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
      return handleError(request, url, requestId, attempt, status, response, body, breakerStart, ledger);
    } catch (IOException e) {
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
      boolean written = probe.requestStarted;
      if (LOG.isDebugEnabled()) {
        LOG.debug("{} {} {} -> {} after {} ms [attempt={}, requestId={}, requestWritten={}]", settings.platform(),
            request.method(), url.encodedPath(), e.getClass().getSimpleName(), ms, attempt, requestId, written);
      }
      CallLedger.Next next = ledger.afterIoFailure(written);
      String cause = e.getClass().getSimpleName() + ": " + e.getMessage();
      TransportException te = new TransportException("Could not reach " + settings.rules().displayName() + " ("
          + cause + ") for " + request.method() + " " + url.encodedPath() + " [request " + requestId + ", attempt "
          + attempt + "]. Check the network and the base URL " + settings.baseUrl() + safeToRepeat(ledger),
          e, requestId, attempt);
      recordFailure(breakerStart, te);
      throw new AttemptFailure(te, next, null, (written ? "no response arrived (" : "it could not be sent (")
          + cause + ")");
    }
  }

  /** The end of a transport message: a claim about repeating the call only where it is proven. */
  private static String safeToRepeat(CallLedger ledger) {
    if (!ledger.changesState()) {
      return "; reading again is safe.";
    }
    if (!ledger.mayHaveActed()) {
      return "; no attempt of this call reached the platform or was acted on, so it is safe to try again.";
    }
    return ".";
  }

  private ApiResponse handleError(ApiRequest request, HttpUrl url, String requestId, int attempt, int status,
      Response response, byte[] body, long breakerStart, CallLedger ledger) throws AttemptFailure {
    Duration retryAfter = parseRetryAfter(response.header("Retry-After"));
    List<ApiError> listed = ErrorDecoder.parseErrors(body);
    boolean notProcessed = settings.rules().rejectedBeforeProcessing(status, listed);
    boolean resetsLater = status == 429 && settings.rules().resetsLater(status, listed);
    boolean statusRetryable = RETRYABLE_STATUSES.contains(status) && !resetsLater;
    CallLedger.Next next = ledger.afterErrorStatus(status, statusRetryable, notProcessed);
    ApiException ex = errors.decode(new CallDescription(request.method(), url.encodedPath(), settings.baseUrl()),
        status, body, retryAfter, requestId, attempt, statusRetryable,
        !ledger.changesState() || !ledger.mayHaveActed());
    if (status >= 500 || status == 429) {
      recordFailure(breakerStart, ex);
    } else {
      recordSuccess(breakerStart);
    }
    throw new AttemptFailure(ex, next, retryAfter, "the platform answered HTTP " + status
        + ex.errorCode().map(c -> " " + c).orElse(""));
  }

  private OutcomeUnknownException outcomeUnknown(ApiRequest request, HttpUrl url, String requestId, int attempts,
      Throwable cause, String what) {
    String ref = request.reference();
    String key = request.idempotencyKey();
    String lookUp = ref != null ? " by its reference '" + ref + "'" : "";
    String advice = key != null
        ? " Every attempt carried Idempotency-Key '" + key + "': send the same request again with that same key,"
            + " which returns the original result instead of acting twice, or look it up" + lookUp
            + ". Never resend it with a new key before you know."
        : " It was not resent after an attempt that may have been acted on, to avoid acting twice. Look it up"
            + lookUp + " before trying again.";
    return new OutcomeUnknownException(request.method() + " " + url.encodedPath() + " to "
        + settings.rules().displayName() + " may or may not have been acted on: an attempt may have reached it"
        + " without a usable answer, and the last of " + attempts + (attempts == 1 ? " attempt" : " attempts")
        + " ended as " + what + " [request " + requestId + "]." + advice,
        cause, requestId, attempts, request.method(), url.encodedPath(), ref, key);
  }

  private Request buildRequest(ApiRequest request, HttpUrl url, String requestId, AttemptProbe probe) {
    Request.Builder rb = new Request.Builder().url(url)
        .header("User-Agent", userAgent)
        .header("Accept", "application/json")
        .header(REQUEST_ID_HEADER, requestId);
    rb.tag(AttemptProbe.class, probe);
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

  /** A failed attempt and what the call's ledger says to do next. */
  private static final class AttemptFailure extends Exception {
    private static final long serialVersionUID = 1L;
    final transient CouncilPlatformException exception;
    final transient CallLedger.Next next;
    final transient Duration retryAfter;
    final String what;

    AttemptFailure(CouncilPlatformException exception, CallLedger.Next next, Duration retryAfter, String what) {
      super(null, null, false, false);
      this.exception = exception;
      this.next = next;
      this.retryAfter = retryAfter;
      this.what = what;
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
