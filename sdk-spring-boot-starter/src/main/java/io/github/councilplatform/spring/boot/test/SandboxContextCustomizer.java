package io.github.councilplatform.spring.boot.test;

import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxCredentials;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts a sandbox for one application context and puts its address and credentials first among the context's
 * property sources. All instances are equal, so the annotation never splits Spring's context cache.
 */
final class SandboxContextCustomizer implements ContextCustomizer {

  /** The name of the sandbox's property source and of the {@link Sandbox} bean. */
  static final String NAME = "councilPlatformSandbox";

  @Override
  public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
    // The application's own files are already in the environment here: its Pay account names can be read.
    Set<String> accounts = Binder.get(context.getEnvironment())
        .bind("council-platform.pay.accounts", Bindable.mapOf(String.class, Object.class))
        .map(Map::keySet).orElse(Set.of("default"));
    Sandbox sandbox = Sandbox.start();
    SandboxCredentials credentials = sandbox.credentials();
    String url = sandbox.baseUrl();
    Map<String, Object> props = new HashMap<>();
    props.put("council-platform.notify.base-url", url);
    props.put("council-platform.notify.api-key", credentials.notifyService().liveApiKey());
    props.put("council-platform.pay.base-url", url);
    for (String account : accounts) {
      String prefix = "council-platform.pay.accounts." + account;
      props.put(prefix + ".api-key", credentials.pay().apiKey());
      props.put(prefix + ".webhook-secrets", credentials.pay().webhookSigningSecret());
    }
    SandboxCredentials.OneLogin oneLogin = credentials.oneLogin();
    props.put("council-platform.one-login.base-url", url);
    props.put("council-platform.one-login.client-id", oneLogin.clientId());
    props.put("council-platform.one-login.private-key", oneLogin.privateKeyPem());
    // Empty binds as no resource: the sandbox's key replaces a key file the application names.
    props.put("council-platform.one-login.private-key-location", "");
    props.put("council-platform.one-login.redirect-uri", oneLogin.redirectUri().toString());
    props.put("council-platform.one-login.post-logout-redirect-uri", oneLogin.postLogoutRedirectUri().toString());
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(NAME, props));
    DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
    beans.registerSingleton(NAME, sandbox);
    beans.registerDisposableBean(NAME, sandbox::close);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SandboxContextCustomizer;
  }

  @Override
  public int hashCode() {
    return SandboxContextCustomizer.class.hashCode();
  }
}
