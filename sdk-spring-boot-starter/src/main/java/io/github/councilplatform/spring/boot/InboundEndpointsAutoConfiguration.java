package io.github.councilplatform.spring.boot;

import io.github.councilplatform.identity.OneLoginApi;
import io.github.councilplatform.spring.boot.inbound.InMemorySeenMessageStore;
import io.github.councilplatform.spring.boot.inbound.NotifyDeliveryReceiptEvent;
import io.github.councilplatform.spring.boot.inbound.NotifyReceivedTextEvent;
import io.github.councilplatform.spring.boot.inbound.OneLoginLogoutEvent;
import io.github.councilplatform.spring.boot.inbound.PayWebhookReceivedEvent;
import io.github.councilplatform.spring.boot.inbound.SeenMessageStore;
import io.github.councilplatform.spring.boot.internal.inbound.InboundEndpoint;
import io.github.councilplatform.spring.boot.internal.inbound.NotifyCallbackAdapter;
import io.github.councilplatform.spring.boot.internal.inbound.OneLoginLogoutAdapter;
import io.github.councilplatform.spring.boot.internal.inbound.PayWebhookAdapter;
import io.github.councilplatform.spring.boot.properties.EndpointProperties;
import io.github.councilplatform.spring.boot.properties.InboundProperties;
import io.github.councilplatform.spring.boot.properties.NotifyProperties;
import io.github.councilplatform.spring.boot.properties.PayProperties;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The inbound endpoints, each off until its {@code ...enabled} property is {@code true}: Notify delivery receipts
 * and received texts, Pay webhooks, One Login back-channel logout. Each answers 200 once the message is verified
 * and published, 401 for a bad credential (nothing published), 400 for a genuine but unreadable body.
 */
@AutoConfiguration(after = {CouncilPlatformAutoConfiguration.class, OneLoginAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(RouterFunction.class)
public class InboundEndpointsAutoConfiguration {

  /**
   * The default seen-store: bounded, in memory, per instance.
   *
   * @param props {@code council-platform.inbound.*}
   * @return the store
   */
  @Bean
  @ConditionalOnMissingBean
  SeenMessageStore councilPlatformSeenMessageStore(InboundProperties props) {
    try {
      return new InMemorySeenMessageStore(props.getSeenCapacity(), props.getSeenFor(), Clock.systemUTC());
    } catch (IllegalArgumentException e) {
      throw new InvalidCouncilPlatformPropertyException("council-platform.inbound", e.getMessage(),
          "Set council-platform.inbound.seen-capacity to at least 1 and seen-for to a positive duration");
    }
  }

  private static RouterFunction<ServerResponse> post(EndpointProperties endpoint, String property,
      InboundEndpoint<?> handler) {
    String path = endpoint.getPath();
    if (path == null || !path.startsWith("/")) {
      throw new InvalidCouncilPlatformPropertyException(property + ".path", "the path '" + path
          + "' does not begin with a slash", "Give the path the platform is told to call, for example /callbacks/x");
    }
    return RouterFunctions.route().POST(path, handler).build();
  }

  /** Notify's callbacks. */
  @Configuration(proxyBeanMethods = false)
  static class NotifyEndpoints {

    /**
     * The delivery receipts endpoint.
     *
     * @param props the Notify settings
     * @param seen the seen-store
     * @param publisher where events go
     * @return the route
     */
    @Bean
    @ConditionalOnProperty(prefix = "council-platform.notify.delivery-receipts", name = "enabled",
        havingValue = "true")
    RouterFunction<ServerResponse> councilPlatformNotifyDeliveryReceipts(NotifyProperties props,
        SeenMessageStore seen, ApplicationEventPublisher publisher) {
      var adapter = NotifyCallbackAdapter.deliveryReceipts(tokens(props));
      return post(props.getDeliveryReceipts(), "council-platform.notify.delivery-receipts",
          new InboundEndpoint<>(adapter, seen, publisher,
              (receipt, repeat) -> new NotifyDeliveryReceiptEvent(adapter, receipt, repeat)));
    }

    /**
     * The received text messages endpoint.
     *
     * @param props the Notify settings
     * @param seen the seen-store
     * @param publisher where events go
     * @return the route
     */
    @Bean
    @ConditionalOnProperty(prefix = "council-platform.notify.received-texts", name = "enabled", havingValue = "true")
    RouterFunction<ServerResponse> councilPlatformNotifyReceivedTexts(NotifyProperties props, SeenMessageStore seen,
        ApplicationEventPublisher publisher) {
      var adapter = NotifyCallbackAdapter.receivedTexts(tokens(props));
      return post(props.getReceivedTexts(), "council-platform.notify.received-texts",
          new InboundEndpoint<>(adapter, seen, publisher,
              (message, repeat) -> new NotifyReceivedTextEvent(adapter, message, repeat)));
    }

    private static List<String> tokens(NotifyProperties props) {
      List<String> tokens = props.getCallbackBearerTokens();
      String property = "council-platform.notify.callback-bearer-tokens";
      if (tokens.isEmpty()) {
        throw new InvalidCouncilPlatformPropertyException(property, "a Notify callback endpoint is enabled but no"
            + " bearer token is set, so no callback could be told from a forgery",
            "Set it to the bearer token entered on Notify's API integration > Callbacks page");
      }
      try {
        // Built once here, so a token Notify would refuse fails the start, not the first callback.
        io.github.councilplatform.notify.NotifyCallbacks.verifier(tokens);
      } catch (IllegalArgumentException e) {
        throw new InvalidCouncilPlatformPropertyException(property, e.getMessage(),
            "Use the same token as on Notify's Callbacks page (at least 10 characters)");
      }
      return tokens;
    }
  }

  /** Pay's webhooks. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(prefix = "council-platform.pay.webhooks", name = "enabled", havingValue = "true")
  static class PayEndpoints {

    /**
     * The webhooks endpoint, for every account.
     *
     * @param props the Pay settings
     * @param seen the seen-store
     * @param publisher where events go
     * @return the route
     */
    @Bean
    RouterFunction<ServerResponse> councilPlatformPayWebhooks(PayProperties props, SeenMessageStore seen,
        ApplicationEventPublisher publisher) {
      Map<String, List<String>> secrets = new LinkedHashMap<>();
      props.getAccounts().forEach((name, account) -> secrets.put(name, account.getWebhookSecrets()));
      if (secrets.values().stream().allMatch(List::isEmpty)) {
        throw new InvalidCouncilPlatformPropertyException("council-platform.pay.accounts.<name>.webhook-secrets",
            "the Pay webhooks endpoint is enabled but no account has a webhook signing secret, so no webhook"
            + " could be told from a forgery", "Set each account's webhook-secrets to the signing secret GOV.UK"
            + " Pay's admin tool shows on the webhook's page");
      }
      PayWebhookAdapter adapter;
      try {
        adapter = new PayWebhookAdapter(secrets);
      } catch (IllegalArgumentException e) {
        throw new InvalidCouncilPlatformPropertyException("council-platform.pay.accounts.<name>.webhook-secrets",
            e.getMessage(), "Copy the signing secret exactly as GOV.UK Pay's admin tool shows it");
      }
      return post(props.getWebhooks(), "council-platform.pay.webhooks", new InboundEndpoint<>(adapter, seen,
          publisher, (m, repeat) -> new PayWebhookReceivedEvent(adapter, m.account(), m.webhook(), repeat)));
    }
  }

  /** One Login's back-channel logout. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(prefix = "council-platform.one-login.back-channel-logout", name = "enabled",
      havingValue = "true")
  static class OneLoginEndpoints {

    /**
     * The back-channel logout endpoint.
     *
     * @param props the One Login settings
     * @param oneLogin the client that verifies logout tokens
     * @param seen the seen-store
     * @param publisher where events go
     * @return the route
     */
    @Bean
    RouterFunction<ServerResponse> councilPlatformOneLoginBackChannelLogout(
        io.github.councilplatform.spring.boot.properties.OneLoginProperties props, ObjectProvider<OneLoginApi> oneLogin,
        SeenMessageStore seen, ApplicationEventPublisher publisher) {
      OneLoginApi client = oneLogin.getIfAvailable();
      if (client == null) {
        throw new InvalidCouncilPlatformPropertyException("council-platform.one-login.client-id", "the back-channel"
            + " logout endpoint is enabled but there is no One Login client to verify logout tokens with",
            "Set council-platform.one-login.client-id and private-key, or define a OneLoginApi bean");
      }
      var adapter = new OneLoginLogoutAdapter(client);
      return post(props.getBackChannelLogout(), "council-platform.one-login.back-channel-logout",
          new InboundEndpoint<>(adapter, seen, publisher,
              (subject, repeat) -> new OneLoginLogoutEvent(adapter, subject, repeat)));
    }
  }
}
