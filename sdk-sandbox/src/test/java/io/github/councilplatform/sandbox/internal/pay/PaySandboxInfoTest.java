package io.github.councilplatform.sandbox.internal.pay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import io.github.councilplatform.sandbox.SandboxFault;
import io.github.councilplatform.sandbox.SandboxPlatformId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Pay part of {@code GET /_sandbox}, reset, and injected faults in Pay's own error shape. */
@ExtendWith(SandboxExtension.class)
class PaySandboxInfoTest {

  @Test
  void sandboxInfoHasAPayTestKeyAndSigningSecretStableAcrossReset(Sandbox sandbox) {
    PayHttp pay = new PayHttp(sandbox);
    JsonNode info = pay.send("GET", "/_sandbox", null, Map.of(), false).json().path("pay");

    assertThat(info.path("apiKey").asText()).matches("api_test_[0-9a-v]{26}[0-9a-v]{32}");
    assertThat(info.path("webhookSigningSecret").asText()).matches("webhook_test_[0-9a-v]{26}");
    assertThat(pay.admin("GET", "", null).json()).isEqualTo(info);

    String id = pay.createWebPayment(100, "R").path("payment_id").asText();
    sandbox.reset();

    assertThat(((Map<?, ?>) sandbox.info().get("pay")).get("apiKey")).isEqualTo(info.path("apiKey").asText());
    pay.get("/v1/payments/" + id).error(404, "P0200");
  }

  @Test
  void keysDifferBetweenSandboxes(Sandbox sandbox) {
    try (Sandbox other = Sandbox.start()) {
      assertThat(((Map<?, ?>) other.info().get("pay")).get("apiKey"))
          .isNotEqualTo(((Map<?, ?>) sandbox.info().get("pay")).get("apiKey"));
    }
  }

  @Test
  void injectedFaultsUsePaysErrorShape(Sandbox sandbox) {
    PayHttp pay = new PayHttp(sandbox);
    sandbox.failNext(SandboxPlatformId.PAY, SandboxFault.RATE_LIMITED, 1);
    sandbox.failNext(SandboxPlatformId.PAY, SandboxFault.SERVER_ERROR, 1);

    pay.get("/v1/payments").error(429, "P0900");
    assertThat(pay.get("/v1/payments").status()).isEqualTo(500);
    assertThat(pay.get("/v1/payments").status()).isEqualTo(200);
  }
}
