package io.github.councilplatform.sandbox.internal.pay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.councilplatform.sandbox.Sandbox;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

/** Plain HTTP calls to the sandbox's Pay, each response checked against the Pay OpenAPI spec. */
final class PayHttp {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final Sandbox sandbox;
  String apiKey;

  /** A response: status, headers and parsed JSON body (a missing node when empty). */
  record Resp(int status, HttpResponse<String> raw, JsonNode json) {
    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    /** Asserts a Pay error answer. */
    Resp error(int expectedStatus, String code) {
      assertThat(status).as("status of %s", raw.body()).isEqualTo(expectedStatus);
      assertThat(json.path("code").asText()).as("code of %s", raw.body()).isEqualTo(code);
      return this;
    }
  }

  PayHttp(Sandbox sandbox) {
    this.sandbox = sandbox;
    this.apiKey = (String) ((Map<?, ?>) sandbox.info().get("pay")).get("apiKey");
  }

  Resp get(String pathAndQuery) {
    return send("GET", pathAndQuery, null, Map.of(), true);
  }

  Resp post(String path, Object body) {
    return send("POST", path, body, Map.of(), true);
  }

  Resp post(String path, Object body, Map<String, String> headers) {
    return send("POST", path, body, headers, true);
  }

  /** A request with exactly the given headers, validated against the spec unless told not to. */
  Resp send(String method, String pathAndQuery, Object body, Map<String, String> headers, boolean validate) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + pathAndQuery))
          .timeout(Duration.ofSeconds(20));
      if (apiKey != null && !headers.containsKey("Authorization")) {
        b.header("Authorization", "Bearer " + apiKey);
      }
      if (!headers.containsKey("Content-Type") && method.equals("POST")) {
        b.header("Content-Type", "application/json");
      }
      if (!headers.containsKey("Accept")) {
        b.header("Accept", "application/json");
      }
      headers.forEach((k, v) -> {
        if (v != null) {
          b.header(k, v);
        }
      });
      String text = body == null ? "" : body instanceof String s ? s : JSON.writeValueAsString(body);
      b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofString(text));
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?'))
          : pathAndQuery;
      if (validate && path.startsWith("/v1/")) {
        PaySpec.check(method, path, r.statusCode(), r.headers().firstValue("Content-Type").orElse(null),
            r.body());
      }
      JsonNode json = r.body().isEmpty() ? JSON.missingNode() : JSON.readTree(r.body());
      return new Resp(r.statusCode(), r, json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A sandbox admin call (not part of Pay's spec). */
  Resp admin(String method, String path, Object body) {
    return send(method, "/_sandbox/pay" + path, body, Map.of("Content-Type", "application/json"), false);
  }

  /** Creates a web payment and returns its JSON. */
  JsonNode createWebPayment(int amount, String reference) {
    Resp r = post("/v1/payments", Map.of("amount", amount, "reference", reference, "description",
        "Garden waste permit", "return_url", "https://council.example/return/" + reference));
    assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    return r.json();
  }

  /** Pays a web payment as its user would (admin shortcut through the same state machine). */
  JsonNode complete(String paymentId, String cardNumber, boolean confirm) {
    Resp r = admin("POST", "/payments/" + paymentId + "/complete", Map.of("cardNumber", cardNumber,
        "confirm", confirm));
    assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
    return r.json();
  }

  /** Polls a payment until a condition holds (recurring payments are charged just after creation). */
  JsonNode awaitPayment(String id, Predicate<JsonNode> until) {
    long deadline = System.currentTimeMillis() + 5000;
    while (true) {
      JsonNode p = get("/v1/payments/" + id).json();
      if (until.test(p) || System.currentTimeMillis() > deadline) {
        return p;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return p;
      }
    }
  }

  static String status(JsonNode payment) {
    return payment.path("state").path("status").asText();
  }
}
