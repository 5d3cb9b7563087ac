package io.github.councilplatform.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplatform.examples.support.Browser;
import io.github.councilplatform.examples.support.HtmlUnitBrowser;
import io.github.councilplatform.examples.support.InteractiveBrowser;
import io.github.councilplatform.examples.support.Platforms;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code --interactive}: the links are printed for a person, and the journey carries on when the person's
 * browser comes back to the council's service. Here the "person" reads the printed links and follows them in
 * a browser of their own.
 */
class InteractiveModeIT {

  @Test
  void aPersonFollowingThePrintedLinksCompletesTheParkingPermitJourney() throws Exception {
    BlockingQueue<String> links = new LinkedBlockingQueue<>();
    StringBuilder printed = new StringBuilder();
    PrintStream out = new PrintStream(new OutputStream() {
      private final StringBuilder line = new StringBuilder();

      @Override
      public synchronized void write(int b) {
        if (b != '\n') {
          line.append((char) b);
          return;
        }
        String text = line.toString().strip();
        printed.append(text).append('\n');
        if (text.startsWith("http://")) {
          links.add(text);
        }
        line.setLength(0);
      }
    }, true, StandardCharsets.UTF_8);

    Thread person = new Thread(() -> {
      try (Browser own = new HtmlUnitBrowser()) {
        for (int i = 0; i < 2; i++) {
          String link = links.poll(30, TimeUnit.SECONDS);
          if (link == null) {
            return;
          }
          if (link.contains("/authorize")) {
            own.signIn(URI.create(link), Platforms.SANDBOX_RESIDENT);
          } else {
            own.payByCard(link, Browser.CARD_SUCCEEDS);
          }
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }, "person");
    person.setDaemon(true);
    person.start();

    try (SandboxRun run = new SandboxRun(Map.of(),
        council -> new InteractiveBrowser(council, out, new LinkedBlockingQueue<>()))) {
      JourneyRunner.Result result = run.run("parking-permit");

      assertThat(result.status()).as(result.detail()).isEqualTo(JourneyRunner.Status.PASSED);
      assertThat(printed.toString()).contains(">> Open this link in your browser and sign in",
          ">> Open this link and pay with the test card 4444333322221111");
      assertThat(run.output()).contains("back at /permit/return", "status SUCCESS");
    }
  }
}
