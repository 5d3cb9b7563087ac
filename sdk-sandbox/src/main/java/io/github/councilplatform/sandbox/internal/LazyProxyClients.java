package io.github.councilplatform.sandbox.internal;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.http.client.ApacheHttpClientFactory;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import java.io.IOException;
import java.util.List;

/**
 * WireMock's proxy HTTP clients, built on the first proxied request instead of when the server is built.
 * WireMock builds two Apache clients at start-up (a third of its start: the trust store, TLS and the public
 * suffix list) for stubs that proxy, which the sandbox's own platforms never do; a user's
 * {@code proxiedFrom} stub still gets exactly WireMock's client, built as WireMock would build it.
 */
public final class LazyProxyClients implements HttpClientFactory {
  private final HttpClientFactory real = new ApacheHttpClientFactory();

  @Override
  public HttpClient buildHttpClient(Options options, boolean trustAllCertificates, List<String> trustedHosts,
      boolean useSystemProperties) {
    return new HttpClient() {
      private volatile HttpClient client;

      @Override
      public Response execute(Request request) throws IOException {
        HttpClient c = client;
        if (c == null) {
          synchronized (this) {
            if (client == null) {
              client = real.buildHttpClient(options, trustAllCertificates, trustedHosts, useSystemProperties);
            }
            c = client;
          }
        }
        return c.execute(request);
      }
    };
  }
}
