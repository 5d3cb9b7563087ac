package io.github.councilplatform.sandbox.internal.pay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.github.councilplatform.core.Signatures;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signed webhooks, delivered at least once and retried on the sandbox clock (reference/pay.md section 12). */
@ExtendWith(SandboxExtension.class)
class PayWebhooksTest {
  private record Received(byte[] body, String signature, String contentType) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresToGo = new AtomicInteger();
  private HttpServer receiver;
  private PayHttp pay;
  private String secret;

  @BeforeEach
  void setUp(Sandbox sandbox) throws IOException {
    pay = new PayHttp(sandbox);
    secret = (String) ((Map<?, ?>) sandbox.info().get("pay")).get("webhookSigningSecret");
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/pay-webhooks", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      received.add(new Received(body, exchange.getRequestHeaders().getFirst("Pay-Signature"),
          exchange.getRequestHeaders().getFirst("Content-Type")));
      int status = failuresToGo.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    receiver.start();
  }

  @AfterEach
  void tearDown() {
    receiver.stop(0);
  }

  @Test
  void signedEventsForASuccessfulPaymentAndItsRefund() {
    register(List.of("card_payment_succeeded", "card_payment_captured", "card_payment_refunded"));
    String id = pay.createWebPayment(1200, "W1").path("payment_id").asText();
    pay.complete(id, "4444333322221111", true);
    pay.post("/v1/payments/" + id + "/refunds", Map.of("amount", 200));

    awaitReceived(3);

    assertThat(received).allSatisfy(r -> {
      assertThat(r.signature()).matches("[0-9a-f]{64}");
      assertThat(Signatures.hmacSha256HexMatches(r.body(), r.signature(), List.of(secret))).isTrue();
      assertThat(r.contentType()).startsWith("application/json");
    });
    // Like Pay, the sandbox may deliver messages out of order.
    Map<String, JsonNode> events = new java.util.HashMap<>();
    received.forEach(r -> events.put(json(r.body()).path("event_type").asText(), json(r.body())));
    assertThat(events.keySet())
        .containsExactlyInAnyOrder("card_payment_succeeded", "card_payment_captured", "card_payment_refunded");
    JsonNode captured = events.get("card_payment_captured");
    assertThat(captured.path("webhook_message_id").asText()).matches("[0-9a-v]{26}");
    assertThat(captured.path("api_version").asInt()).isEqualTo(1);
    assertThat(captured.path("resource_type").asText()).isEqualToIgnoringCase("payment");
    assertThat(captured.path("resource_id").asText()).isEqualTo(id);
    assertThat(captured.path("created_date").asText()).matches(".*T.*\\.\\d{3}Z");
    assertThat(captured.path("resource").path("payment_id").asText()).isEqualTo(id);
    assertThat(captured.path("resource").path("state").path("status").asText()).isEqualTo("success");
    assertThat(captured.path("resource").has("_links")).isFalse();
    assertThat(captured.path("resource").has("provider_id")).isFalse();
    assertThat(captured.path("resource").path("card_details").path("last_digits_card_number").asText())
        .isEqualTo("1111");
    assertThat(events.get("card_payment_refunded").path("resource").path("refund_summary").path("amount_submitted").asInt())
        .isEqualTo(200);
  }

  @Test
  void onlySubscribedEventTypesAreSent() {
    register(List.of("card_payment_failed", "card_payment_expired"));
    String declined = pay.createWebPayment(1200, "W1").path("payment_id").asText();
    pay.complete(declined, "4000000000000002", true);
    String paid = pay.createWebPayment(1200, "W2").path("payment_id").asText();
    pay.complete(paid, "4444333322221111", true);

    awaitReceived(1);
    sleep(200);

    assertThat(received).hasSize(1);
    JsonNode e = json(received.get(0).body());
    assertThat(e.path("event_type").asText()).isEqualTo("card_payment_failed");
    assertThat(e.path("resource").path("state").path("code").asText()).isEqualTo("P0010");
  }

  @Test
  void expiryIsAnEvent(Sandbox sandbox) {
    register(List.of("card_payment_expired"));
    pay.createWebPayment(1200, "W1");

    sandbox.advanceClock(Duration.ofMinutes(91));

    awaitReceived(1);
    assertThat(json(received.get(0).body()).path("resource").path("state").path("code").asText())
        .isEqualTo("P0020");
  }

  @Test
  void failedDeliveriesAreRetriedOnPaysScheduleThenGiveUp(Sandbox sandbox) {
    register(List.of("card_payment_captured"));
    failuresToGo.set(100);
    String id = pay.createWebPayment(1200, "W1").path("payment_id").asText();
    pay.complete(id, "4444333322221111", true);
    awaitAttempts(1);

    sandbox.advanceClock(Duration.ofSeconds(59));
    sleep(200);
    assertThat(received).hasSize(1);
    Duration[] delays = {Duration.ofSeconds(60), Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofDays(1),
        Duration.ofDays(2)};
    sandbox.advanceClock(Duration.ofSeconds(1));
    awaitAttempts(2);
    for (int i = 1; i < delays.length; i++) {
      sandbox.advanceClock(delays[i]);
      awaitAttempts(i + 2);
    }
    sandbox.advanceClock(Duration.ofDays(30));
    sleep(200);

    assertThat(received).hasSize(6);
    assertThat(received).extracting(r -> json(r.body()).path("webhook_message_id").asText()).containsOnly(
        json(received.get(0).body()).path("webhook_message_id").asText());
    JsonNode history = pay.admin("GET", "/webhooks/messages", null).json();
    assertThat(history.get(0).path("status").asText()).isEqualTo("FAILED");
    assertThat(history.get(0).path("attempts").findValuesAsText("status")).containsOnly("500");
  }

  @Test
  void aFailedDeliverySucceedsOnRetry(Sandbox sandbox) {
    register(List.of("card_payment_captured"));
    failuresToGo.set(1);
    String id = pay.createWebPayment(1200, "W1").path("payment_id").asText();
    pay.complete(id, "4444333322221111", true);
    awaitAttempts(1);

    sandbox.advanceClock(Duration.ofSeconds(60));
    awaitReceived(2);

    assertThat(received.get(0).body()).isEqualTo(received.get(1).body());
    assertThat(received.get(1).signature()).isEqualTo(received.get(0).signature());
    JsonNode history = pay.admin("GET", "/webhooks/messages", null).json();
    long deadline = System.currentTimeMillis() + 2000;
    while (!history.get(0).path("status").asText().equals("SUCCESSFUL") && System.currentTimeMillis() < deadline) {
      sleep(20);
      history = pay.admin("GET", "/webhooks/messages", null).json();
    }
    assertThat(history.get(0).path("status").asText()).isEqualTo("SUCCESSFUL");
    assertThat(history.get(0).path("attempts").findValuesAsText("status")).containsExactly("500", "200");
  }

  @Test
  void webhooksCanBeListedAndRemoved() {
    String id = register(List.of("card_payment_captured")).path("externalId").asText();
    assertThat(pay.admin("GET", "/webhooks", null).json().findValuesAsText("externalId")).containsExactly(id);

    assertThat(pay.admin("DELETE", "/webhooks/" + id, null).status()).isEqualTo(204);

    assertThat(pay.admin("GET", "/webhooks", null).json().size()).isZero();
    assertThat(pay.admin("POST", "/webhooks", Map.of("callbackUrl", "https://x.example/h", "subscriptions",
        List.of("card_payment_settled"))).status()).isEqualTo(400);
  }

  private JsonNode register(List<String> events) {
    PayHttp.Resp r = pay.admin("POST", "/webhooks", Map.of("callbackUrl", "http://127.0.0.1:"
        + receiver.getAddress().getPort() + "/pay-webhooks", "subscriptions", events, "description", "test"));
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().path("signingSecret").asText()).isEqualTo(secret);
    return r.json();
  }

  private void awaitReceived(int count) {
    long deadline = System.currentTimeMillis() + 5000;
    while (received.size() < count && System.currentTimeMillis() < deadline) {
      sleep(10);
    }
    assertThat(received).hasSizeGreaterThanOrEqualTo(count);
  }

  /** Waits until the sandbox has recorded an attempt (and so scheduled its retry), not just sent it. */
  private void awaitAttempts(int count) {
    long deadline = System.currentTimeMillis() + 5000;
    int seen = 0;
    while (System.currentTimeMillis() < deadline) {
      JsonNode messages = pay.admin("GET", "/webhooks/messages", null).json();
      seen = messages.size() == 0 ? 0 : messages.get(0).path("attempts").size();
      if (seen >= count) {
        break;
      }
      sleep(10);
    }
    assertThat(seen).isGreaterThanOrEqualTo(count);
  }

  private static JsonNode json(byte[] body) {
    try {
      return PayHttp.JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
