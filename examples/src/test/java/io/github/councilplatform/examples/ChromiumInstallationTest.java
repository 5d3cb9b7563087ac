package io.github.councilplatform.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser search order, on fake executables in a temporary folder. */
class ChromiumInstallationTest {
  @TempDir
  Path dir;

  private final AtomicInteger askedSeleniumManager = new AtomicInteger();

  private Supplier<ChromiumInstallation.Discovered> seleniumManager(ChromiumInstallation.Discovered answer) {
    return () -> {
      askedSeleniumManager.incrementAndGet();
      return answer;
    };
  }

  private Path executable(String relative) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "#!/bin/sh\n");
    assertThat(file.toFile().setExecutable(true)).isTrue();
    return file;
  }

  @Test
  void findsBrowserAndDriverOnThePathWithoutAskingSeleniumManager() throws IOException {
    Path chrome = executable("bin/google-chrome");
    Path driver = executable("bin/chromedriver");
    String path = dir.resolve("empty") + File.pathSeparator + dir.resolve("bin");

    ChromiumInstallation.Lookup found = ChromiumInstallation.find(Map.of("PATH", path), null, "Linux", dir,
        seleniumManager(ChromiumInstallation.Discovered.NOTHING));

    assertThat(found.installation()).contains(new ChromiumInstallation(chrome, driver));
    assertThat(askedSeleniumManager).hasValue(0);
  }

  @Test
  void environmentVariablesWinOverThePath() throws IOException {
    executable("bin/chromium");
    executable("bin/chromedriver");
    Path chrome = executable("opt/chrome/chrome");
    Path driver = executable("opt/driver/chromedriver");

    ChromiumInstallation.Lookup found = ChromiumInstallation.find(
        Map.of("PATH", dir.resolve("bin").toString(), "CHROME_BIN", chrome.toString(),
            "CHROMEDRIVER", driver.toString()), null, "Linux", dir,
        seleniumManager(ChromiumInstallation.Discovered.NOTHING));

    assertThat(found.installation()).contains(new ChromiumInstallation(chrome, driver));
  }

  @Test
  void findsTheDriverInGitHubActionsFolderOrSeleniumsProperty() throws IOException {
    Path chrome = executable("bin/chromium");
    Path actionsDriver = executable("actions/chromedriver");
    Path propertyDriver = executable("property/chromedriver");
    Map<String, String> env = Map.of("PATH", dir.resolve("bin").toString(),
        "CHROMEWEBDRIVER", dir.resolve("actions").toString());

    assertThat(ChromiumInstallation.find(env, null, "Linux", dir,
        seleniumManager(ChromiumInstallation.Discovered.NOTHING)).installation())
        .contains(new ChromiumInstallation(chrome, actionsDriver));
    assertThat(ChromiumInstallation.find(env, propertyDriver.toString(), "Linux", dir,
        seleniumManager(ChromiumInstallation.Discovered.NOTHING)).installation())
        .contains(new ChromiumInstallation(chrome, propertyDriver));
  }

  @Test
  void findsChromeInTheUsersMacApplicationsFolderOnlyOnMacOs() throws IOException {
    Path chrome = executable("Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
    Path driver = executable("homebrew/chromedriver");
    Map<String, String> env = Map.of("PATH", dir.resolve("homebrew").toString());

    assertThat(ChromiumInstallation.find(env, null, "Mac OS X", dir,
        seleniumManager(ChromiumInstallation.Discovered.NOTHING)).installation())
        .contains(new ChromiumInstallation(chrome, driver));
    assertThat(ChromiumInstallation.find(env, null, "Linux", dir,
        seleniumManager(ChromiumInstallation.Discovered.NOTHING)).installation()).isEmpty();
  }

  @Test
  void asksSeleniumManagerOnlyForWhatIsStillMissing() throws IOException {
    Path chrome = executable("bin/chromium");
    Path cachedDriver = executable("cache/chromedriver");
    Path otherBrowser = executable("elsewhere/chrome");

    ChromiumInstallation.Lookup found = ChromiumInstallation.find(Map.of("PATH", dir.resolve("bin").toString()),
        null, "Linux", dir,
        seleniumManager(new ChromiumInstallation.Discovered(Optional.of(otherBrowser), Optional.of(cachedDriver))));

    assertThat(found.installation()).contains(new ChromiumInstallation(chrome, cachedDriver));
    assertThat(askedSeleniumManager).hasValue(1);
  }

  @Test
  void saysInOneLineWhatIsMissing() throws IOException {
    Path chrome = executable("bin/chromium");
    Files.writeString(dir.resolve("bin/chromedriver"), "not executable");

    ChromiumInstallation.Lookup none = ChromiumInstallation.find(Map.of(), null, "Linux", dir,
        seleniumManager(ChromiumInstallation.Discovered.NOTHING));
    ChromiumInstallation.Lookup noDriver = ChromiumInstallation.find(
        Map.of("PATH", dir.resolve("bin").toString()), null, "Linux", dir,
        seleniumManager(ChromiumInstallation.Discovered.NOTHING));

    assertThat(none.installation()).isEmpty();
    assertThat(none.missing()).startsWith("no Chromium or Chrome and no chromedriver found")
        .contains("CHROME_BIN").doesNotContain("\n");
    assertThat(noDriver.installation()).isEmpty();
    assertThat(noDriver.missing()).startsWith(chrome + " but no chromedriver found");
  }
}
