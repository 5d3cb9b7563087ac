package io.github.councilplatform.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RefundJourneyIT {
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
  void refundsPartThenTheRestAndHandlesAStaleAmount() {
    JourneyRunner.Result result = run.run("refund");

    assertThat(result.status()).as(result.detail()).isEqualTo(JourneyRunner.Status.PASSED);
    assertThat(run.output()).contains("refused as expected: ConflictException", "P0604",
        "refund amount available £15.00", "2 refunds: [£10.00");
  }
}
