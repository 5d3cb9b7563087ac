package io.github.councilplatform.sandbox.internal.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.internal.Responses;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/** Test helper: talks to the sandbox's Notify over plain HTTP, minting Notify JWTs with nimbus. */
final class NotifyApi {
  final Sandbox sandbox;
  final String liveKey;
  final String teamKey;
  final String testKey;
  final String emailTemplate;
  final String smsTemplate;
  final String letterTemplate;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @SuppressWarnings("unchecked")
  NotifyApi(Sandbox sandbox) {
    this.sandbox = sandbox;
    Map<String, Object> notify = (Map<String, Object>) sandbox.info().get("notify");
    Map<String, Object> templates = (Map<String, Object>) notify.get("templates");
    this.liveKey = (String) notify.get("apiKey");
    this.teamKey = (String) notify.get("teamApiKey");
    this.testKey = (String) notify.get("testApiKey");
    this.emailTemplate = (String) templates.get("email");
    this.smsTemplate = (String) templates.get("sms");
    this.letterTemplate = (String) templates.get("letter");
  }

  /** A response: status, raw bytes, and the JSON body when there is one. */
  record Resp(int status, byte[] bytes, String contentType) {
    String body() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return Responses.JSON.readTree(bytes);
      } catch (IOException e) {
        throw new AssertionError("Not JSON: " + body(), e);
      }
    }

    String errorType() {
      return json().path("errors").path(0).path("error").asText();
    }

    String message() {
      return json().path("errors").path(0).path("message").asText();
    }
  }

  static String serviceId(String key) {
    return key.substring(key.length() - 73, key.length() - 37);
  }

  static String secret(String key) {
    return key.substring(key.length() - 36);
  }

  /** A token exactly as the official client makes one. */
  String jwt(String key) {
    return jwt(serviceId(key), secret(key), sandbox.clock().instant(), JWSAlgorithm.HS256);
  }

  static String jwt(String iss, String secret, Instant iat, JWSAlgorithm alg) {
    JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
    if (iss != null) {
      claims.issuer(iss);
    }
    if (iat != null) {
      claims.issueTime(Date.from(iat));
    }
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).type(JOSEObjectType.JWT).build(), claims.build());
    try {
      jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  Resp post(String key, String path, String json) {
    return request("POST", path, "Bearer " + jwt(key), json);
  }

  Resp post(String key, String path, Map<String, ?> body) {
    try {
      return post(key, path, Responses.JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  Resp get(String key, String path) {
    return request("GET", path, "Bearer " + jwt(key), null);
  }

  Resp admin(String method, String path, String json) {
    return request(method, "/_sandbox" + path, null, json);
  }

  Resp request(String method, String path, String authorization, String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
        .timeout(Duration.ofSeconds(20))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    try {
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Resp(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends an email with the seeded template; returns the response. */
  Resp sendEmail(String key, String to) {
    return post(key, "/v2/notifications/email", Map.of("email_address", to, "template_id", emailTemplate,
        "personalisation", Map.of("name", "Alex")));
  }

  /** Sends a text message with the seeded template; returns the response. */
  Resp sendSms(String key, String to) {
    return post(key, "/v2/notifications/sms", Map.of("phone_number", to, "template_id", smsTemplate,
        "personalisation", Map.of("name", "Alex")));
  }

  /** Sends a letter with the seeded template; returns the response. */
  Resp sendLetter(String key) {
    return post(key, "/v2/notifications/letter", Map.of("template_id", letterTemplate, "personalisation",
        Map.of("name", "Alex", "address_line_1", "Alex Smith", "address_line_2", "1 High Street",
            "address_line_3", "Springfield", "postcode", "SW1A 1AA")));
  }

  /** Advances the sandbox clock and waits (briefly, really) until scheduled work has run. */
  void advance(Duration d) {
    sandbox.advanceClock(d);
    pause(60);
  }

  /** Polls a condition for up to 5 seconds (scheduled work runs on a background thread). */
  static void await(java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Condition not met within 5 seconds");
      }
      pause(10);
    }
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
