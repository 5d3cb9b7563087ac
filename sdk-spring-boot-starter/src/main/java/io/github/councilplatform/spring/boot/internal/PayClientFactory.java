package io.github.councilplatform.spring.boot.internal;

import io.github.councilplatform.core.CallListener;
import io.github.councilplatform.pay.PayClient;
import io.github.councilplatform.spring.boot.InvalidCouncilPlatformPropertyException;
import io.github.councilplatform.spring.boot.properties.PayAccountProperties;
import io.github.councilplatform.spring.boot.properties.PayProperties;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;

/** Builds an account's {@link PayClient} from the bound settings, on the shared connection pool. */
public final class PayClientFactory {

  /** The bean name of the factory. */
  public static final String BEAN_NAME = "councilPlatformPayClientFactory";

  private static final Logger LOG = LoggerFactory.getLogger(PayClientFactory.class);

  private final PayProperties props;
  private final SharedHttpClient http;
  private final Environment environment;
  private final ObjectProvider<CallListener> listeners;

  /**
   * @param props the bound settings
   * @param http the shared HTTP client
   * @param environment whose active profiles say whether this is production
   * @param listeners the call listeners (observations, and the application's own)
   */
  public PayClientFactory(PayProperties props, SharedHttpClient http, Environment environment,
      ObjectProvider<CallListener> listeners) {
    this.props = props;
    this.http = http;
    this.environment = environment;
    this.listeners = listeners;
  }

  /**
   * Builds the named account's client.
   *
   * @param account the account name
   * @return the client
   * @throws InvalidCouncilPlatformPropertyException naming the property when a setting cannot work
   */
  public PayClient create(String account) {
    String prefix = "council-platform.pay.accounts." + account;
    PayAccountProperties settings = props.getAccounts().get(account);
    if (settings.getApiKey() == null || settings.getApiKey().isBlank()) {
      throw new InvalidCouncilPlatformPropertyException(prefix + ".api-key", "no API key is set for the Pay account '"
          + account + "'", "Set it to the account's key from GOV.UK Pay's admin tool (api_test_… or api_live_…),"
          + " or remove the account");
    }
    PayClient.Builder builder = ClientSettings.apply(PayClient.builder(), props, "council-platform.pay", http,
        listeners.orderedStream().toList());
    try {
      builder.apiKey(settings.getApiKey());
    } catch (IllegalArgumentException e) {
      throw new InvalidCouncilPlatformPropertyException(prefix + ".api-key", e.getMessage(),
          "Copy the whole key from GOV.UK Pay's admin tool, API keys page");
    }
    if (settings.getApiKey().strip().startsWith("api_live_") && !production()) {
      // The key itself is never logged: only the property that holds it.
      LOG.warn("{}.api-key is a live GOV.UK Pay key, but none of the production profiles {} is active: real cards"
          + " will be charged. Use a test key (api_test_…) outside production, or activate a production profile"
          + " (council-platform.pay.production-profiles).", prefix, props.getProductionProfiles());
    }
    return builder.build();
  }

  private boolean production() {
    return Arrays.stream(environment.getActiveProfiles()).anyMatch(props.getProductionProfiles()::contains);
  }
}
