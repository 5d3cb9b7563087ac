package io.github.councilplatform.spring.boot.internal;

import io.github.councilplatform.pay.PayApi;
import io.github.councilplatform.pay.PayClient;
import io.github.councilplatform.spring.boot.properties.PayProperties;
import java.util.Map;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Registers one {@link PayClient} per configured account. A registry post-processor, because the number of beans
 * depends on the settings; it runs after the application's own bean definitions are known, so it can back off.
 */
public final class PayAccountsRegistrar implements BeanDefinitionRegistryPostProcessor, BeanFactoryAware {

  private final Environment environment;
  private BeanFactory beanFactory;

  /** @param environment where the accounts are read from */
  public PayAccountsRegistrar(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void setBeanFactory(BeanFactory beanFactory) {
    this.beanFactory = beanFactory;
  }

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
    Map<String, ?> accounts = Binder.get(environment)
        .bind("council-platform.pay", Bindable.of(PayProperties.class))
        .map(PayProperties::getAccounts).orElse(Map.of());
    if (accounts.isEmpty() || applicationHasItsOwn(registry)) {
      return;
    }
    for (String name : accounts.keySet()) {
      String beanName = beanName(name);
      if (registry.containsBeanDefinition(beanName)) {
        continue;
      }
      RootBeanDefinition definition = new RootBeanDefinition(PayClient.class,
          () -> beanFactory.getBean(PayClientFactory.class).create(name));
      definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, name));
      definition.setPrimary(accounts.size() == 1);
      definition.setDestroyMethodName("close");
      definition.setDependsOn(PayClientFactory.BEAN_NAME);
      registry.registerBeanDefinition(beanName, definition);
    }
    if (!registry.containsBeanDefinition(PayClientFactory.BEAN_NAME)) {
      registry.registerBeanDefinition(PayClientFactory.BEAN_NAME, new RootBeanDefinition(PayClientFactory.class));
    }
  }

  /**
   * The bean name of an account's client.
   *
   * @param account the account name
   * @return {@code <account>PayClient}
   */
  public static String beanName(String account) {
    return account + "PayClient";
  }

  private static boolean applicationHasItsOwn(BeanDefinitionRegistry registry) {
    // No eager initialisation: factory-method return types are enough to see an application's own PayApi.
    return registry instanceof ListableBeanFactory beans
        && beans.getBeanNamesForType(PayApi.class, true, false).length > 0;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {}
}
