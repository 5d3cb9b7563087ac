package io.github.councilplatform.sandbox.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's soak, small enough for CI: 500 seeded operations through a fault-injecting proxy, counted against
 * the sandbox's own state. The larger run (10,000 operations, with and without the breaker) is
 * {@code FaultSoakRun} in the benchmarks module.
 */
class FaultSoakTest {

  @Test
  void underInjectedFaultsNothingIsDuplicatedLostOrFalselyFailedAndEveryUnknownIsReconciled() throws Exception {
    SoakReport report = FaultSoak.run(new FaultSoak.Config(13L, 500, 0.25, true, Duration.ofMillis(250)));
    System.out.println("Fault soak: " + report);

    assertThat(report.faultShare()).as(report.toString()).isGreaterThanOrEqualTo(0.20);
    assertThat(report.outcomeUnknown()).as(report.toString()).isPositive();
    assertThat(report.duplicates()).as(report.toString()).isZero();
    assertThat(report.falseFailures()).as(report.toString()).isZero();
    assertThat(report.silentLosses()).as(report.toString()).isZero();
    assertThat(report.untyped()).as(report.toString()).isZero();
    assertThat(report.wrongReconciliations()).as(report.toString()).isZero();
    assertThat(report.reconciled()).as(report.toString()).isEqualTo(report.outcomeUnknown());
    assertThat(report.unfinished()).as(report.toString()).isZero();
  }
}
