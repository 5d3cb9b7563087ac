package io.github.councilplatform.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.github.councilplatform.notify.Fixtures.NOTIFICATION_ID;
import static io.github.councilplatform.notify.NotifyTestSupport.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AwaitFinalStatusTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort()).failOnUnmatchedRequests(true).build();

  private static final String PATH = "/v2/notifications/" + NOTIFICATION_ID;
  private final FakeTime time = new FakeTime(START);
  private final NotifyClient notify = NotifyTestSupport.client(wm, time);

  @Test
  void pollsWithGrowingPausesUntilAFinalStatus() {
    wm.stubFor(get(PATH).inScenario("s").whenScenarioStateIs(STARTED)
        .willReturn(okJson(Fixtures.notification(NOTIFICATION_ID, "created"))).willSetStateTo("sending"));
    wm.stubFor(get(PATH).inScenario("s").whenScenarioStateIs("sending")
        .willReturn(okJson(Fixtures.notification(NOTIFICATION_ID, "sending"))).willSetStateTo("done"));
    wm.stubFor(get(PATH).inScenario("s").whenScenarioStateIs("done")
        .willReturn(okJson(Fixtures.notification(NOTIFICATION_ID, "permanent-failure"))));

    Notification n = notify.awaitFinalStatus(UUID.fromString(NOTIFICATION_ID), Duration.ofMinutes(5));

    assertThat(n.status()).isEqualTo(NotificationStatus.PERMANENT_FAILURE);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    wm.verify(3, getRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void givesUpAtTheTimeoutWithTheLastStatus() {
    wm.stubFor(get(PATH).willReturn(okJson(Fixtures.notification(NOTIFICATION_ID, "sending"))));

    FinalStatusTimeoutException e = (FinalStatusTimeoutException) catchThrowable(
        () -> notify.awaitFinalStatus(UUID.fromString(NOTIFICATION_ID), Duration.ofSeconds(10)));

    assertThat(e.lastSeen().status()).isEqualTo(NotificationStatus.SENDING);
    assertThat(e.isRetryable()).isTrue();
    // 1 + 2 + 4 s, then the remaining 3 s, then one last look at the deadline.
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
        Duration.ofSeconds(3));
    assertThat(time.instant()).isEqualTo(START.plusSeconds(10));
    wm.verify(5, getRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void returnsAtOnceWhenAlreadyFinal() {
    wm.stubFor(get(PATH).willReturn(okJson(Fixtures.notification(NOTIFICATION_ID, "delivered"))));

    assertThat(notify.awaitFinalStatus(UUID.fromString(NOTIFICATION_ID), Duration.ofSeconds(1)).status())
        .isEqualTo(NotificationStatus.DELIVERED);
    assertThat(time.sleeps).isEmpty();
  }
}
