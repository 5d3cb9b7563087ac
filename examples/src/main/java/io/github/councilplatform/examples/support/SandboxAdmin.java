package io.github.councilplatform.examples.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * The sandbox's admin API ({@code /_sandbox}): what a council sets up once in the platforms' admin tools
 * (templates, callback URLs, webhooks, the One Login client's URIs), done here by HTTP calls.
 */
final class SandboxAdmin {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final HttpClient http = HttpClient.newHttpClient();

  SandboxAdmin(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  Map<String, Object> post(String path, Map<String, ?> body) {
    return send("POST", path, body);
  }

  Map<String, Object> put(String path, Map<String, ?> body) {
    return send("PUT", path, body);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> send(String method, String path, Map<String, ?> body) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/_sandbox" + path))
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
          .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(method + " /_sandbox" + path + " answered " + response.statusCode() + ": "
            + response.body());
      }
      return response.body().isBlank() ? Map.of() : JSON.readValue(response.body(), Map.class);
    } catch (IOException e) {
      throw new IllegalStateException("The sandbox admin API is unreachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }
}
