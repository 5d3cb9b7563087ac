package io.github.councilplatform.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Journey 1 end to end in real headless Chromium: One Login's sign-in page, GOV.UK Pay's card and confirm
 * pages, and the council's confirmation page. Finds Chromium or Chrome and chromedriver wherever they are
 * ({@link ChromiumInstallation}); skipped with a one-line reason where there are none, unless {@code CI=true}.
 */
class ParkingPermitInChromiumIT {

  @Test
  void residentReachesThePaymentConfirmationPageInChromium() throws Exception {
    ChromiumBrowser.assumeInstalled();
    List<ChromiumBrowser> browsers = new CopyOnWriteArrayList<>();
    try (SandboxRun run = new SandboxRun(Map.of(), council -> {
      try {
        ChromiumBrowser b = new ChromiumBrowser();
        browsers.add(b);
        return b;
      } catch (Exception e) {
        throw new IllegalStateException("Chromium did not start: " + e.getMessage(), e);
      }
    })) {
      JourneyRunner.Result result = run.run("parking-permit");

      assertThat(result.status()).as(result.detail()).isEqualTo(JourneyRunner.Status.PASSED);
      assertThat(browsers).hasSize(1);
      assertThat(browsers.get(0).headings).containsSubsequence("Sign in to GOV.UK One Login (sandbox)",
          "Enter card details", "Confirm your payment", "Payment received");
      assertThat(run.output()).contains("back at /permit/return: \"Payment received\"");
    }
  }
}
