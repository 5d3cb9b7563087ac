package io.github.councilplatform.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplatform.examples.spring.ParkingPermitApplication;
import io.github.councilplatform.examples.spring.PermitLedger;
import io.github.councilplatform.examples.support.Page;
import io.github.councilplatform.notify.NotificationStatus;
import io.github.councilplatform.pay.WebhookEventType;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SentNotification;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring Boot parking permit service end to end in real headless Chromium against the sandbox: One Login's
 * sign-in page (identity proven, shown back from the verified credential), GOV.UK Pay's card and confirm pages,
 * the permit page, the email and text sent, Pay's webhook and Notify's delivery receipts arriving at the
 * starter's endpoints, and signing out through One Login.
 */
class SpringParkingPermitInChromiumIT {

  private static final String RESIDENT = "kenneth-decerqueira";

  @Test
  void residentProvesIdentityPaysAndGetsThePermitInChromium() throws Exception {
    ChromiumBrowser.assumeInstalled();
    int port = freePort();
    String service = "http://localhost:" + port;
    try (ConfigurableApplicationContext app = ParkingPermitApplication.start("--server.port=" + port);
        ChromiumBrowser browser = new ChromiumBrowser()) {
      Sandbox sandbox = app.getBean(Sandbox.class);
      PermitLedger ledger = app.getBean(PermitLedger.class);

      Page apply = browser.signIn(URI.create(service + "/permit"), RESIDENT);
      assertThat(apply.heading()).isEqualTo("Apply for a resident parking permit");
      assertThat(browser.driver().findElement(By.id("name")).getText()).isEqualTo("Kenneth Decerqueira");
      assertThat(browser.driver().findElement(By.id("birth-date")).getText()).isEqualTo("1965-07-08");
      assertThat(browser.driver().findElement(By.id("address")).getText()).contains("HADLEY ROAD", "BA2 5AA");

      Page issued = browser.payByCard(service + "/permit/pay", "4444333322221111");
      assertThat(issued.heading()).isEqualTo("Permit issued");
      assertThat(issued.url().getPath()).isEqualTo("/permit/return");
      String permit = browser.driver().findElement(By.id("permit-number")).getText();
      assertThat(permit).startsWith("PERMIT-");
      assertThat(browser.headings).containsSubsequence("Sign in to GOV.UK One Login (sandbox)",
          "Apply for a resident parking permit", "Enter card details", "Confirm your payment", "Permit issued");

      String emailAddress = "kenneth.decerqueira@example.com";
      await(() -> !sandbox.notifications().sentTo(emailAddress).isEmpty(), "email");
      List<SentNotification> emails = sandbox.notifications().sentTo(emailAddress);
      assertThat(emails).singleElement().satisfies(e -> assertThat(e.subject()).contains(permit));
      // The text goes to the phone number One Login gave for the resident.
      await(() -> sandbox.notifications().sent().stream()
          .anyMatch(n -> n.type().equals("sms") && n.body().contains(permit)), "text message");

      // Pay's signed webhook, verified by the starter's endpoint and published to the service's listener.
      await(() -> ledger.webhooks().values().stream()
          .anyMatch(events -> events.contains(WebhookEventType.CARD_PAYMENT_SUCCEEDED)), "Pay webhook");
      // Notify's delivery receipt, once the sandbox's clock has moved past the delivery time.
      sandbox.advanceClock(Duration.ofMinutes(5));
      UUID email = UUID.fromString(emails.get(0).id());
      await(() -> ledger.receiptFor(email) == NotificationStatus.DELIVERED, "Notify delivery receipt");

      browser.driver().findElement(By.id("sign-out")).click();
      await(() -> browser.driver().getCurrentUrl().startsWith(service + "/signed-out"), "back at /signed-out");
      assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("You have signed out");
      browser.driver().get(service + "/permit");
      assertThat(browser.driver().getCurrentUrl()).as("signed out: the permit page asks for sign-in again")
          .startsWith(sandbox.baseUrl());
    }
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    // Webhooks and callbacks arrive on the platforms' own threads, as in production.
    Instant giveUp = Instant.now().plusSeconds(30);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(giveUp)) {
        throw new AssertionError("no " + what + " within 30 s");
      }
      Thread.sleep(50);
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
