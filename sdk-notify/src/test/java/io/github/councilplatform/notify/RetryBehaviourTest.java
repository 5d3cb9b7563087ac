package io.github.councilplatform.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.github.councilplatform.notify.ErrorResponsesTest.error;
import static io.github.councilplatform.notify.ErrorResponsesTest.sms;
import static io.github.councilplatform.notify.Fixtures.NOTIFICATION_ID;
import static io.github.councilplatform.notify.NotifyTestSupport.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.councilplatform.core.OutcomeUnknownException;
import io.github.councilplatform.core.RateLimitedException;
import io.github.councilplatform.core.TransportException;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Notify-specific retry rules: a send is resent only when Notify provably did not act on it. */
class RetryBehaviourTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort()).failOnUnmatchedRequests(true).build();

  private final FakeTime time = new FakeTime(START);

  @Test
  void aSendThatTimesOutIsNotResentAndCarriesItsReference() {
    NotifyClient notify = NotifyTestSupport.builder(wm, time).readTimeout(Duration.ofMillis(150)).build();
    wm.stubFor(post("/v2/notifications/sms").willReturn(aResponse().withStatus(201).withFixedDelay(600)
        .withBody(Fixtures.SMS_RESPONSE)));

    OutcomeUnknownException e = (OutcomeUnknownException) catchThrowable(() -> notify.sendSms(sms()));

    assertThat(e.reference()).contains("permit-42");
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.method()).isEqualTo("POST");
    assertThat(e.path()).isEqualTo("/v2/notifications/sms");
    assertThat(e.getMessage()).contains("permit-42").contains("GOV.UK Notify");
    wm.verify(1, postRequestedFor(urlEqualTo("/v2/notifications/sms")));
    assertThat(time.sleeps).isEmpty();
    NotifyTestSupport.letDelayedResponsesFinish(Duration.ofMillis(600));
  }

  @Test
  void aRateLimitErrorIsRetriedBecauseNotifyRejectedTheSendBeforeProcessing() {
    NotifyClient notify = NotifyTestSupport.client(wm, time);
    wm.stubFor(post("/v2/notifications/sms").inScenario("rate").whenScenarioStateIs(STARTED)
        .willReturn(error(429, "RateLimitError", "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds"))
        .willSetStateTo("ok"));
    wm.stubFor(post("/v2/notifications/sms").inScenario("rate").whenScenarioStateIs("ok")
        .willReturn(aResponse().withStatus(201).withBody(Fixtures.SMS_RESPONSE)));

    SmsResponse r = notify.sendSms(sms());

    assertThat(r.id()).isEqualTo(UUID.fromString(NOTIFICATION_ID));
    wm.verify(2, postRequestedFor(urlEqualTo("/v2/notifications/sms")));
    assertThat(time.sleeps).hasSize(1);
    // Each attempt mints its token from the (fake) clock, so the retry's iat moved on by the wait.
    List<LoggedRequest> requests = wm.findAll(postRequestedFor(urlEqualTo("/v2/notifications/sms")));
    Instant second = START.plus(time.sleeps.get(0));
    NotifyTestSupport.assertNotifyJwt(requests.get(0).getHeader("Authorization"), START);
    NotifyTestSupport.assertNotifyJwt(requests.get(1).getHeader("Authorization"),
        Instant.ofEpochSecond(second.getEpochSecond()));
  }

  @Test
  void theDailyLimitIsNotRetried() {
    NotifyClient notify = NotifyTestSupport.client(wm, time);
    wm.stubFor(post("/v2/notifications/sms").willReturn(error(429, "TooManyRequestsError",
        "Exceeded send limits (sms: 250000) for today")));

    RateLimitedException e = (RateLimitedException) catchThrowable(() -> notify.sendSms(sms()));

    assertThat(e.resetsLater()).isTrue();
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.attempts()).isEqualTo(1);
    wm.verify(1, postRequestedFor(urlEqualTo("/v2/notifications/sms")));
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void aReadIsRetriedAfterAServerError() {
    NotifyClient notify = NotifyTestSupport.client(wm, time);
    wm.stubFor(get("/v2/notifications/" + NOTIFICATION_ID).inScenario("read").whenScenarioStateIs(STARTED)
        .willReturn(error(503, "Exception", "Service unavailable")).willSetStateTo("ok"));
    wm.stubFor(get("/v2/notifications/" + NOTIFICATION_ID).inScenario("read").whenScenarioStateIs("ok")
        .willReturn(okJson(Fixtures.notification(NOTIFICATION_ID, "sending"))));

    assertThat(notify.getNotification(UUID.fromString(NOTIFICATION_ID)).status())
        .isEqualTo(NotificationStatus.SENDING);
    wm.verify(2, getRequestedFor(urlEqualTo("/v2/notifications/" + NOTIFICATION_ID)));
  }

  @Test
  void aSendThatNeverConnectedIsRetriedAndEndsAsATransportError() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    NotifyClient notify = NotifyClient.builder().apiKey(NotifyTestSupport.API_KEY)
        .baseUrl("http://127.0.0.1:" + closedPort).clock(time).sleeper(time).build();

    Throwable t = catchThrowable(() -> notify.sendSms(sms()));

    assertThat(t).isInstanceOf(TransportException.class);
    assertThat(((TransportException) t).attempts()).isEqualTo(3);
    assertThat(((TransportException) t).isRetryable()).isTrue();
  }
}
