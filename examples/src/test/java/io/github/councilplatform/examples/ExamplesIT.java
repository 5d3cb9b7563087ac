package io.github.councilplatform.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplatform.sandbox.Sandbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExamplesIT {
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);

  @Test
  void allSixJourneysPassOneAfterAnotherInOneEmbeddedSandboxAsTheQuickStartRunsThem() throws Exception {
    // One sandbox for all six, so a journey that moves the sandbox clock (council tax reminders waits out a
    // daily limit) comes before sign-out: the relying party must not live on the sandbox clock.
    int exit = Examples.run(new String[0], Map.of(), out);

    assertThat(captured.toString(StandardCharsets.UTF_8)).contains("6 passed, 0 skipped, 0 failed");
    assertThat(exit).isZero();
  }

  @Test
  void listsTheSixJourneys() throws Exception {
    assertThat(Examples.run(new String[] {"--list"}, Map.of(), out)).isZero();

    assertThat(captured.toString(StandardCharsets.UTF_8)).contains("parking-permit", "failed-payments", "refund",
        "council-tax-reminders", "callbacks", "sign-out");
  }

  @Test
  void anUnknownJourneyIsAUsageError() throws Exception {
    assertThat(Examples.run(new String[] {"parking"}, Map.of(), out)).isEqualTo(2);

    assertThat(captured.toString(StandardCharsets.UTF_8)).contains("Unknown journey or option \"parking\"");
  }

  @Test
  void aMissingVariableIsNamedNotAStackTrace() throws Exception {
    assertThat(Examples.run(new String[0], Map.of("ONE_LOGIN_CLIENT_ID", "abc"), out)).isEqualTo(2);

    assertThat(captured.toString(StandardCharsets.UTF_8)).contains("Cannot start: Set ONE_LOGIN_PRIVATE_KEY");
  }

  /**
   * With credentials in the environment the journeys use the configured platforms instead of starting a
   * sandbox; here "the real Pay" is a separate sandbox, so the sandbox-only powers are unavailable and the
   * journeys needing Notify or One Login are skipped, without failing the run.
   */
  @Test
  void withOnlyPayCredentialsRunsThePayJourneysAndSkipsTheRest() throws Exception {
    try (Sandbox elsewhere = Sandbox.start()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> pay = (Map<String, Object>) elsewhere.info().get("pay");
      Map<String, String> env = Map.of("PAY_API_KEY", pay.get("apiKey").toString(),
          "PAY_BASE_URL", elsewhere.baseUrl(),
          "PAY_WEBHOOK_SECRET", pay.get("webhookSigningSecret").toString());

      int status = Examples.run(new String[0], env, out);

      String text = captured.toString(StandardCharsets.UTF_8);
      System.out.println(text);
      assertThat(status).isZero();
      assertThat(text).contains("Platforms: the real platforms' test environments (no Notify, Pay, no One Login)",
          "PASSED   failed-payments", "PASSED   refund", "PASSED   callbacks",
          "SKIPPED  parking-permit", "needs ONE_LOGIN_CLIENT_ID", "SKIPPED  council-tax-reminders",
          "the real Pay expires the abandoned payment after 90 minutes", "3 passed, 3 skipped, 0 failed");
    }
  }
}
