package io.github.councilplatform.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplatform.notify.NotificationStatus;
import io.github.councilplatform.pay.WebhookEventType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ParkingPermitJourneyIT {
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
  void residentProvesIdentityPaysAndIsToldByEmailAndText() {
    JourneyRunner.Result result = run.run("parking-permit");

    assertThat(result.status()).as(result.detail()).isEqualTo(JourneyRunner.Status.PASSED);
    assertThat(run.output()).contains("identity PROVEN", "back at /permit/return: \"Payment received\"",
        "status SUCCESS");
    assertThat(run.council().webhooks.all())
        .anyMatch(e -> e.eventType() == WebhookEventType.CARD_PAYMENT_SUCCEEDED);
    assertThat(run.council().receipts.all()).hasSize(2)
        .allMatch(r -> r.status() == NotificationStatus.DELIVERED);
  }

  @Test
  void neverPrintsTheResidentsContactDetails() {
    run.run("parking-permit");

    assertThat(run.output()).doesNotContain("amala.okafor@example.com", "+447700900456", "07700900456",
        "Okafor");
  }
}
