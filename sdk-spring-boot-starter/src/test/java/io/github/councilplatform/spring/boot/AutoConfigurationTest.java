package io.github.councilplatform.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplatform.notify.NotifyApi;
import io.github.councilplatform.notify.NotifyClient;
import io.github.councilplatform.pay.PayApi;
import io.github.councilplatform.pay.PayClient;
import io.github.councilplatform.identity.OneLoginApi;
import io.github.councilplatform.spring.boot.internal.SharedHttpClient;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Start-up validation, bean back-off, per-account Pay beans and shutdown, without a server. */
@ExtendWith(OutputCaptureExtension.class)
class AutoConfigurationTest {

  static final String NOTIFY_KEY = "starter_test-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0";
  static final String PAY_KEY = "api_test_abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz";
  static final String PAY_LIVE_KEY = "api_live_abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxy";

  final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
      CouncilPlatformAutoConfiguration.class, NotifyAutoConfiguration.class, PayAutoConfiguration.class,
      OneLoginAutoConfiguration.class));

  @Test
  void nothingConfiguredNoClients() {
    runner.run(ctx -> {
      assertThat(ctx).hasNotFailed().doesNotHaveBean(NotifyApi.class).doesNotHaveBean(PayApi.class)
          .doesNotHaveBean(OneLoginApi.class);
    });
  }

  @Test
  void aMalformedNotifyKeyFailsTheStartNamingTheProperty() {
    runner.withPropertyValues("council-platform.notify.api-key=not-a-key").run(ctx -> {
      assertThat(ctx).hasFailed();
      assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(InvalidCouncilPlatformPropertyException.class)
          .hasMessageStartingWith("council-platform.notify.api-key: ").hasMessageNotContaining("not-a-key")
          .hasMessageContaining("API keys page");
    });
  }

  @Test
  void aPayKeyGivenToNotifyIsRefusedWithoutShowingIt() {
    runner.withPropertyValues("council-platform.notify.api-key=" + PAY_KEY).run(ctx -> {
      assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(InvalidCouncilPlatformPropertyException.class)
          .hasMessageContaining("council-platform.notify.api-key").hasMessageContaining("GOV.UK Pay")
          .hasMessageNotContaining(PAY_KEY);
    });
  }

  @Test
  void aPayAccountWithoutAKeyIsNamed() {
    runner.withPropertyValues("council-platform.pay.accounts.parking.webhook-secrets=whsec").run(ctx -> {
      assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(InvalidCouncilPlatformPropertyException.class)
          .hasMessageStartingWith("council-platform.pay.accounts.parking.api-key: ");
    });
  }

  @Test
  void aNegativeTimeoutIsNamed() {
    runner.withPropertyValues("council-platform.notify.api-key=" + NOTIFY_KEY,
        "council-platform.notify.read-timeout=-1s").run(ctx -> {
      assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(InvalidCouncilPlatformPropertyException.class)
          .hasMessageStartingWith("council-platform.notify.read-timeout: ");
    });
  }

  @Test
  void aOneLoginClientWithoutAPrivateKeyIsNamed() {
    runner.withPropertyValues("council-platform.one-login.client-id=abc").run(ctx -> {
      assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(InvalidCouncilPlatformPropertyException.class)
          .hasMessageStartingWith("council-platform.one-login.private-key: ")
          .hasMessageContaining("private-key-location");
    });
  }

  @Test
  void aOneLoginKeyThatIsNotPemIsNamedAndNotShown() {
    runner.withPropertyValues("council-platform.one-login.client-id=abc",
        "council-platform.one-login.private-key=secret-but-not-pem",
        "council-platform.one-login.redirect-uri=https://council.example/signed-in").run(ctx -> {
      assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(InvalidCouncilPlatformPropertyException.class)
          .hasMessageStartingWith("council-platform.one-login.private-key: ")
          .hasMessageNotContaining("secret-but-not-pem");
    });
  }

  @Test
  void aOneLoginClientWithoutARedirectUriIsNamed() {
    runner.withPropertyValues("council-platform.one-login.client-id=abc",
        "council-platform.one-login.private-key=pem").run(ctx -> {
      assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(InvalidCouncilPlatformPropertyException.class)
          .hasMessageStartingWith("council-platform.one-login.redirect-uri: ");
    });
  }

  @Test
  void oneAccountIsPrimaryAndQualified() {
    runner.withPropertyValues("council-platform.pay.accounts.parking.api-key=" + PAY_KEY).run(ctx -> {
      assertThat(ctx).hasNotFailed().hasSingleBean(PayApi.class).hasBean("parkingPayClient");
      assertThat(ctx.getBean(PayApi.class)).isSameAs(
          BeanFactoryAnnotationUtils.qualifiedBeanOfType(ctx.getBeanFactory(), PayApi.class, "parking"));
    });
  }

  @Test
  void severalAccountsEachQualifiedNoneSilentlyPrimary() {
    runner.withPropertyValues("council-platform.pay.accounts.parking.api-key=" + PAY_KEY,
        "council-platform.pay.accounts.council-tax.api-key=" + PAY_KEY).run(ctx -> {
      assertThat(ctx).hasNotFailed();
      assertThat(ctx.getBeansOfType(PayApi.class)).containsOnlyKeys("parkingPayClient", "council-taxPayClient");
      PayApi parking = BeanFactoryAnnotationUtils.qualifiedBeanOfType(ctx.getBeanFactory(), PayApi.class, "parking");
      PayApi councilTax = BeanFactoryAnnotationUtils.qualifiedBeanOfType(ctx.getBeanFactory(), PayApi.class, "council-tax");
      assertThat(parking).isNotSameAs(councilTax);
      assertThat(ctx.getBeanFactory().getBeanDefinition("parkingPayClient").isPrimary()).isFalse();
    });
  }

  @Test
  void aLivePayKeyOutsideProductionWarnsWithoutShowingTheKey(CapturedOutput output) {
    runner.withPropertyValues("council-platform.pay.accounts.parking.api-key=" + PAY_LIVE_KEY).run(ctx -> {
      assertThat(ctx).hasNotFailed();
      ctx.getBean(PayApi.class);
    });
    assertThat(output).contains("council-platform.pay.accounts.parking.api-key is a live GOV.UK Pay key")
        .doesNotContain(PAY_LIVE_KEY);
  }

  @Test
  void aLivePayKeyInAProductionProfileDoesNotWarn(CapturedOutput output) {
    runner.withPropertyValues("council-platform.pay.accounts.parking.api-key=" + PAY_LIVE_KEY,
        "spring.profiles.active=prod").run(ctx -> {
      assertThat(ctx).hasNotFailed();
      ctx.getBean(PayApi.class);
    });
    assertThat(output).doesNotContain("is a live GOV.UK Pay key");
  }

  @Test
  void theApplicationsOwnBeansWin() {
    runner.withUserConfiguration(OwnClients.class)
        .withPropertyValues("council-platform.notify.api-key=" + NOTIFY_KEY,
            "council-platform.pay.accounts.parking.api-key=" + PAY_KEY)
        .run(ctx -> {
          assertThat(ctx).hasNotFailed().hasSingleBean(NotifyApi.class).hasSingleBean(PayApi.class);
          assertThat(ctx.getBean(NotifyApi.class)).isSameAs(ctx.getBean("myNotify"));
          assertThat(ctx.getBean(PayApi.class)).isSameAs(ctx.getBean("myPay"));
          assertThat(ctx).doesNotHaveBean("parkingPayClient");
        });
  }

  @Test
  void clientsShareOneHttpClientWhichIsClosedOnShutdown() {
    OkHttpClient[] shared = new OkHttpClient[1];
    runner.withPropertyValues("council-platform.notify.api-key=" + NOTIFY_KEY,
        "council-platform.pay.accounts.parking.api-key=" + PAY_KEY).run(ctx -> {
      shared[0] = ctx.getBean(SharedHttpClient.class).client();
      assertThat(shared[0].dispatcher().executorService().isShutdown()).isFalse();
      assertThat(ctx.getBean(NotifyClient.class)).isNotNull();
      assertThat(ctx.getBean(PayClient.class)).isNotNull();
    });
    assertThat(shared[0].dispatcher().executorService().isShutdown()).isTrue();
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnClients {
    @Bean(destroyMethod = "close")
    NotifyApi myNotify() {
      return NotifyClient.builder().apiKey(NOTIFY_KEY).build();
    }

    @Bean(destroyMethod = "close")
    PayApi myPay() {
      return PayClient.builder().apiKey(PAY_KEY).build();
    }
  }
}
