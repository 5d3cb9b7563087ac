package io.github.councilplatform.spring.boot.properties;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * What every platform client shares: base URL, timeouts, retry, circuit breaker and rate limit. Unset values keep
 * the SDK builder's defaults (timeouts are always set).
 */
public abstract class ClientProperties {

  /** The platform's base URL; unset means the real platform. Point it at the sandbox to try things locally. */
  private URI baseUrl;

  /** Longest wait to open a connection. */
  private Duration connectTimeout;

  /** Longest wait for the next byte of a response. */
  private Duration readTimeout;

  /** Longest wait to send the next byte of a request. */
  private Duration writeTimeout;

  /** Longest a whole call may take, retries included. */
  private Duration callTimeout;

  @NestedConfigurationProperty
  private final RetryProperties retry = new RetryProperties();

  @NestedConfigurationProperty
  private final CircuitBreakerProperties circuitBreaker = new CircuitBreakerProperties();

  @NestedConfigurationProperty
  private final RateLimitProperties rateLimit = new RateLimitProperties();

  /** @return the base URL, or {@code null} for the real platform */
  public URI getBaseUrl() {
    return baseUrl;
  }

  /** @param baseUrl the platform's base URL */
  public void setBaseUrl(URI baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** @return the connect timeout, or {@code null} for the SDK's default */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /** @param connectTimeout the connect timeout */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /** @return the read timeout, or {@code null} for the SDK's default */
  public Duration getReadTimeout() {
    return readTimeout;
  }

  /** @param readTimeout the read timeout */
  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  /** @return the write timeout, or {@code null} for the SDK's default */
  public Duration getWriteTimeout() {
    return writeTimeout;
  }

  /** @param writeTimeout the write timeout */
  public void setWriteTimeout(Duration writeTimeout) {
    this.writeTimeout = writeTimeout;
  }

  /** @return the whole-call timeout, or {@code null} for the SDK's default */
  public Duration getCallTimeout() {
    return callTimeout;
  }

  /** @param callTimeout the whole-call timeout */
  public void setCallTimeout(Duration callTimeout) {
    this.callTimeout = callTimeout;
  }

  /** @return the retry settings */
  public RetryProperties getRetry() {
    return retry;
  }

  /** @return the circuit breaker settings */
  public CircuitBreakerProperties getCircuitBreaker() {
    return circuitBreaker;
  }

  /** @return the rate limit settings */
  public RateLimitProperties getRateLimit() {
    return rateLimit;
  }
}
