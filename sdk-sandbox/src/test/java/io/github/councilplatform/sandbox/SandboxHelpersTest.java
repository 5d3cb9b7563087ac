package io.github.councilplatform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.identity.OneLoginClient;
import io.github.councilplatform.identity.SignInOptions;
import io.github.councilplatform.identity.SignInResult;
import io.github.councilplatform.identity.SignInStart;
import io.github.councilplatform.notify.EmailRequest;
import io.github.councilplatform.notify.NotifyClient;
import io.github.councilplatform.notify.SmsRequest;
import io.github.councilplatform.pay.CreatePaymentRequest;
import io.github.councilplatform.pay.PayClient;
import io.github.councilplatform.pay.Payment;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The typed helpers a test uses to act as the platforms' people: credentials, payers, residents signing in. */
@ExtendWith(SandboxExtension.class)
class SandboxHelpersTest {

  @Test
  @SuppressWarnings("deprecation")
  void credentialsAreTheSeededOnesTypedAndPrintNoSecret(Sandbox sandbox) {
    SandboxCredentials c = sandbox.credentials();
    Map<String, Object> raw = sandbox.info();
    assertThat(c.baseUrl()).isEqualTo(URI.create(sandbox.baseUrl()));
    assertThat(c.notifyService().liveApiKey()).startsWith("sandbox_live-").isEqualTo(
        ((Map<?, ?>) raw.get("notify")).get("apiKey"));
    assertThat(c.notifyService().teamApiKey()).startsWith("sandbox_team-");
    assertThat(c.notifyService().testApiKey()).startsWith("sandbox_test-");
    assertThat(c.notifyService().liveApiKey()).contains(c.notifyService().serviceId());
    assertThat(List.of(c.notifyService().templateIds().email(), c.notifyService().templateIds().sms(),
        c.notifyService().templateIds().letter(), c.notifyService().emailReplyToId(),
        c.notifyService().smsSenderId())).allSatisfy(id -> UUID.fromString(id)).doesNotHaveDuplicates();
    assertThat(c.pay().apiKey()).startsWith("api_test_");
    assertThat(c.pay().webhookSigningSecret()).isNotBlank();
    assertThat(c.oneLogin().clientId()).isNotBlank();
    assertThat(c.oneLogin().privateKeyPem()).startsWith("-----BEGIN PRIVATE KEY-----");
    assertThat(c.oneLogin().residents()).contains("kenneth-decerqueira");
    assertThat(c.toString()).doesNotContain(c.notifyService().liveApiKey(), c.pay().apiKey(),
        c.pay().webhookSigningSecret(), "PRIVATE KEY").contains(c.oneLogin().clientId());

    // The reply-to and sender ids are the ones Notify accepts.
    NotifyClient notify = sandbox.notifyClient();
    notify.sendSms(SmsRequest.builder().templateId(UUID.fromString(c.notifyService().templateIds().sms()))
        .phoneNumber("07700900456").personalisation(Map.of("name", "Sam"))
        .smsSenderId(UUID.fromString(c.notifyService().smsSenderId())).build());
    notify.sendEmail(EmailRequest.builder().templateId(UUID.fromString(c.notifyService().templateIds().email()))
        .emailAddress("sam@example.com").personalisation(Map.of("name", "Sam")).reference("ref-7")
        .emailReplyToId(UUID.fromString(c.notifyService().emailReplyToId())).build());

    List<SentNotification> sent = sandbox.notifications().sent();
    assertThat(sent).extracting(SentNotification::type).containsExactly("email", "sms");
    SentNotification email = sandbox.notifications().sentTo("SAM@example.com").get(0);
    assertThat(email.reference()).isEqualTo("ref-7");
    assertThat(email.subject()).isEqualTo("Hello Sam");
    assertThat(email.keyType()).isEqualTo("live");
    assertThat(email.templateId()).isEqualTo(c.notifyService().templateIds().email());
    assertThat(email.createdAt()).isNotNull();
    assertThat(sandbox.notifications().sentTo("07700 900456")).singleElement()
        .satisfies(s -> assertThat(s.body()).contains("Hello Sam"));
  }

  @Test
  void payerCompletesDeclinesAbandonsOrStopsAtConfirm(Sandbox sandbox) {
    PayClient pay = sandbox.payClient();
    PaySandbox payer = sandbox.pay();

    Payment paid = create(pay);
    PayerOutcome ok = payer.complete(paid.paymentId(), TestCard.VISA);
    assertThat(ok).isEqualTo(new PayerOutcome(paid.paymentId(), "success", true, null, null));
    assertThat(pay.getPayment(paid.paymentId()).isSuccess()).isTrue();

    PayerOutcome declined = payer.decline(create(pay).paymentId());
    assertThat(declined.status()).isEqualTo("failed");
    assertThat(declined.code()).isEqualTo("P0010");

    assertThat(payer.complete(create(pay).paymentId(), TestCard.PROCESSING_ERROR).status()).isEqualTo("error");

    Payment left = create(pay);
    PayerOutcome abandoned = payer.abandon(left.paymentId());
    assertThat(abandoned.status()).isEqualTo("failed");
    assertThat(abandoned.code()).isEqualTo("P0030");
    assertThat(abandoned.finished()).isTrue();

    PayerOutcome waiting = payer.enterCardWithoutConfirming(create(pay).paymentId(), TestCard.MASTERCARD);
    assertThat(waiting.status()).isEqualTo("submitted");
    assertThat(waiting.finished()).isFalse();

    assertThatThrownBy(() -> payer.complete(paid.paymentId(), TestCard.VISA))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("success");
    assertThatThrownBy(() -> payer.abandon(paid.paymentId()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be abandoned");
    assertThatThrownBy(() -> payer.abandon("nosuchpayment")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void residentSignsInAndTheCallbackFinishesSignIn(Sandbox sandbox) {
    OneLoginClient client = sandbox.oneLoginClient();
    SignInStart start = client.startSignIn(SignInOptions.builder().email(true).build());

    URI callback = sandbox.oneLogin().signInAs("kenneth-decerqueira", start.authorizationUri());

    assertThat(callback.toString()).startsWith(sandbox.credentials().oneLogin().redirectUri() + "?code=");
    SignInResult result = client.finishSignIn(callback, start.session());
    assertThat(result.emailAddress()).contains("kenneth.decerqueira@example.com");

    SignInStart again = client.startSignIn(SignInOptions.defaults());
    assertThat(sandbox.oneLogin().cancelSignIn(again.authorizationUri()).getQuery())
        .startsWith("error=access_denied");
    assertThatThrownBy(() -> sandbox.oneLogin().signInAs("nobody", client.startSignIn(SignInOptions.defaults())
        .authorizationUri())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No test resident nobody").hasMessageContaining("kenneth-decerqueira");
  }

  @Test
  void anUnregisteredRedirectUriIsNamedAndCanBeAdded(Sandbox sandbox) {
    SandboxCredentials.OneLogin seeded = sandbox.credentials().oneLogin();
    URI elsewhere = URI.create("http://localhost:9123/callback");
    OneLoginClient other = OneLoginClient.builder().baseUrl(sandbox.baseUrl()).clientId(seeded.clientId())
        .privateKeyPem(seeded.privateKeyPem()).redirectUri(elsewhere).clock(sandbox.clock()).build();
    URI start = other.startSignIn(SignInOptions.defaults()).authorizationUri();

    assertThatThrownBy(() -> sandbox.oneLogin().signInAs("kenneth-decerqueira", start))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid Redirect in request " + elsewhere)
        .hasMessageContaining("addRedirectUri").hasMessageContaining(seeded.redirectUri().toString());

    assertThat(sandbox.oneLogin().addRedirectUri(elsewhere)).containsExactly(seeded.redirectUri(), elsewhere);
    assertThat(sandbox.oneLogin().addRedirectUri(elsewhere)).hasSize(2);
    assertThat(sandbox.oneLogin().signInAs("kenneth-decerqueira", start).toString())
        .startsWith(elsewhere + "?code=");
  }

  @Test
  void autoApproveSignsInWithoutThePage(Sandbox sandbox) {
    OneLoginClient client = sandbox.oneLoginClient();
    sandbox.oneLogin().autoApprove("kenneth-decerqueira");
    SignInStart start = client.startSignIn(SignInOptions.defaults());
    // The auto-approved resident signs in, whoever the helper names, as in a browser.
    URI callback = sandbox.oneLogin().signInAs("kenneth-decerqueira", start.authorizationUri());
    assertThat(client.finishSignIn(callback, start.session()).subject()).startsWith("urn:fdc:gov.uk:2022:");
    sandbox.oneLogin().stopAutoApprove();
    assertThatThrownBy(() -> sandbox.oneLogin().autoApprove("nobody")).isInstanceOf(IllegalArgumentException.class);
  }

  private static Payment create(PayClient pay) {
    return pay.createPayment(CreatePaymentRequest.builder().amount(2500).reference("PERMIT-1")
        .description("Parking permit").returnUrl("https://council.example/return").build());
  }
}
