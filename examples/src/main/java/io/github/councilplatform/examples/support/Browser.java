package io.github.councilplatform.examples.support;

import java.net.URI;

/**
 * What the resident does in their web browser. {@link HtmlUnitBrowser} follows the pages unattended;
 * {@link InteractiveBrowser} prints the links for a person to open. Each instance is one resident's
 * browser: it keeps their cookies (the One Login session, the payment session).
 */
public interface Browser extends AutoCloseable {
  /** Sandbox test card numbers (GOV.UK Pay's documented test cards work the same on its test accounts). */
  String CARD_SUCCEEDS = "4444333322221111";
  /** A card the payment provider declines (P0010). */
  String CARD_DECLINED = "4000000000000002";

  /**
   * Signs in at One Login's authorization URI.
   *
   * @param authorizationUri where the service sends the resident
   * @param testResident the sandbox test resident to pick (ignored when a person signs in)
   * @return the page the resident returns to: the service's redirect URI with {@code code} and {@code state}
   * @throws Exception if the pages cannot be followed
   */
  Page signIn(URI authorizationUri, String testResident) throws Exception;

  /**
   * Pays on GOV.UK Pay's hosted pages: enters the card, confirms, and follows the link back to the service.
   *
   * @param nextUrl the payment's {@code next_url}
   * @param cardNumber the test card to use
   * @return the last page: the service's return page, or Pay's own page when the card was declined
   * @throws Exception if the pages cannot be followed
   */
  Page payByCard(String nextUrl, String cardNumber) throws Exception;

  /**
   * Opens a link and follows its redirects, then stops (for example an abandoned payment, or sign-out).
   *
   * @param url the link
   * @param purpose what the resident is doing, shown to a person
   * @return the page reached
   * @throws Exception if the page cannot be opened
   */
  Page open(URI url, String purpose) throws Exception;

  /** {@return whether a person drives this browser (so real sign-in pages, with real accounts, can be used)} */
  default boolean isPerson() {
    return false;
  }

  /** Closes the browser. */
  @Override
  void close();
}
