package io.github.councilplatform.spring.boot.properties;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * GOV.UK Pay: {@code council-platform.pay.*}. One {@code PayClient} bean per account, named
 * {@code <name>PayClient} and qualified by the account name; it is also the primary {@code PayApi} when it is the
 * only one.
 */
@ConfigurationProperties(prefix = "council-platform.pay")
public class PayProperties extends ClientProperties {

  /** The Pay accounts by name, for example {@code parking} and {@code council-tax}. */
  private Map<String, PayAccountProperties> accounts = new LinkedHashMap<>();

  /**
   * The Spring profiles that mark a production deployment. A live API key (api_live_…) used while none of them is
   * active logs a warning, since real cards would be charged.
   */
  private List<String> productionProfiles = List.of("prod", "production");

  /** The webhooks endpoint: one path for every account, told apart by their signing secrets. */
  @NestedConfigurationProperty
  private final EndpointProperties webhooks = EndpointProperties.at("/council-platform/pay/webhooks");

  /** @return the accounts by name */
  public Map<String, PayAccountProperties> getAccounts() {
    return accounts;
  }

  /** @param accounts the accounts by name */
  public void setAccounts(Map<String, PayAccountProperties> accounts) {
    this.accounts = accounts;
  }

  /** @return the profiles that mark production */
  public List<String> getProductionProfiles() {
    return productionProfiles;
  }

  /** @param productionProfiles the profiles that mark production */
  public void setProductionProfiles(List<String> productionProfiles) {
    this.productionProfiles = productionProfiles;
  }

  /** @return the webhooks endpoint */
  public EndpointProperties getWebhooks() {
    return webhooks;
  }

  /** Describes the settings; secrets show only as set or unset. */
  @Override
  public String toString() {
    return "PayProperties{baseUrl=" + getBaseUrl() + ", accounts=" + accounts + "}";
  }
}
