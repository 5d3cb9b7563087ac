package io.github.councilplatform.core.internal;

import io.github.councilplatform.core.ClientHealth;
import io.github.councilplatform.core.CouncilPlatformException;
import io.github.councilplatform.core.OutcomeUnknownException;
import io.github.councilplatform.core.UnexpectedResponseException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import okhttp3.OkHttpClient;

/**
 * The one place every SDK call goes through, and the SDK's only retry authority (OkHttp's own silent retry
 * is off). It wires three parts, each in its own file:
 * <ul>
 *   <li>the decision, free of HTTP: {@link CallLedger} (resend, fail, or outcome unknown) and
 *       {@link RetryPolicy} (how long to wait: backoff, {@code Retry-After}, deadline);
 *   <li>the call pipeline ({@link CallPipeline}): the closed check, the rate limiter and circuit breaker on
 *       first attempts ({@link CircuitGate}), the attempts loop, error decoding, logging, listener events;
 *   <li>the HTTP client adapter ({@link OkHttpEngine}): the OkHttp client, requests, the attempt probe.
 * </ul>
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
 */
public final class HttpTransport {
  private final TransportSettings settings;
  private final OkHttpEngine engine;
  private final CallPipeline pipeline;

  private HttpTransport(TransportSettings s) {
    this.settings = s;
    this.engine = new OkHttpEngine(s);
    CircuitGate gate = new CircuitGate(s);
    s.scope().register(gate::state);
    this.pipeline = new CallPipeline(s, engine, gate);
  }

  /**
   * Creates a transport; each SDK client owns one or more, sharing its {@link TransportSettings#scope()}.
   *
   * @throws IllegalStateException when the client the settings belong to has been closed (so no pool is made)
   */
  public static HttpTransport create(TransportSettings settings) {
    if (settings.scope().closed()) {
      throw new IllegalStateException("This " + settings.rules().displayName() + " client has been closed;"
          + " build a new client.");
    }
    return new HttpTransport(settings);
  }

  /** The settings this transport was built with. */
  public TransportSettings settings() {
    return settings;
  }

  /** The OkHttp client, configured by the SDK (timeouts, no silent retry). */
  public OkHttpClient okHttp() {
    return engine.client();
  }

  /** The client's circuit state and last outcome, shared by every transport of the client; makes no call. */
  public ClientHealth health() {
    return settings.scope().health(settings.platform());
  }

  /**
   * Closes the client this transport belongs to: every later call of any of its transports fails with
   * {@link IllegalStateException}. Releases what this transport created: shuts down its OkHttp dispatcher's
   * executor and closes its idle pooled connections. A caller's {@link TransportSettings#httpClient()} (and so
   * its pool and dispatcher, which the derived client shares) is never touched, nor is anything when this
   * transport was given another transport's client. Idempotent.
   */
  public void close() {
    settings.scope().close();
    engine.close();
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
   * @throws IllegalStateException when the client has been closed
   */
  public ApiResponse execute(ApiRequest request) {
    return pipeline.execute(request);
  }

  @Override
  public String toString() {
    return "HttpTransport{platform=" + settings.platform() + ", baseUrl=" + settings.baseUrl() + '}';
  }
}
