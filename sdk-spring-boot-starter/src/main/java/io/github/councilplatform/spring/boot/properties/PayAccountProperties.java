package io.github.councilplatform.spring.boot.properties;

import java.util.ArrayList;
import java.util.List;

/**
 * One GOV.UK Pay account (a Pay service): {@code council-platform.pay.accounts.<name>.*}. A council runs one per
 * line of business, each with its own API key and webhook signing secret.
 */
public class PayAccountProperties {

  /** The account's API key (api_test_… or api_live_…). A secret: never logged or shown. */
  private String apiKey;

  /**
   * The webhook signing secrets of this account's webhooks (Pay's admin tool shows one per webhook). Several are
   * allowed so a secret can be rotated. Secrets: never logged or shown.
   */
  private List<String> webhookSecrets = new ArrayList<>();

  /** @return the API key, or {@code null} when unset */
  public String getApiKey() {
    return apiKey;
  }

  /** @param apiKey the API key */
  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  /** @return the webhook signing secrets */
  public List<String> getWebhookSecrets() {
    return webhookSecrets;
  }

  /** @param webhookSecrets the webhook signing secrets */
  public void setWebhookSecrets(List<String> webhookSecrets) {
    this.webhookSecrets = webhookSecrets;
  }

  /** Describes the account; secrets show only as set or unset. */
  @Override
  public String toString() {
    return "PayAccount{apiKey=" + (apiKey == null ? "<unset>" : "****") + ", webhookSecrets="
        + webhookSecrets.size() + "}";
  }
}
