package io.github.councilplatform.spring.boot.properties;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/** GOV.UK Notify: {@code council-platform.notify.*}. A {@code NotifyClient} bean exists once the API key is set. */
@ConfigurationProperties(prefix = "council-platform.notify")
public class NotifyProperties extends ClientProperties {

  /** The API key as Notify showed it: {key_name}-{service_id}-{secret}. A secret: never logged or shown. */
  private String apiKey;

  /**
   * The bearer tokens Notify sends with callbacks (as entered on Notify's callbacks page). Several are allowed so a
   * token can be rotated without refusing callbacks. Secrets: never logged or shown.
   */
  private List<String> callbackBearerTokens = new ArrayList<>();

  /** The delivery receipts endpoint (Notify's "delivery receipts" callback URL). */
  @NestedConfigurationProperty
  private final EndpointProperties deliveryReceipts =
      EndpointProperties.at("/council-platform/notify/delivery-receipts");

  /** The received text messages endpoint (Notify's "received text messages" callback URL). */
  @NestedConfigurationProperty
  private final EndpointProperties receivedTexts =
      EndpointProperties.at("/council-platform/notify/received-texts");

  /** @return the API key, or {@code null} when unset */
  public String getApiKey() {
    return apiKey;
  }

  /** @param apiKey the Notify API key */
  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  /** @return the callback bearer tokens */
  public List<String> getCallbackBearerTokens() {
    return callbackBearerTokens;
  }

  /** @param callbackBearerTokens the callback bearer tokens */
  public void setCallbackBearerTokens(List<String> callbackBearerTokens) {
    this.callbackBearerTokens = callbackBearerTokens;
  }

  /** @return the delivery receipts endpoint */
  public EndpointProperties getDeliveryReceipts() {
    return deliveryReceipts;
  }

  /** @return the received text messages endpoint */
  public EndpointProperties getReceivedTexts() {
    return receivedTexts;
  }

  /** Describes the settings; secrets show only as set or unset. */
  @Override
  public String toString() {
    return "NotifyProperties{baseUrl=" + getBaseUrl() + ", apiKey=" + (apiKey == null ? "<unset>" : "****")
        + ", callbackBearerTokens=" + callbackBearerTokens.size() + "}";
  }
}
