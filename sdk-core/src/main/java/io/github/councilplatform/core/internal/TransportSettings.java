package io.github.councilplatform.core.internal;

import io.github.councilplatform.core.CircuitBreakerOptions;
import io.github.councilplatform.core.RateLimitOptions;
import io.github.councilplatform.core.RetryOptions;
import io.github.councilplatform.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Everything the transport needs, gathered by a client builder.
 *
 * @param platform short platform name for the User-Agent ({@code notify}, {@code pay}, {@code one-login})
 * @param baseUrl base URL every path is resolved against
 * @param connectTimeout connect timeout
 * @param readTimeout read timeout
 * @param writeTimeout write timeout
 * @param callTimeout whole-attempt timeout
 * @param retry retry options
 * @param circuitBreaker circuit breaker options
 * @param rateLimit client-side rate limit
 * @param clock the clock for policy decisions
 * @param sleeper the sleeper for waits
 * @param httpClient a caller's client to share a pool with, or {@code null}
 * @param userAgentSuffix caller's User-Agent suffix, or {@code null}
 * @param rules platform error rules
 * @param authenticator per-attempt authentication headers
 * @param scope what all transports of one client share: listeners, health, closed flag
 */
public record TransportSettings(
    String platform,
    HttpUrl baseUrl,
    Duration connectTimeout,
    Duration readTimeout,
    Duration writeTimeout,
    Duration callTimeout,
    RetryOptions retry,
    CircuitBreakerOptions circuitBreaker,
    RateLimitOptions rateLimit,
    Clock clock,
    Sleeper sleeper,
    OkHttpClient httpClient,
    String userAgentSuffix,
    PlatformRules rules,
    Authenticator authenticator,
    ClientScope scope) {

  /** Settings with no listener, in a scope of their own. */
  public TransportSettings(String platform, HttpUrl baseUrl, Duration connectTimeout, Duration readTimeout,
      Duration writeTimeout, Duration callTimeout, RetryOptions retry, CircuitBreakerOptions circuitBreaker,
      RateLimitOptions rateLimit, Clock clock, Sleeper sleeper, OkHttpClient httpClient, String userAgentSuffix,
      PlatformRules rules, Authenticator authenticator) {
    this(platform, baseUrl, connectTimeout, readTimeout, writeTimeout, callTimeout, retry, circuitBreaker,
        rateLimit, clock, sleeper, httpClient, userAgentSuffix, rules, authenticator, ClientScope.unobserved());
  }

  /** Returns a copy in another scope (with the builder's listeners). */
  public TransportSettings withScope(ClientScope other) {
    return new TransportSettings(platform, baseUrl, connectTimeout, readTimeout, writeTimeout, callTimeout, retry,
        circuitBreaker, rateLimit, clock, sleeper, httpClient, userAgentSuffix, rules, authenticator, other);
  }

  /** Returns a copy with another base URL (One Login's endpoints live on several hosts). */
  public TransportSettings withBaseUrl(HttpUrl url) {
    return new TransportSettings(platform, url, connectTimeout, readTimeout, writeTimeout, callTimeout, retry,
        circuitBreaker, rateLimit, clock, sleeper, httpClient, userAgentSuffix, rules, authenticator, scope);
  }

  /** Returns a copy with another authenticator. */
  public TransportSettings withAuthenticator(Authenticator auth) {
    return new TransportSettings(platform, baseUrl, connectTimeout, readTimeout, writeTimeout, callTimeout, retry,
        circuitBreaker, rateLimit, clock, sleeper, httpClient, userAgentSuffix, rules, auth, scope);
  }

  /** Returns a copy that shares another client's connection pool (a second transport of the same client). */
  public TransportSettings withHttpClient(OkHttpClient client) {
    return new TransportSettings(platform, baseUrl, connectTimeout, readTimeout, writeTimeout, callTimeout, retry,
        circuitBreaker, rateLimit, clock, sleeper, client, userAgentSuffix, rules, authenticator, scope);
  }

  /** Returns a copy with other timeouts. */
  public TransportSettings withTimeouts(Duration connect, Duration read, Duration write, Duration call) {
    return new TransportSettings(platform, baseUrl, connect, read, write, call, retry, circuitBreaker, rateLimit,
        clock, sleeper, httpClient, userAgentSuffix, rules, authenticator, scope);
  }
}
