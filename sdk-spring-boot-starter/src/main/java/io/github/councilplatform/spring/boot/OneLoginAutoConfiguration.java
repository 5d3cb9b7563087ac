package io.github.councilplatform.spring.boot;

import io.github.councilplatform.core.CallListener;
import io.github.councilplatform.identity.OneLoginApi;
import io.github.councilplatform.identity.OneLoginClient;
import io.github.councilplatform.spring.boot.internal.ClientSettings;
import io.github.councilplatform.spring.boot.internal.SharedHttpClient;
import io.github.councilplatform.spring.boot.properties.OneLoginProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * A {@link OneLoginClient} bean once {@code council-platform.one-login.client-id} is set, unless the application
 * has one.
 */
@AutoConfiguration(after = CouncilPlatformAutoConfiguration.class)
public class OneLoginAutoConfiguration {

  private static final String PREFIX = "council-platform.one-login";

  /**
   * The One Login client, on the shared connection pool; closed when the application stops.
   *
   * @param props the settings
   * @param http the shared HTTP client
   * @param listeners the call listeners (observations, and the application's own)
   * @return the client
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean(OneLoginApi.class)
  @ConditionalOnProperty(prefix = PREFIX, name = "client-id")
  OneLoginClient oneLoginClient(OneLoginProperties props, SharedHttpClient http,
      ObjectProvider<CallListener> listeners) {
    OneLoginClient.Builder builder = ClientSettings.apply(OneLoginClient.builder(), props, PREFIX, http,
        listeners.orderedStream().toList());
    if (props.getBaseUrl() == null) {
      builder.environment(props.getEnvironment());
    }
    builder.clientId(props.getClientId());
    String pem = privateKeyPem(props);
    try {
      builder.privateKeyPem(pem);
    } catch (IllegalArgumentException e) {
      throw new InvalidCouncilPlatformPropertyException(PREFIX + (props.getPrivateKey() != null ? ".private-key"
          : ".private-key-location"), e.getMessage(), "Give the PKCS#8 PEM (its first line reads BEGIN PRIVATE KEY) whose"
          + " public key is registered with One Login");
    }
    if (props.getPrivateKeyId() != null) {
      builder.privateKeyId(props.getPrivateKeyId());
    }
    if (props.getRedirectUri() != null) {
      builder.redirectUri(props.getRedirectUri());
    }
    if (props.getPostLogoutRedirectUri() != null) {
      builder.postLogoutRedirectUri(props.getPostLogoutRedirectUri());
    }
    if (props.getClockSkew() != null) {
      builder.clockSkew(props.getClockSkew());
    }
    if (props.getRedirectUri() == null) {
      throw new InvalidCouncilPlatformPropertyException(PREFIX + ".redirect-uri", "no redirect URI is set, and One"
          + " Login sends the resident back only to a registered one", "Set it to one of the redirect URIs registered"
          + " for the service with One Login");
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InvalidCouncilPlatformPropertyException(PREFIX + propertyNamed(e.getMessage(), props),
          e.getMessage(), "Check it against the service's One Login registration");
    }
  }

  /** The property behind the builder setting a build() message names (the builder parses the key late). */
  private static String propertyNamed(String message, OneLoginProperties props) {
    String m = message == null ? "" : message;
    if (m.contains("privateKeyId")) {
      return ".private-key-id";
    }
    if (m.contains("privateKey") || m.contains("private key") || m.contains("PEM")) {
      return props.getPrivateKey() != null ? ".private-key" : ".private-key-location";
    }
    if (m.contains("postLogoutRedirectUri")) {
      return ".post-logout-redirect-uri";
    }
    if (m.contains("redirectUri")) {
      return ".redirect-uri";
    }
    if (m.contains("clientId")) {
      return ".client-id";
    }
    if (m.contains("clockSkew")) {
      return ".clock-skew";
    }
    return "";
  }

  private static String privateKeyPem(OneLoginProperties props) {
    if (props.getPrivateKey() != null && props.getPrivateKeyLocation() != null) {
      throw new InvalidCouncilPlatformPropertyException(PREFIX + ".private-key",
          "both private-key and private-key-location are set", "Set only one of them");
    }
    if (props.getPrivateKey() != null) {
      return props.getPrivateKey();
    }
    if (props.getPrivateKeyLocation() == null) {
      throw new InvalidCouncilPlatformPropertyException(PREFIX + ".private-key",
          "no private key is set, and One Login signs the resident in only for a client that proves who it is"
          + " with its private key (private_key_jwt)",
          "Set " + PREFIX + ".private-key to the PEM text, or " + PREFIX + ".private-key-location to a file: or"
          + " classpath: resource holding it");
    }
    try (InputStream in = props.getPrivateKeyLocation().getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidCouncilPlatformPropertyException(PREFIX + ".private-key-location",
          "cannot read " + props.getPrivateKeyLocation().getDescription(),
          "Point it at a readable file: or classpath: resource holding the PEM");
    }
  }
}
