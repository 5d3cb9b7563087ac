package io.github.councilplatform.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SignOutJourneyIT {
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
  void frontChannelLogoutAndBackChannelTokenEndBothSessions() {
    JourneyRunner.Result result = run.run("sign-out");

    assertThat(result.status()).as(result.detail()).isEqualTo(JourneyRunner.Status.PASSED);
    assertThat(run.output()).contains("back at /signed-out: \"You have signed out\"", "the phone's session is ended");
    assertThat(run.council().loggedOutSubjects.all()).hasSize(1);
    assertThat(run.council().rejected.all()).containsExactly("back-channel logout token that failed verification");
  }
}
