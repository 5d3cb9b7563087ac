package io.github.councilplatform.sandbox.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.service.notify.LetterResponse;
import uk.gov.service.notify.Notification;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;
import uk.gov.service.notify.NotificationList;
import uk.gov.service.notify.ReceivedTextMessageList;
import uk.gov.service.notify.RetentionPeriodDuration;
import uk.gov.service.notify.SendEmailResponse;
import uk.gov.service.notify.SendLetterResponse;
import uk.gov.service.notify.SendSmsResponse;
import uk.gov.service.notify.Template;
import uk.gov.service.notify.TemplateList;
import uk.gov.service.notify.TemplatePreview;

/**
 * The official GOV.UK Notify Java client (5.2.1-RELEASE) against the sandbox: every operation succeeds, and bad
 * input gets the real error. Its known defects (cost data, unsubscribe URL read from the wrong place) are not
 * asserted.
 */
@ExtendWith(SandboxExtension.class)
class OfficialClientTest {
  private NotifyApi api;
  private NotificationClient client;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    api = new NotifyApi(sandbox);
    client = new NotificationClient(api.liveKey, sandbox.baseUrl());
  }

  private static Map<String, Object> name(Object value) {
    return Map.of("name", value);
  }

  private static Map<String, Object> address() {
    return Map.of("name", "Alex", "address_line_1", "Alex Smith", "address_line_2", "1 High Street",
        "address_line_3", "Springfield", "postcode", "SW1A 1AA");
  }

  @Test
  void sendsEmailsInEveryOverload() throws Exception {
    SendEmailResponse plain = client.sendEmail(api.emailTemplate, "resident@example.com", name("Alex"), "ref-1");
    assertThat(plain.getSubject()).isEqualTo("Hello Alex");
    assertThat(plain.getBody()).startsWith("Dear Alex,");
    assertThat(plain.getReference()).contains("ref-1");
    assertThat(plain.getTemplateId().toString()).isEqualTo(api.emailTemplate);
    assertThat(plain.getFromEmail()).isPresent();

    String replyTo = api.admin("GET", "/notify/settings", null).json().path("emailReplyToId").asText();
    SendEmailResponse withReplyTo = client.sendEmail(api.emailTemplate, "resident@example.com", name("Alex"), null,
        replyTo);
    assertThat(withReplyTo.getNotificationId()).isNotNull();

    SendEmailResponse withUnsubscribe = client.sendEmail(api.emailTemplate, "resident@example.com", name("Alex"),
        null, null, URI.create("https://council.example/unsubscribe"));
    Notification stored = client.getNotificationById(withUnsubscribe.getNotificationId().toString());
    assertThat(stored.getEmailAddress()).contains("resident@example.com");

    byte[] csv = "a,b\n1,2\n".getBytes();
    SendEmailResponse withFile = client.sendEmail(api.emailTemplate, "resident@example.com",
        name(NotificationClient.prepareUpload(csv, "report.csv")), null);
    assertThat(withFile.getBody()).contains("/_sandbox/notify/documents/");
    SendEmailResponse withRetention = client.sendEmail(api.emailTemplate, "resident@example.com",
        name(NotificationClient.prepareUpload(csv, "report.csv", true,
            new RetentionPeriodDuration(4, java.time.temporal.ChronoUnit.WEEKS))), null);
    assertThat(withRetention.getBody()).contains("/_sandbox/notify/documents/");
  }

  @Test
  void sendsTextMessagesAndLetters() throws Exception {
    SendSmsResponse sms = client.sendSms(api.smsTemplate, "07700 900456", name(List.of("a", "b")), null);
    assertThat(sms.getBody()).contains("* a\n* b");
    String sender = api.admin("GET", "/notify/settings", null).json().path("smsSenderId").asText();
    SendSmsResponse withSender = client.sendSms(api.smsTemplate, "07700900456", name("Alex"), "r", sender);
    assertThat(withSender.getFromNumber()).isPresent();

    SendLetterResponse letter = client.sendLetter(api.letterTemplate, address(), "letter-ref");
    assertThat(letter.getSubject()).contains("Your letter from the council, Alex");
    assertThat(letter.getReference()).contains("letter-ref");
    Notification got = client.getNotificationById(letter.getNotificationId().toString());
    assertThat(got.getStatus()).isEqualTo("accepted");
    assertThat(got.getLine1()).contains("Alex Smith");
    assertThat(got.getPostcode()).contains("SW1A 1AA");
    assertThat(got.getEstimatedDelivery()).isPresent();

    api.sandbox.advanceClock(Duration.ofSeconds(6));
    byte[] pdf = client.getPdfForLetter(letter.getNotificationId().toString());
    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
  }

  @Test
  void sendsPrecompiledLetters(@TempDir Path dir) throws Exception {
    byte[] pdf = LetterPdf.render(List.of("A Resident", "1 High St", "SW1A 1AA"), "Subject", "Body");
    File file = dir.resolve("letter.pdf").toFile();
    Files.write(file.toPath(), pdf);
    LetterResponse fromFile = client.sendPrecompiledLetter("pre-file", file);
    assertThat(fromFile.getReference()).contains("pre-file");
    assertThat(fromFile.getPostage()).contains("second");
    LetterResponse fromStream = client.sendPrecompiledLetterWithInputStream("pre-stream",
        new ByteArrayInputStream(pdf), "first");
    assertThat(fromStream.getPostage()).contains("first");
    assertThat(client.sendPrecompiledLetter("pre-file-economy", file, "economy").getPostage()).contains("economy");
    assertThat(client.sendPrecompiledLetterWithInputStream("pre-stream-2", new ByteArrayInputStream(pdf))
        .getNotificationId()).isNotNull();
    assertThat(client.getNotificationById(fromStream.getNotificationId().toString()).getStatus())
        .isEqualTo("pending-virus-check");
  }

  @Test
  void readsNotificationsTemplatesPreviewsAndReceivedTexts() throws Exception {
    client.sendSms(api.smsTemplate, "07700900456", name("Alex"), "my ref");
    client.sendEmail(api.emailTemplate, "resident@example.com", name("Alex"), null);

    NotificationList all = client.getNotifications(null, null, null, null);
    assertThat(all.getNotifications()).hasSize(2);
    assertThat(all.getCurrentPageLink()).startsWith(api.sandbox.baseUrl());
    NotificationList byRef = client.getNotifications(null, "sms", "my ref", null);
    assertThat(byRef.getNotifications()).singleElement().satisfies(n -> {
      assertThat(n.getPhoneNumber()).contains("07700900456");
      assertThat(n.getNotificationType()).isEqualTo("sms");
    });
    assertThat(client.getNotifications("permanent-failure", "email", null, null).getNotifications()).isEmpty();
    String olderThan = all.getNotifications().get(0).getId().toString();
    assertThat(client.getNotifications(null, null, null, olderThan).getNotifications()).hasSize(1);

    Template template = client.getTemplateById(api.smsTemplate);
    assertThat(template.getTemplateType()).isEqualTo("sms");
    assertThat(template.getPersonalisation()).isPresent();
    assertThat(client.getTemplateVersion(api.smsTemplate, 1).getVersion()).isEqualTo(1);
    TemplateList letters = client.getAllTemplates("letter");
    assertThat(letters.getTemplates()).extracting(t -> t.getId().toString()).contains(api.letterTemplate)
        .hasSize(2).allSatisfy(id -> assertThat(client.getTemplateById(id).getTemplateType()).isEqualTo("letter"));
    assertThat(client.getAllTemplates(null).getTemplates()).hasSize(4);
    TemplatePreview preview = client.generateTemplatePreview(api.emailTemplate, Map.of("name", "Alex"));
    assertThat(preview.getSubject()).contains("Hello Alex");
    assertThat(preview.getHtml()).isPresent();

    api.admin("POST", "/notify/received-text-messages", "{\"user_number\": \"07700900789\", \"content\": \"Hi\"}");
    ReceivedTextMessageList texts = client.getReceivedTextMessages(null);
    assertThat(texts.getReceivedTextMessages()).singleElement().satisfies(t -> {
      assertThat(t.getContent()).isEqualTo("Hi");
      assertThat(t.getUserNumber()).isEqualTo("447700900789");
    });
  }

  @Test
  void getsTheRealErrorsForBadInput() {
    assertThatThrownBy(() -> client.sendEmail(api.emailTemplate, "resident@example.com", Map.of(), null))
        .isInstanceOfSatisfying(NotificationClientException.class, e -> {
          assertThat(e.getHttpResult()).isEqualTo(400);
          assertThat(e.getMessage()).contains("\"error\":\"BadRequestError\"")
              .contains("Missing personalisation: name");
        });
    assertThatThrownBy(() -> client.sendSms(api.smsTemplate, "not a number", name("Alex"), null))
        .isInstanceOfSatisfying(NotificationClientException.class, e -> {
          assertThat(e.getHttpResult()).isEqualTo(400);
          assertThat(e.getMessage()).contains("ValidationError")
              .contains("phone_number Must not contain letters or symbols");
        });
    assertThatThrownBy(() -> client.getNotificationById(UUID.randomUUID().toString()))
        .isInstanceOfSatisfying(NotificationClientException.class, e -> assertThat(e.getHttpResult()).isEqualTo(404));
    assertThatThrownBy(() -> client.sendLetter(api.letterTemplate, name("Alex"), null))
        .isInstanceOfSatisfying(NotificationClientException.class,
            e -> assertThat(e.getMessage()).contains("Address must be at least 3 lines"));
    String forged = "sandbox_live-" + NotifyApi.serviceId(api.liveKey) + "-" + UUID.randomUUID();
    NotificationClient wrongKey = new NotificationClient(forged, api.sandbox.baseUrl());
    assertThatThrownBy(() -> wrongKey.getAllTemplates(null))
        .isInstanceOfSatisfying(NotificationClientException.class, e -> {
          assertThat(e.getHttpResult()).isEqualTo(403);
          assertThat(e.getMessage()).contains("AuthError").contains("Invalid token: API key not found");
        });
  }

  @Test
  void pdfNotReadyIsTheRealError() throws Exception {
    SendLetterResponse letter = client.sendLetter(api.letterTemplate, address(), null);
    assertThatThrownBy(() -> client.getPdfForLetter(letter.getNotificationId().toString()))
        .isInstanceOfSatisfying(NotificationClientException.class, e -> {
          assertThat(e.getHttpResult()).isEqualTo(400);
          assertThat(e.getMessage()).contains("PDFNotReadyError");
        });
  }
}
