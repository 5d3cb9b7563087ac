package io.github.councilplatform.spring.boot;

import io.github.councilplatform.identity.OneLoginApi;
import io.github.councilplatform.notify.NotifyApi;
import io.github.councilplatform.pay.PayApi;
import io.github.councilplatform.spring.boot.actuate.CouncilPlatformInfoContributor;
import io.github.councilplatform.spring.boot.actuate.CouncilPlatformSanitizingFunction;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The SDK in the actuator: its version in {@code /info}, its secrets hidden from {@code /env} and {@code /configprops}. */
@AutoConfiguration(after = {NotifyAutoConfiguration.class, PayAutoConfiguration.class,
    OneLoginAutoConfiguration.class})
@ConditionalOnClass(InfoContributor.class)
public class ActuatorAutoConfiguration {

  /**
   * Hides the starter's secrets, whatever {@code show-values} says.
   *
   * @return the function
   */
  @Bean
  @ConditionalOnMissingBean
  CouncilPlatformSanitizingFunction councilPlatformSanitizingFunction() {
    return new CouncilPlatformSanitizingFunction();
  }

  /**
   * The SDK version and the configured platforms in {@code /actuator/info}.
   *
   * @param beans to see which platforms have a client
   * @return the contributor
   */
  @Bean
  @ConditionalOnMissingBean
  CouncilPlatformInfoContributor councilPlatformInfoContributor(ListableBeanFactory beans) {
    List<String> platforms = new ArrayList<>();
    if (beans.getBeanNamesForType(NotifyApi.class, true, false).length > 0) {
      platforms.add("notify");
    }
    if (beans.getBeanNamesForType(PayApi.class, true, false).length > 0) {
      platforms.add("pay");
    }
    if (beans.getBeanNamesForType(OneLoginApi.class, true, false).length > 0) {
      platforms.add("one-login");
    }
    return new CouncilPlatformInfoContributor(platforms);
  }
}
