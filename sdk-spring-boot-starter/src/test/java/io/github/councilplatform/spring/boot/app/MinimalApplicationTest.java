package io.github.councilplatform.spring.boot.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplatform.identity.OneLoginApi;
import io.github.councilplatform.identity.SignInOptions;
import io.github.councilplatform.identity.SignInResult;
import io.github.councilplatform.identity.SignInStart;
import io.github.councilplatform.notify.EmailRequest;
import io.github.councilplatform.notify.EmailResponse;
import io.github.councilplatform.notify.NotifyApi;
import io.github.councilplatform.pay.CreatePaymentRequest;
import io.github.councilplatform.pay.PayApi;
import io.github.councilplatform.pay.Payment;
import io.github.councilplatform.pay.PaymentStatus;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.TestCard;
import io.github.councilplatform.spring.boot.test.AutoConfigureCouncilPlatformSandbox;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The README's minimal application: the five properties (placeholders the sandbox annotation fills in), then an
 * email sent, a payment taken and a resident signed in, all against the real sandbox.
 */
@SpringBootTest(classes = StarterTestApplication.class, properties = {
    "council-platform.notify.api-key=${NOTIFY_API_KEY:unset}",
    "council-platform.pay.accounts.parking.api-key=${PAY_API_KEY:unset}",
    "council-platform.one-login.client-id=${ONE_LOGIN_CLIENT_ID:unset}",
    "council-platform.one-login.private-key=${ONE_LOGIN_PRIVATE_KEY:unset}",
    "council-platform.one-login.redirect-uri=https://council.example/signed-in"})
@AutoConfigureCouncilPlatformSandbox
class MinimalApplicationTest {

  @Autowired Sandbox sandbox;
  @Autowired NotifyApi notify;
  @Autowired PayApi pay;
  @Autowired @Qualifier("parking") PayApi parking;
  @Autowired OneLoginApi oneLogin;

  @Test
  void sendsAnEmail() {
    var creds = sandbox.credentials().notifyService();
    EmailResponse sent = notify.sendEmail(EmailRequest.builder()
        .templateId(UUID.fromString(creds.templateIds().email())).emailAddress("sam@example.com")
        .personalisation(Map.of("name", "Sam")).reference("permit-1").build());
    assertThat(sandbox.notifications().sentTo("sam@example.com")).singleElement()
        .satisfies(n -> assertThat(n.id()).isEqualTo(sent.id().toString()));
  }

  @Test
  void takesAPaymentOnTheOnlyAccountWhichIsPrimary() {
    assertThat(pay).isSameAs(parking);
    Payment created = pay.createPayment(CreatePaymentRequest.builder().amount(2500).reference("PERMIT-1")
        .description("Resident parking permit").returnUrl("https://council.example/paid").build());
    sandbox.pay().complete(created.paymentId(), TestCard.VISA);
    assertThat(pay.getPayment(created.paymentId()).state().status()).isEqualTo(PaymentStatus.SUCCESS);
  }

  @Test
  void signsAResidentIn() {
    SignInStart start = oneLogin.startSignIn(SignInOptions.defaults());
    URI callback = sandbox.oneLogin().signInAs("kenneth-decerqueira", start.authorizationUri());
    SignInResult result = oneLogin.finishSignIn(callback, start.session());
    assertThat(result.subject()).startsWith("urn:fdc:gov.uk:2022:");
  }
}
