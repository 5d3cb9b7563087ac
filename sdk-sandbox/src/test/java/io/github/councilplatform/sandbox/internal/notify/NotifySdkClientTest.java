package io.github.councilplatform.sandbox.internal.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.core.ApiException;
import io.github.councilplatform.notify.EmailRequest;
import io.github.councilplatform.notify.EmailResponse;
import io.github.councilplatform.notify.LetterRequest;
import io.github.councilplatform.notify.Notification;
import io.github.councilplatform.notify.NotificationQuery;
import io.github.councilplatform.notify.NotificationStatus;
import io.github.councilplatform.notify.NotifyClient;
import io.github.councilplatform.notify.SmsRequest;
import io.github.councilplatform.notify.TemplateType;
import io.github.councilplatform.sandbox.Sandbox;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SDK's own {@link NotifyClient} against the sandbox's Notify, on a frozen sandbox clock it shares. */
class NotifySdkClientTest {
  private static Sandbox sandbox;
  private NotifyApi api;
  private NotifyClient client;

  @BeforeAll
  static void start() {
    sandbox = FrozenSandbox.start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @BeforeEach
  void setUp() {
    sandbox.reset();
    api = new NotifyApi(sandbox);
    client = NotifyClient.builder().baseUrl(sandbox.baseUrl()).apiKey(api.liveKey).clock(sandbox.clock()).build();
  }

  @Test
  void sendsAndReadsBack() {
    EmailResponse email = client.sendEmail(EmailRequest.builder().templateId(UUID.fromString(api.emailTemplate))
        .emailAddress("resident@example.com").personalisation(Map.of("name", "Alex")).reference("sdk-1").build());
    assertThat(email.content().subject()).isEqualTo("Hello Alex");
    client.sendSms(SmsRequest.builder().templateId(UUID.fromString(api.smsTemplate)).phoneNumber("07700900456")
        .personalisation(Map.of("name", "Alex")).build());
    client.sendLetter(LetterRequest.builder().templateId(UUID.fromString(api.letterTemplate))
        .address("Alex Smith", "1 High Street").postcode("SW1A 1AA").personalisation(Map.of("name", "Alex"))
        .build());

    Notification got = client.getNotification(email.id());
    assertThat(got.status()).isEqualTo(NotificationStatus.CREATED);
    assertThat(got.reference()).isEqualTo("sdk-1");
    api.sandbox.advanceClock(Duration.ofSeconds(10));
    NotifyApi.await(() -> client.getNotification(email.id()).status() == NotificationStatus.DELIVERED);

    List<Notification> all = client.listNotifications(NotificationQuery.all()).stream().toList();
    assertThat(all).hasSize(3);
    assertThat(client.listTemplates(TemplateType.SMS)).singleElement()
        .satisfies(t -> assertThat(t.id().toString()).isEqualTo(api.smsTemplate));
    assertThat(client.previewTemplate(UUID.fromString(api.smsTemplate), Map.of("name", "Sam")).body())
        .startsWith("Hello Sam");
  }

  @Test
  void getsNotifysErrors() {
    assertThatThrownBy(() -> client.sendEmail(EmailRequest.builder()
        .templateId(UUID.fromString(api.emailTemplate)).emailAddress("resident@example.com").build()))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.errors().get(0).toString()).contains("Missing personalisation: name");
        });
  }
}
