package io.github.councilplatform.sandbox.internal.pay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Disputes seeded through the admin API and searched through {@code GET /v1/disputes}. */
@ExtendWith(SandboxExtension.class)
class PayDisputesTest {
  private PayHttp pay;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    pay = new PayHttp(sandbox);
  }

  @Test
  void seededDisputesAreSearchableWithLinksNotUnderscoreLinks() {
    String paid = pay.createWebPayment(4000, "D1").path("payment_id").asText();
    pay.complete(paid, "4444333322221111", true);
    PayHttp.Resp seeded = pay.admin("POST", "/disputes", Map.of("paymentId", paid, "status", "lost",
        "reason", "duplicate", "fee", 1500));
    assertThat(seeded.status()).isEqualTo(201);

    JsonNode r = pay.get("/v1/disputes").json();

    assertThat(r.path("total").asInt()).isEqualTo(1);
    assertThat(r.has("links")).isTrue();
    assertThat(r.has("_links")).isFalse();
    JsonNode d = r.path("results").get(0);
    assertThat(d.path("payment_id").asText()).isEqualTo(paid);
    assertThat(d.path("status").asText()).isEqualTo("lost");
    assertThat(d.path("reason").asText()).isEqualTo("duplicate");
    assertThat(d.path("amount").asInt()).isEqualTo(4000);
    assertThat(d.path("net_amount").asInt()).isEqualTo(-5500);
    assertThat(d.path("_links").path("payment").path("href").asText()).endsWith("/v1/payments/" + paid);
    assertThat(pay.get("/v1/disputes?status=won").json().path("total").asInt()).isZero();
    pay.get("/v1/disputes?status=open").error(422, "P0401");
    pay.get("/v1/disputes?page=2").error(404, "P0402");
    assertThat(pay.get("/v1/payments/" + paid).json().path("refund_summary").path("status").asText())
        .isEqualTo("unavailable");
  }

  @Test
  void onlySuccessfulPaymentsCanBeDisputed() {
    String created = pay.createWebPayment(4000, "D1").path("payment_id").asText();

    assertThat(pay.admin("POST", "/disputes", Map.of("paymentId", created)).status()).isEqualTo(400);
  }
}
