package io.github.councilplatform.core;

import io.github.councilplatform.core.internal.Authenticator;
import io.github.councilplatform.core.internal.ClientBuilders;
import io.github.councilplatform.core.internal.ClientScope;
import io.github.councilplatform.core.internal.PlatformRules;
import io.github.councilplatform.core.internal.TransportSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The configuration every platform client shares, so that {@code NotifyClient.builder()},
 * {@code PayClient.builder()} and {@code OneLoginClient.builder()} speak one vocabulary: base URL,
 * timeouts, retry, circuit breaker, rate limit, clock, sleeper, a shared {@link OkHttpClient}, and a
 * User-Agent suffix.
 *
 * <p>Defaults: connect 10 s, read 30 s, write 30 s, whole attempt 60 s; {@link RetryOptions#defaults()};
 * {@link CircuitBreakerOptions#defaults()}; no client-side rate limit; the system UTC clock.
 *
 * @param <B> the concrete builder type, returned by every setter for chaining
 */
public abstract class PlatformClientBuilder<B extends PlatformClientBuilder<B>> {
  static {
    // Platform modules read the gathered settings through core.internal, so no signature here names them.
    ClientBuilders.register((b, platform, defaultBaseUrl, rules, auth) ->
        b.transportSettings(platform, defaultBaseUrl, rules, auth));
  }

  private String baseUrl;
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration readTimeout = Duration.ofSeconds(30);
  private Duration writeTimeout = Duration.ofSeconds(30);
  private Duration callTimeout = Duration.ofSeconds(60);
  private RetryOptions retry = RetryOptions.defaults();
  private CircuitBreakerOptions circuitBreaker = CircuitBreakerOptions.defaults();
  private RateLimitOptions rateLimit = RateLimitOptions.disabled();
  private Clock clock = Clock.systemUTC();
  private Sleeper sleeper = Sleeper.system();
  private OkHttpClient httpClient;
  private String userAgentSuffix;
  private final List<CallListener> listeners = new ArrayList<>();

  /** For subclasses in the SDK's platform modules. */
  protected PlatformClientBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * The platform's base URL; each client documents its default. Point it at the sandbox in tests.
   *
   * @param baseUrl an absolute http or https URL
   * @return this builder
   */
  public B baseUrl(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    if (HttpUrl.parse(baseUrl) == null) {
      throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL, for example"
          + " https://api.notifications.service.gov.uk; got: " + baseUrl);
    }
    this.baseUrl = baseUrl;
    return self();
  }

  /**
   * The platform's base URL.
   *
   * @param baseUrl an absolute http or https URI
   * @return this builder
   */
  public B baseUrl(URI baseUrl) {
    return baseUrl(Objects.requireNonNull(baseUrl, "baseUrl").toString());
  }

  /**
   * How long to wait to establish a connection (default 10 s).
   *
   * @param timeout a positive duration
   * @return this builder
   */
  public B connectTimeout(Duration timeout) {
    this.connectTimeout = positive(timeout, "connectTimeout");
    return self();
  }

  /**
   * How long to wait between bytes of a response (default 30 s).
   *
   * @param timeout a positive duration
   * @return this builder
   */
  public B readTimeout(Duration timeout) {
    this.readTimeout = positive(timeout, "readTimeout");
    return self();
  }

  /**
   * How long to wait between bytes of a request (default 30 s).
   *
   * @param timeout a positive duration
   * @return this builder
   */
  public B writeTimeout(Duration timeout) {
    this.writeTimeout = positive(timeout, "writeTimeout");
    return self();
  }

  /**
   * The limit on one whole attempt, from connecting to reading the last byte (default 60 s). The limit on
   * a call including retries is {@link RetryOptions#deadline()}.
   *
   * @param timeout a positive duration
   * @return this builder
   */
  public B callTimeout(Duration timeout) {
    this.callTimeout = positive(timeout, "callTimeout");
    return self();
  }

  /**
   * How calls are retried (default {@link RetryOptions#defaults()}); {@link RetryOptions#disabled()} makes
   * one attempt per call.
   *
   * @param retry the retry options
   * @return this builder
   */
  public B retry(RetryOptions retry) {
    this.retry = Objects.requireNonNull(retry, "retry");
    return self();
  }

  /**
   * The client's circuit breaker (default {@link CircuitBreakerOptions#defaults()}).
   *
   * @param circuitBreaker the options
   * @return this builder
   */
  public B circuitBreaker(CircuitBreakerOptions circuitBreaker) {
    this.circuitBreaker = Objects.requireNonNull(circuitBreaker, "circuitBreaker");
    return self();
  }

  /**
   * A client-side rate limit (default {@link RateLimitOptions#disabled()}).
   *
   * @param rateLimit the options
   * @return this builder
   */
  public B rateLimit(RateLimitOptions rateLimit) {
    this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit");
    return self();
  }

  /**
   * The clock used for tokens, deadlines and expiry (default the system UTC clock). Tests pass a fixed or
   * fake clock.
   *
   * @param clock the clock
   * @return this builder
   */
  public B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return self();
  }

  /**
   * What waits between retries and polls (default {@link Sleeper#system()}). Tests pass one that advances
   * a fake clock, so nothing really waits.
   *
   * @param sleeper the sleeper
   * @return this builder
   */
  public B sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return self();
  }

  /**
   * An {@link OkHttpClient} whose connection pool and dispatcher this client should share. The SDK derives
   * its own client from it with {@link OkHttpClient#newBuilder()}, applying its timeouts and switching off
   * OkHttp's silent retries and redirects; your client is not changed. Your interceptors and your
   * {@link okhttp3.EventListener} (for example Micrometer's OkHttp metrics) keep working: the SDK adds its own
   * listener beside yours, never in its place.
   *
   * @param httpClient the client to share a pool with
   * @return this builder
   */
  public B httpClient(OkHttpClient httpClient) {
    this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
    return self();
  }

  /**
   * Text appended to the SDK's User-Agent to identify your service, for example
   * {@code parking-permits/2.3}.
   *
   * @param suffix the suffix; printable ASCII
   * @return this builder
   */
  public B userAgentSuffix(String suffix) {
    Objects.requireNonNull(suffix, "suffix");
    if (!suffix.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException("userAgentSuffix must be printable ASCII");
    }
    this.userAgentSuffix = suffix;
    return self();
  }

  /**
   * Adds a listener that hears every call this client makes (start, retries, circuit-open refusals, end),
   * for metrics or tracing. Call again to add more; they are called in the order added. None by default, and
   * with none a call builds no event at all.
   *
   * @param listener the listener
   * @return this builder
   */
  public B listener(CallListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    return self();
  }

  /** The configured clock. */
  protected final Clock clock() {
    return clock;
  }

  /** The configured sleeper. */
  protected final Sleeper sleeper() {
    return sleeper;
  }

  /** The configured base URL, or {@code defaultBaseUrl} if none was set. */
  protected final String baseUrlOr(String defaultBaseUrl) {
    return baseUrl != null ? baseUrl : defaultBaseUrl;
  }

  /** The configured retry options. */
  protected final RetryOptions retryOptions() {
    return retry;
  }

  /** Gathers the transport settings; platform modules call it through {@link ClientBuilders}. */
  private TransportSettings transportSettings(String platform, String defaultBaseUrl, PlatformRules rules,
      Authenticator authenticator) {
    HttpUrl url = HttpUrl.parse(baseUrlOr(defaultBaseUrl));
    if (url == null) {
      throw new IllegalStateException("baseUrl is not a valid URL: " + baseUrlOr(defaultBaseUrl));
    }
    return new TransportSettings(platform, url, connectTimeout, readTimeout, writeTimeout, callTimeout, retry,
        circuitBreaker, rateLimit, clock, sleeper, httpClient, userAgentSuffix, rules, authenticator,
        ClientScope.of(listeners));
  }

  /** Describes the configuration without any secret. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "{baseUrl=" + baseUrl + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout + ", writeTimeout=" + writeTimeout + ", callTimeout=" + callTimeout
        + ", retry=" + retry + ", circuitBreaker=" + circuitBreaker + ", rateLimit=" + rateLimit + '}';
  }

  private static Duration positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + d);
    }
    return d;
  }
}
