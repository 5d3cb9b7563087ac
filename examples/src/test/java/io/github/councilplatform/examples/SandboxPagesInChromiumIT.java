package io.github.councilplatform.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplatform.identity.IdentityClaim;
import io.github.councilplatform.identity.OneLoginClient;
import io.github.councilplatform.identity.SignInOptions;
import io.github.councilplatform.identity.TrustLevel;
import io.github.councilplatform.notify.EmailRequest;
import io.github.councilplatform.notify.LetterRequest;
import io.github.councilplatform.notify.NotifyClient;
import io.github.councilplatform.notify.SmsRequest;
import io.github.councilplatform.pay.CreatePaymentRequest;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxCredentials;
import io.github.councilplatform.sandbox.SandboxOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The sandbox pages a person looks at, in real headless Chromium: One Login's sign-in (with the identity
 * choice), error, redirect-URI mismatch and signed-out pages, and Notify's sent-messages page with Notify's
 * formatting. Checks what the page says and that the GOV.UK look applies (computed styles), and saves a
 * screenshot of each page under {@code target/screenshots} for a person to look at. Skipped where there is no
 * browser, unless {@code CI=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxPagesInChromiumIT {
  private static final Path SHOTS = Path.of("target", "screenshots");
  private Sandbox sandbox;
  private ChromiumBrowser browser;
  private WebDriver driver;

  @BeforeAll
  void start() throws Exception {
    ChromiumBrowser.assumeInstalled();
    browser = new ChromiumBrowser();
    driver = browser.driver();
    driver.manage().window().setSize(new Dimension(1024, 900));
    // A still clock: the messages' statuses move only when the test advances it.
    sandbox = Sandbox.start(SandboxOptions.builder().clock(Clock.fixed(Instant.now(), ZoneOffset.UTC)).build());
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Test
  void oneLoginSignInIsAGovukPageWithTheIdentityChoice() throws Exception {
    OneLoginClient client = sandbox.oneLoginClient();
    URI start = client.startSignIn(SignInOptions.builder().trustLevel(TrustLevel.MEDIUM_IDENTITY).email(true)
        .identityClaims(IdentityClaim.CORE_IDENTITY).build()).authorizationUri();

    driver.get(start.toString());

    assertThat(driver.getTitle()).isEqualTo("Sign in to GOV.UK One Login (sandbox) - GOV.UK One Login");
    assertThat(text("h1")).isEqualTo("Sign in to GOV.UK One Login (sandbox)");
    assertThat(text("header")).isEqualTo("GOV.UK One Login");
    assertGovukLook();
    assertThat(text("#identity-requested")).contains("The service asks for proof of identity (P2)");
    assertThat(text("legend")).isEqualTo("Choose a test resident");
    List<WebElement> radios = driver.findElements(By.cssSelector(".radios input[type=radio]"));
    assertThat(radios).hasSizeGreaterThan(2);
    assertThat(radios.get(0).getSize().getWidth()).isGreaterThanOrEqualTo(30);
    WebElement kenneth = driver.findElement(By.cssSelector("label[for='user-kenneth-decerqueira']"));
    assertThat(kenneth.getText()).contains("Kenneth Decerqueira");
    WebElement continueButton = driver.findElement(By.cssSelector("button[value='continue']"));
    assertThat(continueButton.getCssValue("background-color")).isEqualTo("rgba(0, 112, 60, 1)");
    assertThat(driver.findElement(By.cssSelector("button[value='cancel']")).getCssValue("background-color"))
        .isEqualTo("rgba(243, 242, 241, 1)");
    shoot("one-login-sign-in");
  }

  @Test
  void oneLoginErrorPagesSayWhatWentWrongAndHowToFixIt() throws Exception {
    driver.get(sandbox.baseUrl() + "/sign-in?journey=expired");
    assertThat(text("h1")).isEqualTo("Sorry, there is a problem");
    assertThat(text("#error-message")).isEqualTo(
        "This sign-in link has expired or was already used. Start again from the service.");
    assertGovukLook();
    shoot("one-login-error");

    SandboxCredentials.OneLogin seeded = sandbox.credentials().oneLogin();
    URI elsewhere = URI.create("http://localhost:9999/wrong/callback");
    URI start = OneLoginClient.builder().baseUrl(sandbox.baseUrl()).clientId(seeded.clientId())
        .privateKeyPem(seeded.privateKeyPem()).redirectUri(elsewhere).clock(sandbox.clock()).build()
        .startSignIn(SignInOptions.defaults()).authorizationUri();
    driver.get(start.toString());
    assertThat(text("#error-message")).isEqualTo("Invalid Redirect in request " + elsewhere);
    assertThat(driver.findElements(By.cssSelector("#registered-redirect-uris li"))).extracting(WebElement::getText)
        .containsExactly(seeded.redirectUri().toString());
    assertThat(text("#add-redirect-java")).isEqualTo(
        "sandbox.oneLogin().addRedirectUri(URI.create(\"" + elsewhere + "\"))");
    assertThat(text("#add-redirect-http")).isEqualTo("PUT /_sandbox/one-login/clients/" + seeded.clientId()
        + " {\"redirectUris\": [\"" + seeded.redirectUri() + "\", \"" + elsewhere + "\"]}");
    shoot("one-login-redirect-mismatch");

    driver.get(sandbox.baseUrl() + "/sign-in/signed-out");
    assertThat(text("h1")).isEqualTo("You have signed out");
    assertGovukLook();
    shoot("one-login-signed-out");
  }

  @Test
  void notifyPageRendersNotifyFormattingAndShowsEverythingAboutEachMessage() throws Exception {
    SandboxCredentials.NotifyService notify = sandbox.credentials().notifyService();
    String template = createEmailTemplate("# Your parking permit\n\nDear ((name)),\n\n"
        + "^ Your permit starts on 1 May.\n\nWhat to do next:\n\n1. Print the permit\n2. Put it on your dashboard\n\n"
        + "Bring:\n* your permit\n* proof of address\n\n---\n\n"
        + "[Manage your permit](https://council.example/permits?id=7&x=1) or see "
        + "(https://council.example/help).");
    NotifyClient client = sandbox.notifyClient();
    client.sendEmail(EmailRequest.builder().templateId(UUID.fromString(template)).emailAddress("sam@example.com")
        .personalisation(Map.of("name", "Sam")).reference("PERMIT-42").build());
    client.sendSms(SmsRequest.builder().templateId(UUID.fromString(notify.templateIds().sms()))
        .phoneNumber("07700900456").personalisation(Map.of("name", "Sam")).build());
    client.sendLetter(LetterRequest.builder().templateId(UUID.fromString(notify.templateIds().letter()))
        .address("Sam Smith", "1 High Street", "Springfield").postcode("SW1A 1AA")
        .personalisation(Map.of("name", "Sam")).reference("LETTER-9").build());

    driver.get(sandbox.notifications().page().toString());

    assertThat(text("h1")).isEqualTo("Sent messages");
    assertGovukLook();
    WebElement email = driver.findElement(By.cssSelector("article.email"));
    WebElement body = email.findElement(By.cssSelector(".preview .body"));
    assertThat(body.findElement(By.tagName("h2")).getText()).isEqualTo("Your parking permit");
    assertThat(body.findElement(By.tagName("blockquote")).getText()).isEqualTo("Your permit starts on 1 May.");
    assertThat(body.findElement(By.tagName("blockquote")).getCssValue("border-left-width")).isEqualTo("10px");
    assertThat(body.findElements(By.cssSelector("ol li"))).extracting(WebElement::getText)
        .containsExactly("Print the permit", "Put it on your dashboard");
    assertThat(body.findElements(By.cssSelector("ul li"))).extracting(WebElement::getText)
        .containsExactly("your permit", "proof of address");
    assertThat(body.findElements(By.tagName("hr"))).hasSize(1);
    List<WebElement> links = body.findElements(By.tagName("a"));
    assertThat(links).extracting(WebElement::getText)
        .containsExactly("Manage your permit", "https://council.example/help");
    assertThat(links).extracting(a -> a.getAttribute("href"))
        .containsExactly("https://council.example/permits?id=7&x=1", "https://council.example/help");
    assertThat(body.getText()).doesNotContain("#", "^", "[", "](").endsWith("(https://council.example/help).");
    assertThat(field(email, "reference")).isEqualTo("PERMIT-42");
    assertThat(field(email, "status")).isEqualTo("CREATED");
    assertThat(field(email, "status-history")).startsWith("created ");
    assertThat(field(email, "cost")).startsWith("Not ready");
    assertThat(email.findElement(By.cssSelector(".subject")).getText()).isEqualTo("Your parking permit");
    assertThat(email.getText()).contains("sam@example.com");

    WebElement sms = driver.findElement(By.cssSelector("article.sms"));
    assertThat(sms.findElement(By.cssSelector(".bubble")).getText())
        .isEqualTo("Hello Sam, this is a text message from the council sandbox.");
    assertThat(sms.getText()).contains("07700900456");

    WebElement letter = driver.findElement(By.cssSelector("article.letter"));
    assertThat(letter.findElement(By.tagName("address")).getText()).isEqualTo(
        "Sam Smith\n1 High Street\nSpringfield\nSW1A 1AA");
    assertThat(field(letter, "reference")).isEqualTo("LETTER-9");
    WebElement pdf = letter.findElement(By.cssSelector("a.pdf"));
    HttpResponse<byte[]> got = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
        pdf.getAttribute("href"))).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(got.statusCode()).isEqualTo(200);
    assertThat(got.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(new String(got.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    fullPage();
    shoot("notify-sent-messages");

    sandbox.advanceClock(Duration.ofSeconds(10));
    driver.navigate().refresh();
    email = driver.findElement(By.cssSelector("article.email"));
    assertThat(field(email, "status")).isEqualTo("DELIVERED");
    assertThat(email.findElements(By.cssSelector("dd[data-field='status-history'] li strong")))
        .extracting(WebElement::getText).containsExactly("created", "sending", "delivered");
    assertThat(field(email, "cost")).isEqualTo("Free (emails cost nothing)");
    assertThat(field(driver.findElement(By.cssSelector("article.sms")), "cost"))
        .isEqualTo("£0.0227 (1 text message part)");
    fullPage();
    shoot("notify-sent-messages-delivered");
    driver.manage().window().setSize(new Dimension(1024, 900));
  }

  @Test
  void payCardPageKeepsItsLookWithTheSharedStylesheet() throws Exception {
    String nextUrl = sandbox.payClient().createPayment(CreatePaymentRequest.builder().amount(2500)
        .reference("PERMIT-1").description("Parking permit").returnUrl("https://council.example/return").build())
        .nextUrl().orElseThrow();
    driver.get(nextUrl);
    assertThat(text("h1")).isEqualTo("Enter card details");
    assertGovukLook();
    shoot("pay-card-details");
  }

  /** The GOV.UK look: the black header with the blue rule, Arial, the text colour. */
  private void assertGovukLook() {
    WebElement header = driver.findElement(By.tagName("header"));
    assertThat(header.getCssValue("background-color")).isEqualTo("rgba(11, 12, 12, 1)");
    assertThat(header.getCssValue("border-bottom-color")).isEqualTo("rgba(29, 112, 184, 1)");
    WebElement bodyElement = driver.findElement(By.tagName("body"));
    assertThat(bodyElement.getCssValue("font-family")).startsWith("Arial");
    assertThat(bodyElement.getCssValue("color")).isEqualTo("rgba(11, 12, 12, 1)");
  }

  private String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText().strip();
  }

  private static String field(WebElement article, String name) {
    return article.findElement(By.cssSelector("dd[data-field='" + name + "']")).getText().strip();
  }

  private String createEmailTemplate(String body) throws Exception {
    String json = "{\"type\":\"email\",\"name\":\"Permit\",\"subject\":\"Your parking permit\",\"body\":"
        + com.fasterxml.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body) + "}";
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl()
        + "/_sandbox/notify/templates")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(r.body()).path("id").asText();
  }

  private void fullPage() {
    Object height = ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("return document.documentElement.scrollHeight");
    driver.manage().window().setSize(new Dimension(1024, Math.min(8000, ((Number) height).intValue() + 150)));
  }

  private void shoot(String name) throws Exception {
    byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve(name + ".png"), png);
  }
}
