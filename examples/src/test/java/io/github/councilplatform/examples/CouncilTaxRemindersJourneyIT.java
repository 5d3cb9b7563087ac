package io.github.councilplatform.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplatform.notify.NotificationStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CouncilTaxRemindersJourneyIT {
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
  void sendsTheBatchReportsTheBadRowAndCountsOutcomes() {
    JourneyRunner.Result result = run.run("council-tax-reminders");

    assertThat(result.status()).as(result.detail()).isEqualTo(JourneyRunner.Status.PASSED);
    assertThat(run.output()).contains("199 accepted by Notify, 1 row with a problem",
        "line 57 (account CT400056): ", "197 delivered, 2 failed, 0 pending");
    // Paced: 199 sends at 40 a second cannot take less than about 4 seconds.
    assertThat(result.took().toMillis()).isGreaterThan(3_500);
    // The two failures arrived as verified delivery receipts too (letters get none).
    assertThat(run.council().receipts.all())
        .filteredOn(r -> r.status() == NotificationStatus.PERMANENT_FAILURE).hasSize(2);
    assertThat(run.output()).doesNotContain("resident001@example.com", "Wen Jones");
  }
}
