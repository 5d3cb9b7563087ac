package io.github.councilplatform.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Journey 1 end to end in real headless Chromium: One Login's sign-in page, GOV.UK Pay's card and confirm
 * pages, and the council's confirmation page. Needs Debian's {@code chromium} and {@code chromium-driver}
 * (which {@code .ci/run} installs); set {@code CI_NO_BROWSER=1} to skip it where there is no browser.
 */
class ParkingPermitInChromiumIT {

  @Test
  void residentReachesThePaymentConfirmationPageInChromium() throws Exception {
    Assumptions.assumeFalse("1".equals(System.getenv("CI_NO_BROWSER")),
        "CI_NO_BROWSER=1: the Chromium end-to-end test is skipped");
    for (String binary : List.of(ChromiumBrowser.CHROMIUM, ChromiumBrowser.CHROMEDRIVER)) {
      if (!Files.isExecutable(Path.of(binary))) {
        fail(binary + " is missing: install Debian's chromium and chromium-driver (apt-get install chromium"
            + " chromium-driver), or set CI_NO_BROWSER=1 to skip this end-to-end test");
      }
    }
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
