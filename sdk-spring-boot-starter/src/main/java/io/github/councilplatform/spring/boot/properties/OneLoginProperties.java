package io.github.councilplatform.spring.boot.properties;

import io.github.councilplatform.identity.OneLoginEnvironment;
import io.github.councilplatform.identity.TrustLevel;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.core.io.Resource;

/**
 * GOV.UK One Login: {@code council-platform.one-login.*}. A {@code OneLoginClient} bean exists once the client id
 * is set.
 */
@ConfigurationProperties(prefix = "council-platform.one-login")
public class OneLoginProperties extends ClientProperties {

  /** The client id One Login gave the service when it was registered. */
  private String clientId;

  /**
   * The service's private key as PEM text (PKCS#8, first line "BEGIN PRIVATE KEY"), whose public half was
   * registered with One Login. Set this or private-key-location. A secret: never logged or shown.
   */
  private String privateKey;

  /** Where to read the private key PEM from instead (file:, classpath:). */
  private Resource privateKeyLocation;

  /** The key id ("kid") the private key was registered under, when One Login holds several. */
  private String privateKeyId;

  /** Where One Login sends the resident back after signing in (one of the registered redirect URIs). */
  private URI redirectUri;

  /** Where One Login sends the resident after signing out (a registered post-logout redirect URI). */
  private URI postLogoutRedirectUri;

  /** Which One Login: integration (testing) or production. Ignored when base-url is set (the sandbox). */
  private OneLoginEnvironment environment = OneLoginEnvironment.INTEGRATION;

  /** The trust level asked for; the identity levels also ask One Login to prove who the resident is. */
  private TrustLevel trustLevel = TrustLevel.MEDIUM;

  /** Clock skew allowed when checking the times in tokens. */
  private Duration clockSkew;

  /** The back-channel logout endpoint (registered with One Login as the back_channel_logout_uri). */
  @NestedConfigurationProperty
  private final EndpointProperties backChannelLogout =
      EndpointProperties.at("/council-platform/one-login/back-channel-logout");

  /** @return the client id, or {@code null} when unset */
  public String getClientId() {
    return clientId;
  }

  /** @param clientId the client id */
  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  /** @return the private key PEM, or {@code null} when unset */
  public String getPrivateKey() {
    return privateKey;
  }

  /** @param privateKey the private key PEM */
  public void setPrivateKey(String privateKey) {
    this.privateKey = privateKey;
  }

  /** @return where the private key PEM is read from, or {@code null} */
  public Resource getPrivateKeyLocation() {
    return privateKeyLocation;
  }

  /** @param privateKeyLocation where the private key PEM is read from */
  public void setPrivateKeyLocation(Resource privateKeyLocation) {
    this.privateKeyLocation = privateKeyLocation;
  }

  /** @return the key id, or {@code null} */
  public String getPrivateKeyId() {
    return privateKeyId;
  }

  /** @param privateKeyId the key id */
  public void setPrivateKeyId(String privateKeyId) {
    this.privateKeyId = privateKeyId;
  }

  /** @return the redirect URI, or {@code null} */
  public URI getRedirectUri() {
    return redirectUri;
  }

  /** @param redirectUri the redirect URI */
  public void setRedirectUri(URI redirectUri) {
    this.redirectUri = redirectUri;
  }

  /** @return the post-logout redirect URI, or {@code null} */
  public URI getPostLogoutRedirectUri() {
    return postLogoutRedirectUri;
  }

  /** @param postLogoutRedirectUri the post-logout redirect URI */
  public void setPostLogoutRedirectUri(URI postLogoutRedirectUri) {
    this.postLogoutRedirectUri = postLogoutRedirectUri;
  }

  /** @return the environment */
  public OneLoginEnvironment getEnvironment() {
    return environment;
  }

  /** @param environment the environment */
  public void setEnvironment(OneLoginEnvironment environment) {
    this.environment = environment;
  }

  /** @return the trust level */
  public TrustLevel getTrustLevel() {
    return trustLevel;
  }

  /** @param trustLevel the trust level */
  public void setTrustLevel(TrustLevel trustLevel) {
    this.trustLevel = trustLevel;
  }

  /** @return the clock skew, or {@code null} for the SDK's default */
  public Duration getClockSkew() {
    return clockSkew;
  }

  /** @param clockSkew the clock skew */
  public void setClockSkew(Duration clockSkew) {
    this.clockSkew = clockSkew;
  }

  /** @return the back-channel logout endpoint */
  public EndpointProperties getBackChannelLogout() {
    return backChannelLogout;
  }

  /** Describes the settings; the private key shows only as set or unset. */
  @Override
  public String toString() {
    return "OneLoginProperties{clientId=" + clientId + ", environment=" + environment + ", baseUrl=" + getBaseUrl()
        + ", privateKey=" + (privateKey == null && privateKeyLocation == null ? "<unset>" : "****") + "}";
  }
}
