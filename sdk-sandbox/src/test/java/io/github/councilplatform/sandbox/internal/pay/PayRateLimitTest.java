package io.github.councilplatform.sandbox.internal.pay;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Per-account rate limits (reference/pay.md section 11). The sandbox runs on a fixed base clock so every
 * request falls in the same one-second window until the test moves the clock.
 */
class PayRateLimitTest {
  private Sandbox sandbox;
  private PayHttp pay;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start(SandboxOptions.builder()
        .clock(Clock.fixed(Instant.parse("2026-03-02T10:00:00.250Z"), ZoneOffset.UTC)).build());
    pay = new PayHttp(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void fifteenCreatesASecondThen429WithoutRetryAfter() {
    String id = null;
    for (int i = 0; i < 15; i++) {
      id = pay.createWebPayment(100, "RL-" + i).path("payment_id").asText();
    }

    PayHttp.Resp limited = pay.post("/v1/payments", Map.of("amount", 100, "reference", "RL", "description", "D",
        "return_url", "https://council.example/x"));

    limited.error(429, "P0900");
    assertThat(limited.json().path("description").asText()).isEqualTo("Too many requests");
    assertThat(limited.header("Retry-After")).isNull();
    // Other buckets are separate: GETs, captures and other POSTs still go through.
    assertThat(pay.get("/v1/payments/" + id).status()).isEqualTo(200);
    pay.post("/v1/payments/" + id + "/capture", null).error(409, "P1003");
    assertThat(pay.post("/v1/payments/" + id + "/cancel", null).status()).isEqualTo(204);

    sandbox.advanceClock(Duration.ofSeconds(1));
    assertThat(pay.post("/v1/payments", Map.of("amount", 100, "reference", "RL", "description", "D",
        "return_url", "https://council.example/x")).status()).isEqualTo(201);
  }

  @Test
  void limitsArePerAccountAndGetsAllowMore() {
    for (int i = 0; i < 15; i++) {
      pay.createWebPayment(100, "RL-" + i);
    }
    String own = pay.apiKey;
    pay.apiKey = pay.admin("POST", "/accounts", Map.of()).json().path("apiKey").asText();
    assertThat(pay.post("/v1/payments", Map.of("amount", 100, "reference", "RL", "description", "D",
        "return_url", "https://council.example/x")).status()).isEqualTo(201);

    pay.apiKey = own;
    for (int i = 0; i < 75; i++) {
      assertThat(pay.get("/v1/payments?display_size=1").status()).isEqualTo(200);
    }
    pay.get("/v1/payments?display_size=1").error(429, "P0900");
  }
}
