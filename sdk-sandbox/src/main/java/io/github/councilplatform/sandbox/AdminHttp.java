package io.github.councilplatform.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.sandbox.internal.Responses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How the typed helpers ({@link NotifySandbox}, {@link PaySandbox}, {@link OneLoginSandbox}) act: over HTTP, on
 * the sandbox's own admin API and pages, exactly as a test in another language or a person's browser would, so
 * there is one implementation of each action. Redirects are not followed: the helpers read them.
 */
final class AdminHttp {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** One answer: status, body, and the {@code Location} and {@code Set-Cookie} headers the helpers read. */
  record Reply(int status, String body, String location, String cookie) {
    JsonNode json() {
      try {
        return Responses.JSON.readTree(body);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("The sandbox answered HTTP " + status + " with no JSON: " + body, e);
      }
    }

    /** The {@code message} of an admin error, or the body. */
    String message() {
      try {
        JsonNode n = Responses.JSON.readTree(body);
        return n != null && n.hasNonNull("message") ? n.get("message").asText() : body;
      } catch (JsonProcessingException e) {
        return body;
      }
    }
  }

  private final URI base;
  private final HttpClient client;

  AdminHttp(String baseUrl) {
    this.base = URI.create(baseUrl);
    this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  Reply get(String pathOrUrl, Map<String, String> headers) {
    return send("GET", pathOrUrl, null, null, headers);
  }

  /** A JSON request; {@code body} is serialised with Jackson, or sent empty when null. */
  Reply json(String method, String path, Object body, Map<String, String> headers) {
    try {
      String json = body == null ? null : Responses.JSON.writeValueAsString(body);
      return send(method, path, json, "application/json", headers);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** An HTML form post, as a browser sends it. */
  Reply form(String path, Map<String, String> fields, Map<String, String> headers) {
    String encoded = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
        + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    return send("POST", path, encoded, "application/x-www-form-urlencoded", headers);
  }

  /** Resolves a path or a redirect's (possibly relative) location against the sandbox. */
  URI resolve(String pathOrUrl) {
    return base.resolve(pathOrUrl);
  }

  private Reply send(String method, String pathOrUrl, String body, String contentType, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(resolve(pathOrUrl)).timeout(TIMEOUT)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null && body != null) {
      b.header("Content-Type", contentType);
    }
    headers.forEach(b::header);
    try {
      HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      String cookie = r.headers().firstValue("Set-Cookie").map(c -> c.split(";", 2)[0]).orElse(null);
      return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null), cookie);
    } catch (IOException e) {
      throw new UncheckedIOException("The sandbox at " + base + " did not answer " + method + " " + pathOrUrl
          + ": is it still running?", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while calling the sandbox", e);
    }
  }
}
