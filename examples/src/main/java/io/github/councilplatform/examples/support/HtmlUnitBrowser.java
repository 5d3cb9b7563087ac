package io.github.councilplatform.examples.support;

import java.net.URI;
import java.time.Year;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;

/**
 * Follows the pages unattended with HtmlUnit, a browser without a screen. JavaScript is off: GOV.UK pages
 * work without it, and the sandbox's pages have none. The fields are found by the ids GOV.UK Pay's card page
 * uses ({@code cardNo}, {@code expiryMonth}, ...), which the sandbox copies.
 */
public final class HtmlUnitBrowser implements Browser {
  private final WebClient web;

  /** Opens a browser with an empty cookie jar. */
  public HtmlUnitBrowser() {
    web = new WebClient(BrowserVersion.FIREFOX);
    web.getOptions().setJavaScriptEnabled(false);
    web.getOptions().setCssEnabled(false);
    web.getOptions().setThrowExceptionOnFailingStatusCode(false);
    web.getOptions().setRedirectEnabled(true);
    web.getOptions().setTimeout(30_000);
  }

  @Override
  public Page signIn(URI authorizationUri, String testResident) throws Exception {
    org.htmlunit.Page first = web.getPage(authorizationUri.toURL());
    // With auto-approve the sandbox redirects straight back; otherwise pick the test resident and continue.
    if (first instanceof HtmlPage page && page.getElementById("user-" + testResident) != null) {
      HtmlRadioButtonInput resident = page.getHtmlElementById("user-" + testResident);
      resident.setChecked(true);
      HtmlElement button = page.getFirstByXPath("//button[@name='action' and @value='continue']");
      return describe(button.click());
    }
    return describe(first);
  }

  @Override
  public Page payByCard(String nextUrl, String cardNumber) throws Exception {
    org.htmlunit.Page opened = web.getPage(nextUrl);
    if (!(opened instanceof HtmlPage page) || page.getElementById("cardNo") == null) {
      return describe(opened);
    }
    type(page, "cardNo", cardNumber);
    type(page, "expiryMonth", "12");
    type(page, "expiryYear", String.valueOf((Year.now().getValue() + 3) % 100));
    type(page, "cardholderName", "Sam Tester");
    type(page, "cvc", "123");
    type(page, "addressLine1", "1 Test Street");
    type(page, "addressCity", "London");
    type(page, "addressPostcode", "SW1A 1AA");
    type(page, "email", "sam.tester@example.com");
    org.htmlunit.Page next = page.getHtmlElementById("submit-card-details").click();
    if (next instanceof HtmlPage confirmPage && confirmPage.getElementById("confirm") != null) {
      next = confirmPage.getHtmlElementById("confirm").click();
    }
    // A declined card ends on GOV.UK Pay's own page; its link takes the resident back to the service.
    if (next instanceof HtmlPage finished && finished.getElementById("return-url") != null) {
      next = finished.getHtmlElementById("return-url").click();
    }
    return describe(next);
  }

  @Override
  public Page open(URI url, String purpose) throws Exception {
    return describe(web.getPage(url.toURL()));
  }

  @Override
  public void close() {
    web.close();
  }

  private static void type(HtmlPage page, String id, String value) {
    DomElement field = page.getElementById(id);
    if (field instanceof HtmlInput input && input.getValue().isEmpty()) {
      input.setValue(value);
    }
  }

  private static Page describe(org.htmlunit.Page page) throws Exception {
    URI url = page.getUrl().toURI();
    if (page instanceof HtmlPage html) {
      DomElement h1 = html.getFirstByXPath("//h1");
      return new Page(url, html.getTitleText(), h1 == null ? "" : h1.getTextContent().strip());
    }
    return new Page(url, "", "");
  }
}
