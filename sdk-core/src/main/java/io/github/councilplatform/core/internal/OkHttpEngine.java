package io.github.councilplatform.core.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The {@link HttpEngine} on OkHttp: builds the SDK's {@link OkHttpClient} (its timeouts, OkHttp's own silent
 * retries and redirects off, the {@link AttemptProbe} composed with a shared client's own listener), turns an
 * {@link ApiRequest} into a {@link Request} with the SDK's headers, and reads the whole answer.
 */
final class OkHttpEngine implements HttpEngine {
  private static final String REQUEST_ID_HEADER = "X-Request-ID";
  private static final byte[] EMPTY = new byte[0];
  private static final String JSON = "application/json";
  /**
   * Parsed once, when {@code build()} loads this class, rather than by OkHttp's regex on every JSON call: the
   * first of those parses loaded Kotlin's regex and range classes on a fresh JVM's first send (issue 18).
   */
  private static final MediaType JSON_TYPE = MediaType.get(JSON);

  private final TransportSettings settings;
  private final OkHttpClient http;
  private final String userAgent;

  OkHttpEngine(TransportSettings s) {
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
  }

  /** The OkHttp client, configured by the SDK. */
  OkHttpClient client() {
    return http;
  }

  @Override
  public Exchange send(ApiRequest request, HttpUrl url, String requestId) throws SendFailure {
    AttemptProbe probe = new AttemptProbe();
    Request okRequest = buildRequest(request, url, requestId);
    try (Response response = probe.newCall(http, okRequest).execute()) {
      ResponseBody body = response.body();
      byte[] bytes = body == null ? EMPTY : body.bytes();
      return new Exchange(response.code(), response.headers(), bytes);
    } catch (IOException e) {
      throw new SendFailure(e, probe.requestStarted);
    }
  }

  /**
   * Shuts down the dispatcher's executor and closes idle pooled connections, only when this engine created
   * them: a caller's shared client (and so its pool and dispatcher) is never touched.
   */
  @Override
  public void close() {
    if (settings.httpClient() == null) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  private Request buildRequest(ApiRequest request, HttpUrl url, String requestId) {
    Request.Builder rb = new Request.Builder().url(url)
        .header("User-Agent", userAgent)
        .header("Accept", "application/json")
        .header(REQUEST_ID_HEADER, requestId);
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
      String type = request.contentType();
      body = RequestBody.create(request.body(),
          type == null ? null : JSON.equals(type) ? JSON_TYPE : MediaType.parse(type));
    } else if ("POST".equals(request.method()) || "PUT".equals(request.method()) || "PATCH".equals(request.method())) {
      body = RequestBody.create(EMPTY, null);
    }
    return rb.method(request.method(), body).build();
  }
}
