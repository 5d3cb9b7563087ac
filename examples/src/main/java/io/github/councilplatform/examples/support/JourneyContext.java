package io.github.councilplatform.examples.support;

import java.util.function.Supplier;

/**
 * What a journey works with.
 *
 * @param platforms Notify, Pay and One Login (the sandbox or the real test environments)
 * @param council the council's own web service: return pages and callback endpoints
 * @param steps prints each step
 * @param browsers opens a browser for a resident (unattended, a person's, or Chromium in a test)
 */
public record JourneyContext(Platforms platforms, CouncilService council, Steps steps, Supplier<Browser> browsers) {

  /**
   * Opens a resident's browser; close it when the resident is done.
   *
   * @return a browser with an empty cookie jar
   */
  public Browser openBrowser() {
    return browsers.get();
  }

  /**
   * Skips the journey when a browser without a person would have to sign in to the real One Login.
   *
   * @param browser the resident's browser
   * @throws JourneySkipped against the real One Login without {@code --interactive}
   */
  public void requireSignInPossible(Browser browser) {
    if (!platforms.isSandbox() && !browser.isPerson()) {
      throw new JourneySkipped("signing in to the real One Login needs a person: run with --interactive");
    }
  }
}
