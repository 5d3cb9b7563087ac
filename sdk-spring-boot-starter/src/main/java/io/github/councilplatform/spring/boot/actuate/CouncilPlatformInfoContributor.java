package io.github.councilplatform.spring.boot.actuate;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * Adds {@code council-platform: {sdk-version: …, platforms: […]}} to {@code /actuator/info}, so a deployment says
 * which SDK it runs and which platforms it is configured for.
 */
public final class CouncilPlatformInfoContributor implements InfoContributor {

  private final Map<String, Object> details;

  /** @param platforms the platforms with an auto-configured or application-defined client */
  public CouncilPlatformInfoContributor(Iterable<String> platforms) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("sdk-version", sdkVersion());
    map.put("platforms", platforms);
    this.details = Map.copyOf(map);
  }

  @Override
  public void contribute(Info.Builder builder) {
    builder.withDetail("council-platform", details);
  }

  /**
   * The SDK's version, as the starter was built.
   *
   * @return the version, for example {@code 0.2.0}, or {@code unknown} if the build left it out
   */
  public static String sdkVersion() {
    try (InputStream in = CouncilPlatformInfoContributor.class
        .getResourceAsStream("/META-INF/council-platform-sdk.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties props = new Properties();
      props.load(in);
      return props.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
