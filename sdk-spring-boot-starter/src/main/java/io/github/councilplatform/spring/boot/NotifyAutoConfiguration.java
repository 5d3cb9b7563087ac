package io.github.councilplatform.spring.boot;

import io.github.councilplatform.core.CallListener;
import io.github.councilplatform.notify.NotifyApi;
import io.github.councilplatform.notify.NotifyClient;
import io.github.councilplatform.spring.boot.internal.ClientSettings;
import io.github.councilplatform.spring.boot.internal.SharedHttpClient;
import io.github.councilplatform.spring.boot.properties.NotifyProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** A {@link NotifyClient} bean once {@code council-platform.notify.api-key} is set, unless the application has one. */
@AutoConfiguration(after = CouncilPlatformAutoConfiguration.class)
public class NotifyAutoConfiguration {

  /**
   * The Notify client, on the shared connection pool; closed when the application stops.
   *
   * @param props the settings
   * @param http the shared HTTP client
   * @param listeners the call listeners (observations, and the application's own)
   * @return the client
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean(NotifyApi.class)
  @ConditionalOnProperty(prefix = "council-platform.notify", name = "api-key")
  NotifyClient notifyClient(NotifyProperties props, SharedHttpClient http,
      ObjectProvider<CallListener> listeners) {
    NotifyClient.Builder builder = ClientSettings.apply(NotifyClient.builder(), props, "council-platform.notify", http,
        listeners.orderedStream().toList());
    try {
      return builder.apiKey(props.getApiKey()).build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InvalidCouncilPlatformPropertyException("council-platform.notify.api-key", e.getMessage(),
          "Copy the whole key from Notify's API integration > API keys page (it is shown only once when created)");
    }
  }
}
