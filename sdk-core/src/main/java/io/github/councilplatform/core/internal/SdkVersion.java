package io.github.councilplatform.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's version, read once from the resource Maven filters at build time. */
public final class SdkVersion {
  private static final String VERSION = load();

  private SdkVersion() {}

  /** The SDK version, for example {@code 0.1.0-SNAPSHOT}. */
  public static String get() {
    return VERSION;
  }

  /**
   * The User-Agent the SDK sends: {@code council-platform-sdk-java/<version> <platform> java/<version>},
   * then the caller's suffix if any.
   */
  public static String userAgent(String platform, String suffix) {
    String ua = "council-platform-sdk-java/" + VERSION + " " + platform + " java/" + System.getProperty("java.version");
    return suffix == null || suffix.isBlank() ? ua : ua + " " + suffix.trim();
  }

  private static String load() {
    try (InputStream in = SdkVersion.class.getResourceAsStream("/io/github/councilplatform/core/sdk.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown");
      return v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
