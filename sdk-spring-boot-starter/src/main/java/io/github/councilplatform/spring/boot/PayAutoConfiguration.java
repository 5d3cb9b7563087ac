package io.github.councilplatform.spring.boot;

import io.github.councilplatform.spring.boot.internal.PayAccountsRegistrar;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * One {@code PayClient} bean per {@code council-platform.pay.accounts.<name>}, named {@code <name>PayClient} and
 * qualified by {@code <name>} ({@code @Qualifier("parking") PayApi parking}); it is also {@code @Primary} when it
 * is the only account. Backs off for an account whose bean name the application already uses, and entirely when
 * the application defines its own {@code PayApi}.
 */
@AutoConfiguration(after = CouncilPlatformAutoConfiguration.class)
public class PayAutoConfiguration {

  /**
   * Registers the per-account clients once the application's own beans are known.
   *
   * @param environment where the accounts are read from
   * @return the registrar
   */
  @Bean
  static PayAccountsRegistrar councilPlatformPayAccountsRegistrar(Environment environment) {
    return new PayAccountsRegistrar(environment);
  }
}
