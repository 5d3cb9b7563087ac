package io.github.councilplatform.sandbox.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.core.NotFoundException;
import io.github.councilplatform.notify.NotificationStatus;
import io.github.councilplatform.notify.NotifyClient;
import io.github.councilplatform.notify.SmsRequest;
import io.github.councilplatform.notify.SmsResponse;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.service.notify.Notification;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;
import uk.gov.service.notify.SendEmailResponse;
import uk.gov.service.notify.SendSmsResponse;

/**
 * Issue 14: the sandbox clock moves the platform (delivery, retention), never the callers. The official client
 * signs every token with the host's wall clock, and a client the sandbox made signs with the sandbox clock; both
 * keep working before the clock moves, after 1 hour and after 7 days.
 */
@ExtendWith(SandboxExtension.class)
class NotifyClockTest {
  private Sandbox sandbox;
  private NotifyApi api;
  private NotificationClient official;
  private NotifyClient ours;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    this.sandbox = sandbox;
    api = new NotifyApi(sandbox);
    official = new NotificationClient(api.liveKey, sandbox.baseUrl());
    ours = sandbox.notifyClient();
  }

  @Test
  void bothClientsWorkBeforeAndAfterTheClockMoves() throws Exception {
    Sent beforeMove = sendWithBoth();
    assertThat(official.getNotificationById(beforeMove.official()).getStatus()).isIn("created", "sending");

    sandbox.advanceClock(Duration.ofHours(1));
    Sent afterAnHour = sendWithBoth();
    // The platform moved: what was sent before the hour has been delivered, and both clients can see it.
    assertThat(official.getNotificationById(beforeMove.official()).getStatus()).isEqualTo("delivered");
    assertThat(ours.getNotification(beforeMove.ours()).status()).isEqualTo(NotificationStatus.DELIVERED);
    assertThat(official.getNotificationById(afterAnHour.official()).getStatus()).isIn("created", "sending");

    sandbox.advanceClock(Duration.ofDays(7));
    sendWithBoth();
    // Seven days on, the first messages are past Notify's retention period: gone for either client.
    assertThatThrownBy(() -> official.getNotificationById(beforeMove.official()))
        .isInstanceOfSatisfying(NotificationClientException.class, e -> assertThat(e.getHttpResult()).isEqualTo(404));
    assertThatThrownBy(() -> ours.getNotification(beforeMove.ours())).isInstanceOf(NotFoundException.class);
    assertThat(official.getAllTemplates(null).getTemplates()).isNotEmpty();
  }

  /** Ids of the texts each client sent. */
  private record Sent(String official, java.util.UUID ours) {}

  private Sent sendWithBoth() throws NotificationClientException {
    SendSmsResponse sms = official.sendSms(api.smsTemplate, "07700900123", Map.of("name", "Alex"), "clock");
    SendEmailResponse email = official.sendEmail(api.emailTemplate, "resident@example.com",
        Map.of("name", "Alex"), "clock");
    Notification got = official.getNotificationById(email.getNotificationId().toString());
    assertThat(got.getReference()).contains("clock");
    SmsResponse ourSms = ours.sendSms(SmsRequest.builder().templateId(java.util.UUID.fromString(api.smsTemplate)).phoneNumber("07700900123")
        .personalisation(Map.of("name", "Alex")).reference("clock").build());
    assertThat(ours.getNotification(ourSms.id()).reference()).contains("clock");
    return new Sent(sms.getNotificationId().toString(), ourSms.id());
  }
}
