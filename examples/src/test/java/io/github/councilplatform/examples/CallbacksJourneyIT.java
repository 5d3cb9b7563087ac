package io.github.councilplatform.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CallbacksJourneyIT {
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
  void acceptsGenuineCallbacksAndRejectsForgedOnes() {
    JourneyRunner.Result result = run.run("callbacks");

    assertThat(result.status()).as(result.detail()).isEqualTo(JourneyRunner.Status.PASSED);
    assertThat(run.council().receipts.all()).hasSize(1);
    assertThat(run.council().webhooks.all()).isNotEmpty();
    assertThat(run.council().rejected.all()).containsExactly(
        "Notify callback with a wrong or missing bearer token", "Pay webhook with a wrong or missing Pay-Signature");
    assertThat(run.output()).doesNotContain("someone@example.com", "sam.tester@example.com");
  }
}
