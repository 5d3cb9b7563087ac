package io.github.councilplatform.examples;

import io.github.councilplatform.examples.support.Browser;
import io.github.councilplatform.examples.support.Page;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A resident's browser that is real headless Chromium (or Chrome), driven through Selenium and the chromedriver
 * that {@link ChromiumInstallation} finds on this machine. Tests call {@link #assumeInstalled()} first: where
 * there is no browser it skips the test, except on CI ({@code CI=true}), where it fails it.
 */
final class ChromiumBrowser implements Browser {
  private static volatile ChromiumInstallation.Lookup lookup;

  private final Path profile;
  private final ChromeDriver driver;
  /** The headings of every page seen, in order. */
  final List<String> headings = new ArrayList<>();

  /**
   * The installation the browser tests use. Where none is found the calling test is skipped with a one-line
   * reason; with {@code CI=true} it fails instead, so that the browser tests cannot silently stop running in CI.
   * {@code CI_NO_BROWSER=1} skips them even on CI.
   *
   * @return the browser and driver found
   */
  static ChromiumInstallation assumeInstalled() {
    Assumptions.assumeFalse("1".equals(System.getenv("CI_NO_BROWSER")),
        "CI_NO_BROWSER=1: the Chromium browser tests are skipped");
    ChromiumInstallation.Lookup found = installation();
    if (found.installation().isPresent()) {
      return found.installation().get();
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError("CI=true and " + found.missing()
          + " (on CI a missing browser fails the build; CI_NO_BROWSER=1 skips the browser tests)");
    }
    Assumptions.abort("Chromium browser test skipped: " + found.missing());
    throw new AssertionError("unreachable");
  }

  private static ChromiumInstallation.Lookup installation() {
    ChromiumInstallation.Lookup found = lookup;
    if (found == null) {
      found = ChromiumInstallation.find();
      lookup = found;
    }
    return found;
  }

  /**
   * Starts headless Chromium with a fresh profile.
   *
   * @throws Exception if it cannot start; call {@link #assumeInstalled()} first to skip where there is none
   */
  ChromiumBrowser() throws Exception {
    ChromiumInstallation installation = installation().installation()
        .orElseThrow(() -> new IllegalStateException(installation().missing()));
    profile = Files.createTempDirectory("examples-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(installation.browser().toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile);
    // An explicit driver: Selenium Manager must not download anything.
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(installation.driver().toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @Override
  public Page signIn(URI authorizationUri, String testResident) {
    driver.get(authorizationUri.toString());
    record();
    List<WebElement> choice = driver.findElements(By.id("user-" + testResident));
    if (!choice.isEmpty()) {
      choice.get(0).click();
      clickAndWait(By.cssSelector("button[name='action'][value='continue']"));
    }
    return page();
  }

  @Override
  public Page payByCard(String nextUrl, String cardNumber) {
    driver.get(nextUrl);
    record();
    type("cardNo", cardNumber);
    type("expiryMonth", "12");
    type("expiryYear", String.valueOf((Year.now().getValue() + 3) % 100));
    type("cardholderName", "Sam Tester");
    type("cvc", "123");
    type("addressLine1", "1 Test Street");
    type("addressCity", "London");
    type("addressPostcode", "SW1A 1AA");
    clickAndWait(By.id("submit-card-details"));
    record();
    if (!driver.findElements(By.id("confirm")).isEmpty()) {
      clickAndWait(By.id("confirm"));
      record();
    }
    if (!driver.findElements(By.id("return-url")).isEmpty()) {
      clickAndWait(By.id("return-url"));
    }
    return page();
  }

  @Override
  public Page open(URI url, String purpose) {
    driver.get(url.toString());
    return page();
  }

  @Override
  public void close() {
    driver.quit();
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (Exception e) {
      // A temporary profile left behind is harmless.
    }
  }

  WebDriver driver() {
    return driver;
  }

  /**
   * Clicks, then waits until the browser has left the page and loaded the next one. The old page is recognised
   * by a marker set on its window, which no new document has: asking Chromium about an element of a page it
   * is replacing can fail with an error that is not Selenium's "stale element".
   */
  private void clickAndWait(By target) {
    JavascriptExecutor js = driver;
    js.executeScript("window.__councilPlatformOldPage = true;");
    driver.findElement(target).click();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    wait.ignoring(WebDriverException.class);
    wait.until(d -> js.executeScript("return window.__councilPlatformOldPage === undefined"
        + " && document.readyState === 'complete'").equals(Boolean.TRUE));
  }

  private void type(String id, String value) {
    List<WebElement> field = driver.findElements(By.id(id));
    if (!field.isEmpty()) {
      field.get(0).clear();
      field.get(0).sendKeys(value);
    }
  }

  private String heading() {
    List<WebElement> h1 = driver.findElements(By.tagName("h1"));
    return h1.isEmpty() ? "" : h1.get(0).getText().strip();
  }

  private void record() {
    headings.add(heading());
  }

  private Page page() {
    String heading = heading();
    headings.add(heading);
    return new Page(URI.create(driver.getCurrentUrl()), driver.getTitle(), heading);
  }
}
