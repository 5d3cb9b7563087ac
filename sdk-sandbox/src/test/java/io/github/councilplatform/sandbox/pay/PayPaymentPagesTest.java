package io.github.councilplatform.sandbox.pay;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.htmlunit.BrowserVersion;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The hosted payment pages, driven end to end by HtmlUnit with JavaScript off. */
@ExtendWith(SandboxExtension.class)
class PayPaymentPagesTest {
  private PayHttp pay;
  private WebClient browser;
  private String returnUrl;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    pay = new PayHttp(sandbox);
    browser = newBrowser();
    returnUrl = sandbox.baseUrl() + "/council/payment-complete";
    sandbox.wireMock().stubFor(get(urlPathEqualTo("/council/payment-complete")).willReturn(ok(
        "<!DOCTYPE html><html lang=\"en\"><head><title>Back at the council</title></head><body></body></html>")
        .withHeader("Content-Type", "text/html")));
  }

  @AfterEach
  void tearDown() {
    browser.close();
  }

  @Test
  void payByCardConfirmAndReturnToTheService() throws IOException {
    JsonNode created = create(Map.of("prefilled_cardholder_details", Map.of("cardholder_name", "Jo Bloggs")));
    String id = created.path("payment_id").asText();

    HtmlPage form = browser.getPage(nextUrl(created));

    assertThat(form.getTitleText()).startsWith("Enter card details");
    assertThat(form.getUrl().getPath()).isEqualTo("/card_details/" + id);
    assertThat(form.getElementById("amount").getTextContent()).isEqualTo("£14.50");
    assertThat(input(form, "cardholderName").getValue()).isEqualTo("Jo Bloggs");
    assertThat(PayHttp.status(pay.get("/v1/payments/" + id).json())).isEqualTo("started");
    fillCard(form, "4444 3333 2222 1111");
    HtmlPage confirm = click(form, "submit-card-details");

    assertThat(confirm.getTitleText()).startsWith("Confirm your payment");
    assertThat(confirm.asNormalizedText()).contains("•••• •••• •••• 1111", "£14.50", "Jo Bloggs", "12/34");
    assertThat(PayHttp.status(pay.get("/v1/payments/" + id).json())).isEqualTo("submitted");
    HtmlPage back = click(confirm, "confirm");

    assertThat(back.getUrl().toString()).isEqualTo(returnUrl);
    assertThat(back.getTitleText()).isEqualTo("Back at the council");
    JsonNode paid = pay.get("/v1/payments/" + id).json();
    assertThat(PayHttp.status(paid)).isEqualTo("success");
    assertThat(paid.path("card_details").path("cardholder_name").asText()).isEqualTo("Jo Bloggs");
    assertThat(paid.path("card_details").path("expiry_date").asText()).isEqualTo("12/34");
    assertThat(paid.path("card_details").path("billing_address").path("postcode").asText()).isEqualTo("AB1 2CD");
    assertThat(paid.path("card_details").path("billing_address").path("country").asText()).isEqualTo("IE");
  }

  @Test
  void missingAndInvalidDetailsAreExplainedAccessibly() throws IOException {
    HtmlPage form = browser.getPage(nextUrl(create(Map.of())));
    input(form, "cardNo").setValue("4444 3333 2222 1112");
    input(form, "cardholderName").setValue("Jo Bloggs");

    HtmlPage errors = click(form, "submit-card-details");

    assertThat(errors.getTitleText()).startsWith("Enter card details");
    DomElement summary = errors.getFirstByXPath("//div[@role='alert']");
    assertThat(summary.asNormalizedText()).contains("There is a problem", "Enter a valid card number",
        "Enter a valid expiry date", "Enter a valid card security code", "Enter a building name or number and street",
        "Enter a town or city", "Enter a valid postcode");
    assertThat(summary.asNormalizedText()).doesNotContain("Enter the name as it appears on the card");
    assertThat(input(errors, "cardNo").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(input(errors, "cardNo").getValue()).as("card numbers are never echoed back").isEmpty();
    assertThat(input(errors, "cardholderName").getValue()).isEqualTo("Jo Bloggs");
    assertThat(errors.getElementById("cardNo-error").getTextContent()).contains("Enter a valid card number");
  }

  @Test
  void pagesAreAccessibleWithoutJavaScript() throws IOException {
    HtmlPage form = browser.getPage(nextUrl(create(Map.of("language", "cy"))));

    assertThat(form.getDocumentElement().getAttribute("lang")).isEqualTo("cy");
    assertThat(form.getTitleText()).startsWith("Rhowch fanylion y cerdyn");
    assertThat(form.<DomElement>getFirstByXPath("//label[@for='cardNo']").getTextContent()).isEqualTo("Rhif y cerdyn");
    assertThat(form.getElementsByTagName("script")).isEmpty();
    for (String field : List.of("cardNo", "expiryMonth", "expiryYear", "cardholderName", "cvc", "addressCountry",
        "addressLine1", "addressLine2", "addressCity", "addressPostcode")) {
      assertThat(form.<DomElement>getFirstByXPath("//label[@for='" + field + "']")).as("label for " + field)
          .isNotNull();
    }
    assertThat(input(form, "cardNo").getAttribute("autocomplete")).isEqualTo("cc-number");
    assertThat(form.getElementById("main")).isNotNull();
  }

  @Test
  void declinedCardsEndOnADeclinedPageWithAWayBack() throws IOException {
    JsonNode created = create(Map.of());
    HtmlPage form = browser.getPage(nextUrl(created));
    fillCard(form, "4000000000000002");

    HtmlPage declined = click(form, "submit-card-details");

    assertThat(declined.getTitleText()).startsWith("Your payment has been declined");
    assertThat(declined.getElementById("return-url").getAttribute("href")).isEqualTo(returnUrl);
    JsonNode state = pay.get("/v1/payments/" + created.path("payment_id").asText()).json().path("state");
    assertThat(state.path("status").asText()).isEqualTo("failed");
    assertThat(state.path("code").asText()).isEqualTo("P0010");
  }

  @Test
  void theUserCanCancel() throws IOException {
    JsonNode created = create(Map.of());
    HtmlPage form = browser.getPage(nextUrl(created));

    HtmlPage cancelled = click(form, "cancel-payment");

    assertThat(cancelled.getTitleText()).startsWith("Your payment has been cancelled");
    HtmlPage back = cancelled.getElementById("return-url").click();
    assertThat(back.getTitleText()).isEqualTo("Back at the council");
    JsonNode state = pay.get("/v1/payments/" + created.path("payment_id").asText()).json().path("state");
    assertThat(state.path("status").asText()).isEqualTo("failed");
    assertThat(state.path("code").asText()).isEqualTo("P0030");
    assertThat(state.path("message").asText()).isEqualTo("Payment was cancelled by the user");
  }

  @Test
  void nextUrlIsSingleUseButAFreshOneResumesThePayment() throws IOException {
    JsonNode created = create(Map.of());
    String id = created.path("payment_id").asText();
    String first = nextUrl(created);
    browser.getPage(first);

    try (WebClient other = newBrowser()) {
      other.getOptions().setThrowExceptionOnFailingStatusCode(false);
      HtmlPage reused = other.getPage(first);
      assertThat(reused.getWebResponse().getStatusCode()).isEqualTo(400);
      assertThat(reused.getTitleText()).startsWith("Your payment session has expired");
      HtmlPage direct = other.getPage(pay.sandbox.baseUrl() + "/card_details/" + id);
      assertThat(direct.getWebResponse().getStatusCode()).isEqualTo(400);

      HtmlPage resumed = other.getPage(nextUrl(pay.get("/v1/payments/" + id).json()));
      assertThat(resumed.getTitleText()).startsWith("Enter card details");
    }
    // The browser that spent the token can still come back through it.
    assertThat(browser.<HtmlPage>getPage(first).getTitleText()).startsWith("Enter card details");
  }

  @Test
  void nextUrlPostWorksLikeNextUrl() throws IOException {
    JsonNode created = create(Map.of());
    JsonNode post = created.path("_links").path("next_url_post");
    WebRequest request = new WebRequest(new URL(post.path("href").asText()), HttpMethod.POST);
    request.setRequestParameters(List.of(new NameValuePair("chargeTokenId",
        post.path("params").path("chargeTokenId").asText())));

    HtmlPage form = browser.getPage(request);

    assertThat(form.getTitleText()).startsWith("Enter card details");
  }

  @Test
  void delayedCapturePaymentsReturnToTheServiceAsCapturable() throws IOException {
    JsonNode created = create(Map.of("delayed_capture", true));
    HtmlPage form = browser.getPage(nextUrl(created));
    fillCard(form, "4242424242424242");

    HtmlPage back = click(click(form, "submit-card-details"), "confirm");

    assertThat(back.getTitleText()).isEqualTo("Back at the council");
    assertThat(PayHttp.status(pay.get("/v1/payments/" + created.path("payment_id").asText()).json()))
        .isEqualTo("capturable");
  }

  /**
   * The payer lives in real time: after the sandbox clock has moved past the end of the month, a card that
   * expires this (real) month is still good, and one that expired last month is still refused.
   */
  @Test
  void cardExpiryIsJudgedOnTheRealMonthAfterTheClockMoves(Sandbox sandbox) throws IOException {
    sandbox.advanceClock(java.time.Duration.ofDays(40));
    java.time.YearMonth thisMonth = java.time.YearMonth.now(java.time.ZoneOffset.UTC);
    JsonNode created = create(Map.of());
    HtmlPage form = browser.getPage(nextUrl(created));
    fillCard(form, "4444 3333 2222 1111");
    input(form, "expiryMonth").setValue(String.format("%02d", thisMonth.minusMonths(1).getMonthValue()));
    input(form, "expiryYear").setValue(String.format("%02d", thisMonth.minusMonths(1).getYear() % 100));
    HtmlPage refused = click(form, "submit-card-details");
    assertThat(refused.asNormalizedText()).contains("The card has expired");
    input(refused, "cardNo").setValue("4444 3333 2222 1111");
    input(refused, "cvc").setValue("123");
    input(refused, "expiryMonth").setValue(String.format("%02d", thisMonth.getMonthValue()));
    input(refused, "expiryYear").setValue(String.format("%02d", thisMonth.getYear() % 100));
    HtmlPage confirm = click(refused, "submit-card-details");
    assertThat(confirm.getTitleText()).startsWith("Confirm your payment");
  }

  private JsonNode create(Map<String, Object> extra) {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("amount", 1450, "reference", "GW-22",
        "description", "Garden waste collection", "return_url", returnUrl));
    body.putAll(extra);
    PayHttp.Resp r = pay.post("/v1/payments", body);
    assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    return r.json();
  }

  private static String nextUrl(JsonNode payment) {
    return payment.path("_links").path("next_url").path("href").asText();
  }

  private static void fillCard(HtmlPage form, String number) {
    input(form, "cardNo").setValue(number);
    input(form, "expiryMonth").setValue("12");
    input(form, "expiryYear").setValue("34");
    input(form, "cardholderName").setValue("Jo Bloggs");
    input(form, "cvc").setValue("123");
    HtmlSelect country = (HtmlSelect) form.getElementById("addressCountry");
    country.setSelectedAttribute("IE", true);
    input(form, "addressLine1").setValue("1 Council Street");
    input(form, "addressCity").setValue("Exampleton");
    input(form, "addressPostcode").setValue("AB1 2CD");
  }

  private static HtmlInput input(HtmlPage page, String id) {
    return (HtmlInput) page.getElementById(id);
  }

  private static HtmlPage click(HtmlPage page, String id) throws IOException {
    return ((HtmlElement) page.getElementById(id)).click();
  }

  private static WebClient newBrowser() {
    WebClient client = new WebClient(BrowserVersion.BEST_SUPPORTED);
    client.getOptions().setJavaScriptEnabled(false);
    client.getOptions().setCssEnabled(false);
    return client;
  }
}
