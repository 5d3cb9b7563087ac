package io.github.councilplatform.core.internal;

import io.github.councilplatform.core.PlatformClientBuilder;
import java.util.Objects;

/**
 * How a platform module's client builder reads the shared settings of its {@link PlatformClientBuilder} as
 * {@link TransportSettings}. It lives here rather than as a protected method of the builder so that the
 * builder's public and protected signatures name no internal type: the builder hands a reader to this class
 * when it is first loaded, and only code that can name {@code core.internal} can ask for the settings.
 */
public final class ClientBuilders {
  private static volatile Reader reader;

  private ClientBuilders() {}

  /** Reads a builder's settings; implemented by {@link PlatformClientBuilder} itself. */
  @FunctionalInterface
  public interface Reader {
    /**
     * Gathers a builder's settings.
     *
     * @param builder the builder
     * @param platform short platform name for the User-Agent
     * @param defaultBaseUrl the platform's production base URL, used when none was set
     * @param rules the platform's error rules
     * @param authenticator per-attempt authentication headers
     * @return the settings
     */
    TransportSettings read(PlatformClientBuilder<?> builder, String platform, String defaultBaseUrl,
        PlatformRules rules, Authenticator authenticator);
  }

  /**
   * Called once, by {@link PlatformClientBuilder}'s static initialiser.
   *
   * @param r the reader
   * @throws IllegalStateException if a reader is already registered
   */
  public static synchronized void register(Reader r) {
    if (reader != null) {
      throw new IllegalStateException("The builder settings reader is registered once, by PlatformClientBuilder");
    }
    reader = Objects.requireNonNull(r, "reader");
  }

  /**
   * The transport settings a platform module's builder has gathered. Not for application code.
   *
   * @param builder the platform client's builder (its class is loaded, so its reader is registered)
   * @param platform short platform name for the User-Agent
   * @param defaultBaseUrl the platform's production base URL, used when none was set
   * @param rules the platform's error rules
   * @param authenticator per-attempt authentication headers
   * @return the settings
   */
  public static TransportSettings transportSettings(PlatformClientBuilder<?> builder, String platform,
      String defaultBaseUrl, PlatformRules rules, Authenticator authenticator) {
    Objects.requireNonNull(builder, "builder");
    return reader.read(builder, platform, defaultBaseUrl, rules, authenticator);
  }
}
