package io.github.councilplatform.sandbox.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Sends the sandbox's own HTTP calls: Notify callbacks, Pay webhooks, One Login back-channel logout. Each
 * call reports the status, or -1 when no response arrived (a connection error), so callers can apply their
 * platform's retry schedule.
 */
public final class Outbound {
  /**
   * Built on the first callback, not with the sandbox: a JDK client loads the default TLS context (trust store
   * and all) and starts a selector thread, which a sandbox that never calls out does not need at start-up.
   */
  private volatile HttpClient http;

  /**
   * POSTs a body and returns the status, or -1 if no response arrived.
   *
   * @param url where to
   * @param headers headers to send (Content-Type included)
   * @param body the exact bytes
   * @return the HTTP status, or -1
   */
  public int post(String url, Map<String, String> headers, byte[] body) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
          .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      headers.forEach(b::header);
      return http().send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException | IllegalArgumentException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private HttpClient http() {
    HttpClient h = http;
    if (h == null) {
      synchronized (this) {
        if (http == null) {
          http = HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(5))
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
        }
        h = http;
      }
    }
    return h;
  }
}
