package io.github.councilplatform.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.councilplatform.notify.Fixtures.NOTIFICATION_ID;
import static io.github.councilplatform.notify.Fixtures.TEMPLATE_ID;
import static io.github.councilplatform.notify.NotifyTestSupport.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.councilplatform.core.CallEnd;
import io.github.councilplatform.core.CallListener;
import io.github.councilplatform.core.CallOutcome;
import io.github.councilplatform.core.CircuitState;
import io.github.councilplatform.core.NotFoundException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** NotifyClient names each operation for listeners, reports health without calling, and refuses use after close. */
class CallListenerNotifyTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort())
      .failOnUnmatchedRequests(true)
      .build();

  private final FakeTime time = new FakeTime(START);
  private final List<CallEnd> ends = new CopyOnWriteArrayList<>();
  private final CallListener recorder = new CallListener() {
    @Override
    public void onCallEnd(CallEnd end) {
      ends.add(end);
    }
  };

  @Test
  void eachOperationIsNamedAndHealthFollowsTheLastCall() {
    wm.stubFor(post(urlPathEqualTo("/v2/notifications/sms")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(Fixtures.SMS_RESPONSE)));
    wm.stubFor(get(urlPathEqualTo("/v2/notifications/" + NOTIFICATION_ID)).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("""
            {"status_code": 404, "errors": [{"error": "NoResultFound", "message": "No result found"}]}""")));
    NotifyApi notify = NotifyTestSupport.builder(wm, time).listener(recorder).build();
    assertThat(notify.health().lastOutcome()).isNull();

    notify.sendSms(SmsRequest.builder().templateId(UUID.fromString(TEMPLATE_ID)).phoneNumber("07700900123")
        .build());
    assertThat(notify.health().lastOutcome()).isEqualTo(CallOutcome.SUCCESS);
    assertThatThrownBy(() -> notify.getNotification(UUID.fromString(NOTIFICATION_ID)))
        .isInstanceOf(NotFoundException.class);

    assertThat(ends).extracting(CallEnd::platform, CallEnd::operation, CallEnd::outcome, CallEnd::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("notify", "sendSms", CallOutcome.SUCCESS, 201),
            org.assertj.core.groups.Tuple.tuple("notify", "getNotification", CallOutcome.CLIENT_ERROR, 404));
    assertThat(notify.health()).satisfies(h -> {
      assertThat(h.platform()).isEqualTo("notify");
      assertThat(h.circuitState()).isEqualTo(CircuitState.CLOSED);
      assertThat(h.lastOutcome()).isEqualTo(CallOutcome.CLIENT_ERROR);
      assertThat(h.lastStatus()).isEqualTo(404);
      assertThat(h.lastCallAt()).isEqualTo(START);
    });
  }

  @Test
  void aCallAfterCloseIsRefusedAndNothingIsSent() {
    NotifyApi notify = NotifyTestSupport.builder(wm, time).listener(recorder).build();
    notify.close();

    assertThatThrownBy(() -> notify.getNotification(UUID.fromString(NOTIFICATION_ID)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("GOV.UK Notify client has been closed, so getNotification was not sent");
    assertThat(wm.getAllServeEvents()).isEmpty();
    assertThat(ends).isEmpty();
  }
}
