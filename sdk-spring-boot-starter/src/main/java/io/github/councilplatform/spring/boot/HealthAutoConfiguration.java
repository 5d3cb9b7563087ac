package io.github.councilplatform.spring.boot;

import io.github.councilplatform.core.ClientHealth;
import io.github.councilplatform.identity.OneLoginApi;
import io.github.councilplatform.notify.NotifyApi;
import io.github.councilplatform.pay.PayApi;
import io.github.councilplatform.spring.boot.actuate.PlatformHealthIndicator;
import io.github.councilplatform.spring.boot.actuate.PlatformHealthIndicator.Snapshot;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * A health indicator per platform ({@code councilPlatformNotify}, {@code councilPlatformPay},
 * {@code councilPlatformOneLogin}) from each client's own health view: never a call to the platform.
 */
@AutoConfiguration(after = {NotifyAutoConfiguration.class, PayAutoConfiguration.class,
    OneLoginAutoConfiguration.class})
@ConditionalOnClass(HealthIndicator.class)
public class HealthAutoConfiguration {

  /**
   * Notify's health.
   *
   * @param notify the client
   * @return the indicator
   */
  @Bean
  @ConditionalOnBean(NotifyApi.class)
  PlatformHealthIndicator councilPlatformNotifyHealthIndicator(NotifyApi notify) {
    return new PlatformHealthIndicator(Map.of("notify", () -> snapshot(notify.health())));
  }

  /**
   * Pay's health, one entry per account.
   *
   * @param beans where the accounts' clients are
   * @return the indicator
   */
  @Bean
  PlatformHealthIndicator councilPlatformPayHealthIndicator(ListableBeanFactory beans) {
    // Looked up on each probe: the per-account beans are registered after conditions are evaluated, so
    // @ConditionalOnBean cannot see them. Reading the clients' views is cheap and calls nothing.
    return PlatformHealthIndicator.lookingUp(() -> {
      Map<String, Supplier<Snapshot>> accounts = new LinkedHashMap<>();
      beans.getBeansOfType(PayApi.class).forEach((name, pay) ->
          accounts.put(name.endsWith("PayClient") ? name.substring(0, name.length() - "PayClient".length()) : name,
              () -> snapshot(pay.health())));
      return accounts;
    });
  }

  /**
   * One Login's health.
   *
   * @param oneLogin the client
   * @return the indicator
   */
  @Bean
  @ConditionalOnBean(OneLoginApi.class)
  PlatformHealthIndicator councilPlatformOneLoginHealthIndicator(OneLoginApi oneLogin) {
    return new PlatformHealthIndicator(Map.of("one-login", () -> snapshot(oneLogin.health())));
  }

  private static Snapshot snapshot(ClientHealth h) {
    return new Snapshot(h.circuitState().name(), h.lastOutcome() == null ? null : h.lastOutcome().tag(),
        h.lastStatus(), h.lastCallAt(), h.healthy());
  }
}
