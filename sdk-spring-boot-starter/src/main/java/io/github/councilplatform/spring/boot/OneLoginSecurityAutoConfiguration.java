package io.github.councilplatform.spring.boot;

import io.github.councilplatform.spring.boot.properties.EndpointProperties;
import io.github.councilplatform.spring.boot.properties.NotifyProperties;
import io.github.councilplatform.spring.boot.properties.OneLoginProperties;
import io.github.councilplatform.spring.boot.properties.PayProperties;
import io.github.councilplatform.spring.boot.security.OneLoginBackChannelLogout;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * What One Login sign-in in Spring Security needs beside the configurer
 * ({@link io.github.councilplatform.spring.boot.security.OneLoginSecurity#oneLogin()}): a session registry, so a
 * back-channel logout can find the resident's sessions, and the listener that ends them; and the starter's inbound
 * endpoints kept out of the security filter chain, since they carry their own signature or token checks (a
 * platform has no session or CSRF token).
 */
@AutoConfiguration(after = {OneLoginAutoConfiguration.class, InboundEndpointsAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({WebSecurityCustomizer.class, OidcUser.class, HttpSessionEventPublisher.class})
public class OneLoginSecurityAutoConfiguration {

  /**
   * Spring Security's in-memory session registry, unless the application has one (Spring Session's
   * {@code SpringSessionBackedSessionRegistry} for sessions shared by several instances).
   *
   * @return the registry
   */
  @Bean
  @ConditionalOnMissingBean
  SessionRegistry councilPlatformSessionRegistry() {
    return new SessionRegistryImpl();
  }

  /**
   * Tells the in-memory registry when a session ends or changes its id.
   *
   * @return the publisher
   */
  @Bean
  @ConditionalOnMissingBean
  HttpSessionEventPublisher councilPlatformHttpSessionEventPublisher() {
    return new HttpSessionEventPublisher();
  }

  /**
   * Ends the Spring sessions of a resident One Login logged out.
   *
   * @param sessions the registry
   * @return the listener
   */
  @Bean
  @ConditionalOnMissingBean
  OneLoginBackChannelLogout councilPlatformOneLoginSessionEnder(SessionRegistry sessions) {
    return new OneLoginBackChannelLogout(sessions);
  }

  /**
   * Keeps the enabled inbound endpoints out of the security filter chain.
   *
   * @param notify Notify's settings
   * @param pay Pay's settings
   * @param oneLogin One Login's settings
   * @return the customizer
   */
  @Bean
  WebSecurityCustomizer councilPlatformInboundEndpointsUnsecured(ObjectProvider<NotifyProperties> notify,
      ObjectProvider<PayProperties> pay, ObjectProvider<OneLoginProperties> oneLogin) {
    List<EndpointProperties> endpoints = new ArrayList<>();
    notify.ifAvailable(n -> {
      endpoints.add(n.getDeliveryReceipts());
      endpoints.add(n.getReceivedTexts());
    });
    pay.ifAvailable(p -> endpoints.add(p.getWebhooks()));
    oneLogin.ifAvailable(o -> endpoints.add(o.getBackChannelLogout()));
    String[] paths = endpoints.stream().filter(EndpointProperties::isEnabled).map(EndpointProperties::getPath)
        .toArray(String[]::new);
    return web -> {
      if (paths.length > 0) {
        web.ignoring().requestMatchers(org.springframework.http.HttpMethod.POST, paths);
      }
    };
  }
}
