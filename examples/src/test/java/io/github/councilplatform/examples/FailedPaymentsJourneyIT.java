package io.github.councilplatform.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplatform.pay.WebhookEventType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FailedPaymentsJourneyIT {
  static SandboxRun run;

  @BeforeAll
  static void start() throws Exception {
    run = new SandboxRun();
  }

  @AfterAll
  static void stop() {
    run.close();
  }

  @Test
  void mopUpFindsTheDeclinedAndTheExpiredPayment() {
    JourneyRunner.Result result = run.run("failed-payments");

    assertThat(result.status()).as(result.detail()).isEqualTo(JourneyRunner.Status.PASSED);
    assertThat(run.output()).contains("\"Your payment was not completed\"", "FAILED P0010", "FAILED P0020");
    assertThat(run.council().webhooks.all()).extracting(e -> e.eventType())
        .contains(WebhookEventType.CARD_PAYMENT_EXPIRED);
  }
}
