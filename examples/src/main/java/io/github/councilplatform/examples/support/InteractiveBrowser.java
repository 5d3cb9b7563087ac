package io.github.councilplatform.examples.support;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code --interactive}: prints each link for a person to open in a real browser, and continues when the
 * browser comes back to the council's service (or when the person pastes the address they landed on, for a
 * redirect URI served elsewhere, and presses Enter).
 */
public final class InteractiveBrowser implements Browser {
  private static final Duration PATIENCE = Duration.ofMinutes(15);
  /** Lines typed at the keyboard; one reader for the whole run, however many browsers are opened. */
  private static BlockingQueue<String> keyboard;

  private final CouncilService council;
  private final PrintStream out;
  private final BlockingQueue<String> typed;

  /**
   * Creates the browser, reading pasted addresses from the keyboard ({@code System.in}).
   *
   * @param council the council's service, whose pages the person's browser returns to
   * @param out where to print the links
   */
  public InteractiveBrowser(CouncilService council, PrintStream out) {
    this(council, out, keyboard());
  }

  /**
   * Creates the browser.
   *
   * @param council the council's service, whose pages the person's browser returns to
   * @param out where to print the links
   * @param typed lines the person types (pasted addresses, or Enter)
   */
  public InteractiveBrowser(CouncilService council, PrintStream out, BlockingQueue<String> typed) {
    this.council = council;
    this.out = out;
    this.typed = typed;
  }

  @Override
  public Page signIn(URI authorizationUri, String testResident) throws Exception {
    out.println();
    out.println("                  >> Open this link in your browser and sign in"
        + " (in the sandbox, choose the test resident \"" + testResident + "\"):");
    out.println("                     " + authorizationUri);
    return waitForReturn(CouncilService.SIGN_IN_CALLBACK);
  }

  @Override
  public Page payByCard(String nextUrl, String cardNumber) throws Exception {
    out.println();
    out.println("                  >> Open this link and pay with the test card " + cardNumber
        + " (any future expiry date, any 3-digit security code, any name and address).");
    out.println("                     If the card is declined, follow \"Go back to the service\".");
    out.println("                     " + nextUrl);
    return waitForReturn(CouncilService.PERMIT_RETURN);
  }

  @Override
  public Page open(URI url, String purpose) throws Exception {
    out.println();
    out.println("                  >> Open this link to " + purpose + ", then press Enter here:");
    out.println("                     " + url);
    String line = typed.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    return new Page(line == null || line.isBlank() ? url : URI.create(line.strip()), "", "");
  }

  @Override
  public boolean isPerson() {
    return true;
  }

  @Override
  public void close() {
    // Nothing to close: the person's browser is their own.
  }

  private Page waitForReturn(String path) throws Exception {
    out.println("                     (waiting for your browser to come back to " + council.url(path)
        + "; or paste the address you landed on and press Enter)");
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    int seen = council.landings.all().size();
    while (System.nanoTime() < deadline) {
      var landings = council.landings.all();
      for (URI landed : landings.subList(seen, landings.size())) {
        if (path.equals(landed.getPath())) {
          return new Page(landed, "", "");
        }
      }
      String line = typed.poll(200, TimeUnit.MILLISECONDS);
      if (line != null && !line.isBlank()) {
        return new Page(URI.create(line.strip()), "", "");
      }
    }
    throw new IllegalStateException("Nobody came back to " + path + " within " + PATIENCE.toMinutes() + " minutes");
  }

  private static synchronized BlockingQueue<String> keyboard() {
    if (keyboard != null) {
      return keyboard;
    }
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    keyboard = lines;
    Thread t = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()))) {
        String line;
        while ((line = in.readLine()) != null) {
          lines.add(line);
        }
      } catch (Exception e) {
        // The keyboard is gone; links can still come back through the council's service.
      }
    }, "keyboard");
    t.setDaemon(true);
    t.start();
    return lines;
  }
}
