package io.github.councilplatform.examples;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.openqa.selenium.manager.SeleniumManager;
import org.openqa.selenium.manager.SeleniumManagerOutput;

/**
 * Where Chromium (or Google Chrome) and a matching chromedriver are on this machine, found without downloading
 * anything, in this order: the environment variables {@code CHROME_BIN} and {@code CHROMEDRIVER} (or Selenium's
 * {@code webdriver.chrome.driver} property, or GitHub Actions' {@code CHROMEWEBDRIVER} folder), the {@code PATH},
 * the macOS application folders, and finally Selenium Manager in offline mode (which knows each platform's usual
 * install places and its own driver cache, but is told never to fetch one).
 *
 * @param browser the Chromium or Chrome executable
 * @param driver the chromedriver executable
 */
record ChromiumInstallation(Path browser, Path driver) {
  private static final List<String> BROWSER_COMMANDS =
      List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome");
  private static final List<String> MAC_APPS = List.of(
      "Google Chrome.app/Contents/MacOS/Google Chrome",
      "Chromium.app/Contents/MacOS/Chromium",
      "Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing");

  /** What a search found: an installation, or why there is none, in one line. */
  record Lookup(Optional<ChromiumInstallation> installation, String missing) {}

  /** What Selenium Manager found offline; either part may be absent. */
  record Discovered(Optional<Path> browser, Optional<Path> driver) {
    static final Discovered NOTHING = new Discovered(Optional.empty(), Optional.empty());
  }

  /** Searches this machine. */
  static Lookup find() {
    return find(System.getenv(), System.getProperty("webdriver.chrome.driver"), System.getProperty("os.name"),
        Path.of(System.getProperty("user.home")), ChromiumInstallation::askSeleniumManagerOffline);
  }

  /**
   * Searches with the given surroundings, so that the order of the search can be tested.
   *
   * @param env the environment variables
   * @param driverProperty Selenium's {@code webdriver.chrome.driver} system property, or null
   * @param osName the {@code os.name} system property
   * @param home the user's home folder
   * @param seleniumManager asked only when something is still missing
   */
  static Lookup find(Map<String, String> env, String driverProperty, String osName, Path home,
      Supplier<Discovered> seleniumManager) {
    Optional<Path> browser = explicit(env.get("CHROME_BIN"));
    if (browser.isEmpty()) {
      browser = onPath(env.get("PATH"), BROWSER_COMMANDS);
    }
    if (browser.isEmpty() && osName != null && osName.toLowerCase().startsWith("mac")) {
      browser = macApp(List.of(Path.of(File.separator, "Applications"), home.resolve("Applications")));
    }
    Optional<Path> driver = explicit(env.get("CHROMEDRIVER"))
        .or(() -> explicit(driverProperty))
        .or(() -> Optional.ofNullable(env.get("CHROMEWEBDRIVER"))
            .flatMap(dir -> explicit(dir + File.separator + "chromedriver")))
        .or(() -> onPath(env.get("PATH"), List.of("chromedriver")));
    if (browser.isEmpty() || driver.isEmpty()) {
      Discovered found = seleniumManager.get();
      browser = browser.or(found::browser);
      driver = driver.or(found::driver);
    }
    if (browser.isPresent() && driver.isPresent()) {
      return new Lookup(Optional.of(new ChromiumInstallation(browser.get(), driver.get())), "");
    }
    String what = browser.isEmpty() && driver.isEmpty() ? "no Chromium or Chrome and no chromedriver"
        : browser.isEmpty() ? "chromedriver at " + driver.get() + " but no Chromium or Chrome"
        : browser.get() + " but no chromedriver";
    return new Lookup(Optional.empty(), what + " found (looked at CHROME_BIN, CHROMEDRIVER, PATH"
        + (osName != null && osName.toLowerCase().startsWith("mac") ? ", /Applications" : "")
        + " and Selenium Manager's cache); install both or set CHROME_BIN and CHROMEDRIVER");
  }

  private static Optional<Path> explicit(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return executable(Path.of(value.strip()));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static Optional<Path> onPath(String pathVariable, List<String> commands) {
    if (pathVariable == null) {
      return Optional.empty();
    }
    List<Path> dirs = new ArrayList<>();
    for (String dir : pathVariable.split(File.pathSeparator)) {
      if (!dir.isBlank()) {
        dirs.add(Path.of(dir));
      }
    }
    for (String command : commands) {
      for (Path dir : dirs) {
        Optional<Path> found = executable(dir.resolve(command));
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> macApp(List<Path> folders) {
    for (String app : MAC_APPS) {
      for (Path folder : folders) {
        Optional<Path> found = executable(folder.resolve(app));
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> executable(Path path) {
    return Files.isRegularFile(path) && Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
  }

  /**
   * Selenium's own discovery, with {@code --offline} so that it never downloads a browser or a driver: it still
   * finds an installed Chrome in its usual place and a driver it cached earlier.
   */
  private static Discovered askSeleniumManagerOffline() {
    try {
      SeleniumManagerOutput.Result result = SeleniumManager.getInstance()
          .getBinaryPaths(List.of("--browser", "chrome", "--offline"));
      return new Discovered(explicit(result.getBrowserPath()), explicit(result.getDriverPath()));
    } catch (RuntimeException | LinkageError e) {
      // Selenium Manager reports "nothing found offline" as an exception; that is an answer, not a failure.
      return Discovered.NOTHING;
    }
  }
}
