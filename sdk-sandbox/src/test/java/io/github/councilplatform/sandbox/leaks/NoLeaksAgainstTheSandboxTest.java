package io.github.councilplatform.sandbox.leaks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.councilplatform.identity.IdentityClaim;
import io.github.councilplatform.identity.OneLoginClient;
import io.github.councilplatform.identity.SignInOptions;
import io.github.councilplatform.identity.SignInResult;
import io.github.councilplatform.identity.SignInStart;
import io.github.councilplatform.identity.TrustLevel;
import io.github.councilplatform.identity.VerifiedIdentity;
import io.github.councilplatform.notify.EmailRequest;
import io.github.councilplatform.notify.EmailResponse;
import io.github.councilplatform.notify.LetterRequest;
import io.github.councilplatform.notify.LetterResponse;
import io.github.councilplatform.notify.Notification;
import io.github.councilplatform.notify.NotifyCallback;
import io.github.councilplatform.notify.NotifyCallbackVerifier;
import io.github.councilplatform.notify.NotifyCallbacks;
import io.github.councilplatform.notify.NotifyClient;
import io.github.councilplatform.notify.SmsRequest;
import io.github.councilplatform.notify.SmsResponse;
import io.github.councilplatform.pay.Address;
import io.github.councilplatform.pay.CreatePaymentRequest;
import io.github.councilplatform.pay.PayClient;
import io.github.councilplatform.pay.PayWebhookVerifier;
import io.github.councilplatform.pay.PayWebhooks;
import io.github.councilplatform.pay.Payment;
import io.github.councilplatform.pay.PrefilledCardholderDetails;
import io.github.councilplatform.pay.Refund;
import io.github.councilplatform.pay.WebhookEvent;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs each platform's flows against the sandbox with all logging at TRACE, provoking the SDK's refusals on
 * the way, and scans every SDK log line, every {@code toString()} of what the SDK returned and every exception
 * chain it threw for the run's secrets (API keys, signing secrets, the client's private key, tokens, state,
 * nonce, PKCE verifier, authorisation code) and the resident's personal values.
 */
@ExtendWith(SandboxExtension.class)
class NoLeaksAgainstTheSandboxTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  // A resident whose every value is distinctive, so a match can only be a leak.
  private static final String GIVEN = "Oluwaseun";
  private static final String FAMILY = "Achterberg";
  private static final String EMAIL = "oluwaseun.achterberg@example.org";
  private static final String BAD_EMAIL = "oluwaseun.achterberg.at.example.org";
  private static final String PHONE = "07700900987";
  private static final String PHONE_E164 = "+447700900987";
  private static final String STREET = "QUILLWORT LANE";
  private static final String TOWN = "Tewkesbury";
  private static final String POSTCODE = "GL20 5AA";
  private static final String BIRTH_DATE = "1979-11-23";
  private static final String PASSPORT = "548213967";
  private static final String CARD = "4444333322221111";

  private static CapturedOutput capture() {
    return new CapturedOutput().secret(GIVEN).secret(FAMILY).secret(EMAIL).secret(BAD_EMAIL).secret(PHONE)
        .secret(PHONE_E164).secret(STREET).secret(TOWN).secret(POSTCODE).secret(BIRTH_DATE).secret(PASSPORT)
        .secret(CARD);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> info(Sandbox sandbox, String platform) {
    return (Map<String, Object>) sandbox.info().get(platform);
  }

  /** The secret half of a Notify key ({@code name-serviceId-secret}) and the whole key. */
  private static void notifyKey(CapturedOutput out, String key) {
    out.secret(key).secret(key.substring(key.length() - 36));
  }

  @Test
  void notifyFlowsLeakNothing(Sandbox sandbox) throws Exception {
    try (CapturedOutput out = capture(); CallbackPeer peer = new CallbackPeer()) {
      Map<String, Object> notifyInfo = info(sandbox, "notify");
      String apiKey = notifyInfo.get("apiKey").toString();
      notifyKey(out, apiKey);
      notifyKey(out, notifyInfo.get("teamApiKey").toString());
      notifyKey(out, notifyInfo.get("testApiKey").toString());
      String callbackToken = "notify-callback-" + UUID.randomUUID();
      out.secret(callbackToken);
      admin(sandbox, "POST", "/_sandbox/notify/callbacks/delivery-status",
          "{\"url\":\"" + peer.url("/notify") + "\",\"bearerToken\":\"" + callbackToken + "\"}");
      @SuppressWarnings("unchecked")
      Map<String, Object> templates = (Map<String, Object>) notifyInfo.get("templates");
      UUID emailTemplate = UUID.fromString(templates.get("email").toString());
      UUID smsTemplate = UUID.fromString(templates.get("sms").toString());
      UUID letterTemplate = UUID.fromString(templates.get("letter").toString());
      NotifyClient notify = NotifyClient.builder().baseUrl(sandbox.baseUrl()).clock(sandbox.clock()).apiKey(apiKey)
          .sleeper(sandbox::advanceClock).build();
      Map<String, String> name = Map.of("name", GIVEN + " " + FAMILY);

      EmailResponse email = notify.sendEmail(EmailRequest.builder().templateId(emailTemplate).emailAddress(EMAIL)
          .personalisation(name).reference("leak-email").build());
      SmsResponse sms = notify.sendSms(SmsRequest.builder().templateId(smsTemplate).phoneNumber(PHONE)
          .personalisation(name).reference("leak-sms").build());
      LetterResponse letter = notify.sendLetter(LetterRequest.builder().templateId(letterTemplate)
          .address(GIVEN + " " + FAMILY, "27 " + STREET, TOWN).postcode(POSTCODE).personalisation(name)
          .reference("leak-letter").build());
      assertThat(email.content().body()).contains(FAMILY);
      out.printed(notify, email, email.content(), sms, sms.content(), letter, letter.content(),
          notify.previewTemplate(emailTemplate, name), notify.previewTemplate(letterTemplate, name),
          notify.getTemplate(emailTemplate), notify.listTemplates());
      for (UUID id : new UUID[] {email.id(), sms.id(), letter.id()}) {
        out.printed(notify.getNotification(id));
      }
      for (Notification n : notify.findNotificationsByReference("leak-email")) {
        out.printed(n);
      }
      Notification done = notify.awaitFinalStatus(email.id(), Duration.ofMinutes(5));
      out.printed(done);

      CallbackPeer.Received callback = peer.next("/notify");
      String auth = callback.headers().get("Authorization");
      out.secret(auth);
      NotifyCallbackVerifier verifier = NotifyCallbacks.verifier(callbackToken);
      NotifyCallback parsed = verifier.verify(auth, callback.body());
      out.printed(verifier, parsed);
      // Hostile copies of the genuine callback: a timestamp, a UUID and the JSON itself carry personal values.
      String body = callback.text();
      out.thrown(catchThrowable(() -> verifier.verify(auth, replaceField(body, "created_at", EMAIL))));
      out.thrown(catchThrowable(() -> verifier.verify(auth, replaceField(body, "id", PHONE))));
      out.thrown(catchThrowable(() -> verifier.verify(auth, ("{\"to\":\"" + EMAIL + "\" \"" + STREET + "\"}")
          .getBytes(StandardCharsets.UTF_8))));
      out.thrown(catchThrowable(() -> verifier.verify("Bearer " + callbackToken + "x", callback.body())));
      out.thrown(catchThrowable(() -> verifier.verify((String) null, null)));
      // Requests the SDK or Notify refuses, each holding a personal value.
      out.thrown(catchThrowable(() -> notify.sendEmail(EmailRequest.builder().templateId(emailTemplate)
          .emailAddress(BAD_EMAIL).personalisation(name).build())));
      out.thrown(catchThrowable(() -> notify.sendSms(SmsRequest.builder().templateId(smsTemplate)
          .phoneNumber(PHONE + "99999").personalisation(name).build())));
      out.thrown(catchThrowable(() -> notify.sendEmail(EmailRequest.builder().templateId(UUID.randomUUID())
          .emailAddress(EMAIL).personalisation(name).build())));

      assertThat(out.sdkLogLineCount()).as("the SDK logged its HTTP calls at DEBUG").isPositive();
      out.assertNothingLeaked();
    }
  }

  @Test
  void payFlowsLeakNothing(Sandbox sandbox) throws Exception {
    try (CapturedOutput out = capture(); CallbackPeer peer = new CallbackPeer()) {
      Map<String, Object> payInfo = info(sandbox, "pay");
      String secret = payInfo.get("webhookSigningSecret").toString();
      out.secret(payInfo.get("apiKey").toString()).secret(secret);
      admin(sandbox, "POST", "/_sandbox/pay/webhooks", "{\"callbackUrl\":\"" + peer.url("/pay")
          + "\",\"description\":\"leak scan\"}");
      PayClient pay = sandbox.payClient();
      Payment created = pay.createPayment(CreatePaymentRequest.builder().amount(1450).reference("leak-pay-1")
          .description("Garden waste").returnUrl("https://council.example/pay/return").email(EMAIL)
          .prefilledCardholderDetails(new PrefilledCardholderDetails(GIVEN + " " + FAMILY,
              new Address("27 " + STREET, null, POSTCODE, TOWN, "GB")))
          .build());
      String chargeToken = created.links().nextUrlPost().params().get("chargeTokenId").toString();
      out.secret(chargeToken);
      out.printed(pay, created, created.links(), created.state());
      admin(sandbox, "POST", "/_sandbox/pay/payments/" + created.paymentId() + "/complete",
          "{\"cardNumber\":\"" + CARD + "\",\"cardholderName\":\"" + GIVEN + " " + FAMILY + "\",\"confirm\":true}");
      Payment paid = pay.getPayment(created.paymentId());
      Refund refund = pay.refundPayment(paid.paymentId(), 500);
      out.printed(paid, paid.cardDetails(), paid.links(), paid.refundSummary(), paid.settlementSummary(), refund,
          pay.getRefund(paid.paymentId(), refund.refundId()), pay.listRefunds(paid.paymentId()),
          pay.getPaymentEvents(paid.paymentId()), pay.findPaymentsByReference("leak-pay-1"),
          pay.reconcilePayments(java.util.List.of(paid.paymentId(), "no-such-payment-id-000000000")));
      out.thrown(catchThrowable(() -> pay.refundPayment(paid.paymentId(), 999_999)));
      // Pay refuses an over-long email address; the SDK's message must not quote it.
      out.thrown(catchThrowable(() -> pay.createPayment(CreatePaymentRequest.builder().amount(100)
          .reference("leak-pay-2").description("x").returnUrl("https://council.example/r")
          .email(BAD_EMAIL.repeat(10)).build())));

      CallbackPeer.Received webhook = peer.next("/pay");
      String signature = webhook.headers().get(PayWebhooks.SIGNATURE_HEADER);
      PayWebhookVerifier hooks = PayWebhooks.verifier(secret);
      WebhookEvent event = hooks.verify(signature, webhook.body());
      out.printed(hooks, event, event.payment());
      out.thrown(catchThrowable(() -> hooks.verify("0".repeat(64), webhook.body())));
      out.thrown(catchThrowable(() -> hooks.verify(signature, (byte[]) null)));
      out.thrown(catchThrowable(() -> hooks.verify(null, (String) null)));
      String garbage = "{\"email\":\"" + EMAIL + "\",\"card\":\"" + CARD;
      out.thrown(catchThrowable(() -> hooks.verify(PayWebhooks.sign(garbage, secret), garbage)));

      assertThat(out.sdkLogLineCount()).as("the SDK logged its HTTP calls at DEBUG").isPositive();
      out.assertNothingLeaked();
    }
  }

  @Test
  void oneLoginFlowsLeakNothing(Sandbox sandbox) throws Exception {
    try (CapturedOutput out = capture(); CallbackPeer peer = new CallbackPeer()) {
      Map<String, Object> olInfo = info(sandbox, "oneLogin");
      String pem = olInfo.get("privateKeyPem").toString();
      String keyBody = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      for (int i = 0; i + 48 <= keyBody.length(); i += 48) {
        out.secret(keyBody.substring(i, i + 48));
      }
      admin(sandbox, "POST", "/_sandbox/one-login/users", "{\"id\":\"leak-resident\",\"givenNames\":[\"" + GIVEN
          + "\"],\"familyName\":\"" + FAMILY + "\",\"birthDate\":\"" + BIRTH_DATE + "\",\"email\":\"" + EMAIL
          + "\",\"phoneNumber\":\"" + PHONE_E164 + "\",\"identityProven\":true,\"addresses\":[{\"buildingNumber\":"
          + "\"27\",\"streetName\":\"" + STREET + "\",\"addressLocality\":\"" + TOWN + "\",\"postalCode\":\""
          + POSTCODE + "\",\"addressCountry\":\"GB\",\"validFrom\":\"2015-01-01\"}],\"passports\":[{"
          + "\"documentNumber\":\"" + PASSPORT + "\",\"icaoIssuerCode\":\"GBR\",\"expiryDate\":\"2031-01-01\"}]}");
      admin(sandbox, "PUT", "/_sandbox/one-login/auto-approve", "{\"user\":\"leak-resident\"}");
      admin(sandbox, "PUT", "/_sandbox/one-login/clients/" + olInfo.get("clientId"),
          "{\"backChannelLogoutUri\":\"" + peer.url("/logout") + "\"}");
      OneLoginClient client = sandbox.oneLoginClient();
      SignInOptions options = SignInOptions.builder().trustLevel(TrustLevel.MEDIUM_IDENTITY).email(true).phone(true)
          .identityClaims(IdentityClaim.values()).build();

      SignInStart start = client.startSignIn(options);
      out.secret(start.session().state()).secret(start.session().nonce()).secret(start.session().codeVerifier())
          .secret(start.session().encode());
      URI callback = URI.create(location(get(start.authorizationUri())));
      out.secret(query(callback, "code"));
      SignInResult result = client.finishSignIn(callback, start.session());
      out.secret(result.idToken());
      VerifiedIdentity identity = result.requireIdentity();
      assertThat(identity.currentName().orElseThrow().familyName()).isEqualTo(FAMILY);
      out.printed(client, start, start.session(), result, identity, identity.names(), identity.names().get(0).parts(),
          identity.birthDates(), identity.addresses(), identity.passports(), result.returnCodes());
      // The same callback again: the code is spent. Then a forged one.
      out.thrown(catchThrowable(() -> client.finishSignIn(callback, start.session())));
      out.thrown(catchThrowable(() -> client.finishSignIn(URI.create(callback.toString()
          .replace(start.session().state(), "forged")), start.session())));
      // A core identity the provider breaks on purpose.
      admin(sandbox, "PUT", "/_sandbox/one-login/errors", "{\"coreIdentityErrors\":[\"INCORRECT_SUB\"]}");
      SignInStart broken = client.startSignIn(options);
      out.secret(broken.session().state()).secret(broken.session().nonce()).secret(broken.session().codeVerifier());
      URI brokenCallback = URI.create(location(get(broken.authorizationUri())));
      out.secret(query(brokenCallback, "code"));
      out.thrown(catchThrowable(() -> client.finishSignIn(brokenCallback, broken.session())));
      admin(sandbox, "PUT", "/_sandbox/one-login/errors", "{\"coreIdentityErrors\":[]}");

      // Logout: One Login posts a logout token to the back-channel URI.
      get(client.endSessionUri(result.idToken(), "signed-out-state"));
      String logoutBody = peer.next("/logout").text();
      out.secret(URLDecoder.decode(logoutBody.substring(logoutBody.indexOf('=') + 1), StandardCharsets.UTF_8));
      assertThat(verifyForm(client, logoutBody).subject()).isEqualTo(result.subject());
      out.thrown(catchThrowable(() -> verifyForm(client, logoutBody)));
      out.thrown(catchThrowable(() -> verifyForm(client, "logout_token=" + EMAIL)));
      out.thrown(catchThrowable(() -> verifyForm(client, null)));
      out.thrown(catchThrowable(() -> client.backChannelLogoutVerifier().verifyLogoutToken(result.idToken())));

      assertThat(out.sdkLogLineCount()).as("the SDK logged its HTTP calls at DEBUG").isPositive();
      out.assertNothingLeaked();
    }
  }

  private static byte[] replaceField(String json, String field, String value) {
    String replaced = json.replaceFirst("\"" + field + "\"\\s*:\\s*\"[^\"]*\"", "\"" + field + "\":\"" + value + "\"");
    assertThat(replaced).as("the callback has a '" + field + "' to replace").isNotEqualTo(json);
    return replaced.getBytes(StandardCharsets.UTF_8);
  }

  private static String query(URI uri, String name) {
    for (String pair : uri.getRawQuery().split("&")) {
      if (pair.startsWith(name + "=")) {
        return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no " + name + " in the callback");
  }

  private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String location(HttpResponse<String> r) {
    return r.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no redirect: " + r.statusCode()
        + " " + r.body()));
  }

  private static void admin(Sandbox sandbox, String method, String path, String json) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isBetween(200, 299);
  }

  /** Verifies a back-channel logout request body the way an endpoint does: raw bytes and the request headers. */
  static io.github.councilplatform.identity.BackChannelLogout verifyForm(
      io.github.councilplatform.identity.OneLoginApi client, String form) {
    return client.backChannelLogoutVerifier().verify(
        io.github.councilplatform.core.InboundHeaders.of("Content-Type", "application/x-www-form-urlencoded"),
        form == null ? null : form.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
