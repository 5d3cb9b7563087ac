package io.github.councilplatform.spring.boot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.github.councilplatform.identity.OneLoginApi;
import io.github.councilplatform.identity.SignInOptions;
import io.github.councilplatform.identity.SignInResult;
import io.github.councilplatform.identity.SignInStart;
import io.github.councilplatform.notify.NotificationStatus;
import io.github.councilplatform.pay.PayWebhooks;
import io.github.councilplatform.pay.WebhookEventType;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.spring.boot.inbound.NotifyDeliveryReceiptEvent;
import io.github.councilplatform.spring.boot.inbound.NotifyReceivedTextEvent;
import io.github.councilplatform.spring.boot.inbound.OneLoginLogoutEvent;
import io.github.councilplatform.spring.boot.inbound.PayWebhookReceivedEvent;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import io.github.councilplatform.spring.boot.test.AutoConfigureCouncilPlatformSandbox;

/**
 * Each endpoint's accepted, forged, unreadable and repeated cases, over real HTTP, with credentials the sandbox
 * seeded (Pay's webhook signing secret, One Login's signing key) and the bearer token the service chose.
 */
@SpringBootTest(classes = StarterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
        "council-platform.notify.callback-bearer-tokens=callback-token-1234567",
        "council-platform.notify.delivery-receipts.enabled=true",
        "council-platform.notify.received-texts.enabled=true",
        "council-platform.notify.received-texts.path=/inbound/texts",
        "council-platform.pay.accounts.parking.api-key=unset",
        "council-platform.pay.webhooks.enabled=true",
        "council-platform.one-login.back-channel-logout.enabled=true"})
@AutoConfigureCouncilPlatformSandbox
@Import(InboundEndpointsTest.Listener.class)
class InboundEndpointsTest {

  static final String TOKEN = "callback-token-1234567";
  static final String RECEIPT = """
      {"id": "740e5834-3a29-46b4-9a6f-16142fde533a", "reference": "permit-42", "to": "07700900123",
       "status": "delivered", "created_at": "2026-05-17T09:58:38.342838Z",
       "completed_at": "2026-05-17T09:59:10.000001Z", "sent_at": "2026-05-17T09:58:40.000000Z",
       "notification_type": "sms", "template_id": "f33517ff-2a88-4f6e-b855-c550268ce08a", "template_version": 3}
      """;
  static final String RECEIVED_TEXT = """
      {"id": "11111111-1111-4111-8111-111111111111", "source_number": "447700900111",
       "destination_number": "07700900000", "message": "STOP", "date_received": "2026-05-17T09:00:00.000000Z"}
      """;
  static final String WEBHOOK = """
      {"webhook_message_id":"MSG-1","api_version":1,"created_date":"2026-01-01T00:00:00.000Z",
       "resource_id":"pay-1","resource_type":"payment","event_type":"card_payment_succeeded",
       "resource":{"payment_id":"pay-1","amount":2500,"reference":"PERMIT-1","description":"Permit",
       "state":{"status":"success","finished":true},"created_date":"2026-01-01T00:00:00.000Z"}}
      """;

  @TestConfiguration
  static class Listener {
    @Bean
    EventLog eventLog() {
      return new EventLog();
    }
  }

  @LocalServerPort int port;
  @Autowired Sandbox sandbox;
  @Autowired EventLog log;
  @Autowired OneLoginApi oneLogin;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void clear() {
    log.clear();
  }

  @Test
  void deliveryReceiptAcceptedThenRepeated() throws Exception {
    String body = RECEIPT.replace("740e5834-3a29-46b4-9a6f-16142fde533a", UUID.randomUUID().toString());
    assertThat(post("/council-platform/notify/delivery-receipts", body, "Authorization", "Bearer " + TOKEN))
        .isEqualTo(200);
    assertThat(post("/council-platform/notify/delivery-receipts", body, "Authorization", "Bearer " + TOKEN))
        .isEqualTo(200);
    assertThat(log.events()).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(NotifyDeliveryReceiptEvent.class));
    NotifyDeliveryReceiptEvent first = (NotifyDeliveryReceiptEvent) log.events().get(0);
    assertThat(first.receipt().status()).isEqualTo(NotificationStatus.DELIVERED);
    assertThat(first.receipt().reference()).isEqualTo("permit-42");
    assertThat(first.isRepeat()).isFalse();
    assertThat(log.events().get(1).isRepeat()).isTrue();
  }

  @Test
  void deliveryReceiptForgedOrUnreadable() throws Exception {
    assertThat(post("/council-platform/notify/delivery-receipts", RECEIPT, "Authorization", "Bearer guessed-123456"))
        .isEqualTo(401);
    assertThat(post("/council-platform/notify/delivery-receipts", RECEIPT)).isEqualTo(401);
    assertThat(post("/council-platform/notify/delivery-receipts", "{\"id\": 12", "Authorization", "Bearer " + TOKEN))
        .isEqualTo(400);
    assertThat(log.events()).isEmpty();
  }

  @Test
  void receivedTextAtItsConfiguredPath() throws Exception {
    assertThat(post("/inbound/texts", RECEIVED_TEXT, "Authorization", "Bearer " + TOKEN)).isEqualTo(200);
    assertThat(post("/inbound/texts", RECEIVED_TEXT, "Authorization", "Bearer " + TOKEN)).isEqualTo(200);
    assertThat(post("/inbound/texts", RECEIVED_TEXT, "Authorization", "Bearer wrong-token-1234")).isEqualTo(401);
    assertThat(post("/inbound/texts", RECEIPT, "Authorization", "Bearer " + TOKEN)).isEqualTo(400);
    assertThat(post("/council-platform/notify/received-texts", RECEIVED_TEXT, "Authorization", "Bearer " + TOKEN))
        .as("the default path is not served once another is configured").isEqualTo(404);
    assertThat(log.events()).hasSize(2);
    assertThat(((NotifyReceivedTextEvent) log.events().get(0)).message().message()).isEqualTo("STOP");
    assertThat(log.events()).extracting(e -> e.isRepeat()).containsExactly(false, true);
  }

  @Test
  void payWebhookAcceptedThenRepeatedForgedUnreadable() throws Exception {
    String secret = sandbox.credentials().pay().webhookSigningSecret();
    String path = "/council-platform/pay/webhooks";
    assertThat(post(path, WEBHOOK, PayWebhooks.SIGNATURE_HEADER, PayWebhooks.sign(WEBHOOK, secret))).isEqualTo(200);
    assertThat(post(path, WEBHOOK, PayWebhooks.SIGNATURE_HEADER, PayWebhooks.sign(WEBHOOK, secret))).isEqualTo(200);
    assertThat(post(path, WEBHOOK, PayWebhooks.SIGNATURE_HEADER, PayWebhooks.sign(WEBHOOK, "guessed"))).isEqualTo(401);
    assertThat(post(path, WEBHOOK)).isEqualTo(401);
    assertThat(post(path, "not json", PayWebhooks.SIGNATURE_HEADER, PayWebhooks.sign("not json", secret)))
        .isEqualTo(400);
    assertThat(log.events()).hasSize(2);
    PayWebhookReceivedEvent first = (PayWebhookReceivedEvent) log.events().get(0);
    assertThat(first.account()).isEqualTo("parking");
    assertThat(first.webhook().eventType()).isEqualTo(WebhookEventType.CARD_PAYMENT_SUCCEEDED);
    assertThat(first.webhook().webhookMessageId()).isEqualTo("MSG-1");
    assertThat(log.events()).extracting(e -> e.isRepeat()).containsExactly(false, true);
  }

  @Test
  void backChannelLogoutFromTheSandboxAcceptedThenRepeated() throws Exception {
    BlockingQueue<String> delivered = new ArrayBlockingQueue<>(4);
    HttpServer peer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    peer.createContext("/logout", exchange -> {
      delivered.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.US_ASCII));
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    peer.start();
    try {
      String clientId = sandbox.credentials().oneLogin().clientId();
      admin("PUT", "/_sandbox/one-login/clients/" + clientId,
          "{\"backChannelLogoutUri\":\"http://127.0.0.1:" + peer.getAddress().getPort() + "/logout\"}");
      SignInStart start = oneLogin.startSignIn(SignInOptions.defaults());
      SignInResult signedIn = oneLogin.finishSignIn(
          sandbox.oneLogin().signInAs("kenneth-decerqueira", start.authorizationUri()), start.session());
      http.send(HttpRequest.newBuilder(oneLogin.endSessionUri(signedIn.idToken(), "bye")).build(),
          HttpResponse.BodyHandlers.discarding());
      String form = delivered.poll(30, TimeUnit.SECONDS);
      assertThat(form).as("the sandbox delivered a logout token").isNotNull();

      String path = "/council-platform/one-login/back-channel-logout";
      assertThat(postForm(path, form)).isEqualTo(200);
      assertThat(postForm(path, form)).isEqualTo(200);
      assertThat(log.events()).hasSize(2);
      assertThat(((OneLoginLogoutEvent) log.events().get(0)).subject()).isEqualTo(signedIn.subject());
      assertThat(((OneLoginLogoutEvent) log.events().get(1)).subject()).isEqualTo(signedIn.subject());
      assertThat(log.events()).extracting(e -> e.isRepeat()).containsExactly(false, true);

      // The sandbox's own ID token is genuine, but it is not a logout token.
      assertThat(postForm(path, "logout_token=" + signedIn.idToken())).isEqualTo(400);
      assertThat(log.events()).hasSize(2);
    } finally {
      peer.stop(0);
    }
  }

  @Test
  void backChannelLogoutForgedOrUnreadable() throws Exception {
    ECKey attacker = new ECKeyGenerator(Curve.P_256).keyID("attacker").generate();
    SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("attacker")
        .type(new JOSEObjectType("logout+jwt")).build(),
        new JWTClaimsSet.Builder().issuer(sandbox.credentials().oneLogin().issuer().toString())
            .audience(sandbox.credentials().oneLogin().clientId()).subject("urn:fdc:gov.uk:2022:someone")
            .issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + 120_000))
            .jwtID(UUID.randomUUID().toString())
            .claim("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of())).build());
    forged.sign(new ECDSASigner(attacker));
    String path = "/council-platform/one-login/back-channel-logout";
    assertThat(postForm(path, "logout_token=" + forged.serialize())).isEqualTo(401);
    assertThat(postForm(path, "logout_token=not-a-jwt")).isEqualTo(401);
    assertThat(postForm(path, "")).as("no logout token is a missing credential").isEqualTo(401);
    assertThat(log.events()).isEmpty();
  }

  private int post(String path, String body, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private int postForm(String path, String form) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private void admin(String method, String path, String json) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
        .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
