package io.github.councilplatform.sandbox.e2e;

import static io.github.councilplatform.sandbox.e2e.E2eSupport.admin;
import static io.github.councilplatform.sandbox.e2e.E2eSupport.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.councilplatform.core.ApiException;
import io.github.councilplatform.core.AuthenticationException;
import io.github.councilplatform.core.InvalidRequestException;
import io.github.councilplatform.core.NotFoundException;
import io.github.councilplatform.core.OutcomeUnknownException;
import io.github.councilplatform.core.RateLimitedException;
import io.github.councilplatform.core.RetryOptions;
import io.github.councilplatform.notify.DeliveryReceipt;
import io.github.councilplatform.notify.EmailRequest;
import io.github.councilplatform.notify.EmailResponse;
import io.github.councilplatform.notify.FileAttachment;
import io.github.councilplatform.notify.FinalStatusTimeoutException;
import io.github.councilplatform.notify.LetterRequest;
import io.github.councilplatform.notify.LetterResponse;
import io.github.councilplatform.notify.Notification;
import io.github.councilplatform.notify.NotificationQuery;
import io.github.councilplatform.notify.NotificationStatus;
import io.github.councilplatform.notify.NotifyCallbacks;
import io.github.councilplatform.notify.NotifyClient;
import io.github.councilplatform.notify.NotifyErrorTypes;
import io.github.councilplatform.notify.Postage;
import io.github.councilplatform.notify.PrecompiledLetterRequest;
import io.github.councilplatform.notify.PrecompiledLetterResponse;
import io.github.councilplatform.notify.ReceivedTextMessage;
import io.github.councilplatform.notify.ReceivedTextMessageCallback;
import io.github.councilplatform.notify.SmsRequest;
import io.github.councilplatform.notify.SmsResponse;
import io.github.councilplatform.notify.Template;
import io.github.councilplatform.notify.TemplatePreview;
import io.github.councilplatform.notify.TemplateType;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import io.github.councilplatform.sandbox.SandboxFault;
import io.github.councilplatform.sandbox.SandboxPlatformId;
import io.github.councilplatform.sandbox.internal.Responses;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every {@link NotifyClient} operation, end to end against the sandbox's Notify. */
@ExtendWith(SandboxExtension.class)
class NotifyClientE2ETest {
  private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
      .getBytes(StandardCharsets.US_ASCII);

  private Sandbox sandbox;
  private NotifyClient notify;
  private UUID emailTemplate;
  private UUID smsTemplate;
  private UUID letterTemplate;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    this.sandbox = sandbox;
    this.notify = sandbox.notifyClient();
    @SuppressWarnings("unchecked")
    Map<String, Object> templates = (Map<String, Object>) ((Map<String, Object>) sandbox.info().get("notify"))
        .get("templates");
    emailTemplate = UUID.fromString(templates.get("email").toString());
    smsTemplate = UUID.fromString(templates.get("sms").toString());
    letterTemplate = UUID.fromString(templates.get("letter").toString());
  }

  private String key(String name) {
    return ((Map<?, ?>) sandbox.info().get("notify")).get(name).toString();
  }

  /** A client sharing the sandbox clock whose waits move that clock instead of sleeping. */
  private NotifyClient clientWithKey(String apiKey) {
    return NotifyClient.builder().baseUrl(sandbox.baseUrl()).clock(sandbox.clock()).apiKey(apiKey)
        .sleeper(d -> sandbox.advanceClock(d)).build();
  }

  private SmsRequest sms(String phone, String reference) {
    return SmsRequest.builder().templateId(smsTemplate).phoneNumber(phone).personalisation(Map.of("name", "Amala"))
        .reference(reference).build();
  }

  @Test
  void sendsTextAndWaitsForItsFinalStatus() {
    SmsResponse sent = notify.sendSms(sms("07700900123", "permit-42"));

    assertThat(sent.content().body()).isEqualTo("Hello Amala, this is a text message from the council sandbox.");
    assertThat(sent.reference()).isEqualTo("permit-42");
    assertThat(sent.template().id()).isEqualTo(smsTemplate);
    Notification created = notify.getNotification(sent.id());
    assertThat(created.type()).isEqualTo(TemplateType.SMS);
    assertThat(created.status().isFinal()).isFalse();
    assertThat(created.phoneNumber()).isEqualTo("07700900123");

    sandbox.advanceClock(Duration.ofSeconds(10));
    Notification done = clientWithKey(key("apiKey")).awaitFinalStatus(sent.id(), Duration.ofMinutes(1));

    assertThat(done.status()).isEqualTo(NotificationStatus.DELIVERED);
    assertThat(done.sentAt()).isNotNull();
    assertThat(done.completedAt()).isNotNull();
    assertThat(done.isCostDataReady()).isTrue();
    assertThat(done.costInPounds()).isEqualByComparingTo("0.0227");
    assertThat(done.costDetails().billableSmsFragments()).isEqualTo(1);
    assertThat(done.costDetails().internationalRateMultiplier()).isEqualByComparingTo("1");
    assertThat(done.template().version()).isEqualTo(1);
    assertThat(done.body()).isEqualTo(sent.content().body());
  }

  @Test
  void sendsEmailWithAttachmentUnsubscribeLinkAndReplyTo() {
    UUID replyTo = UUID.fromString(admin(sandbox, "GET", "/_sandbox/notify/settings", null)
        .get("emailReplyToId").asText());
    JsonNode template = admin(sandbox, "POST", "/_sandbox/notify/templates",
        "{\"type\":\"email\",\"name\":\"Permit\",\"subject\":\"Your permit, ((name))\","
            + "\"body\":\"Download it: ((link_to_file))\"}");
    UUID withFile = UUID.fromString(template.get("id").asText());

    EmailResponse sent = notify.sendEmail(EmailRequest.builder().templateId(withFile)
        .emailAddress("resident@example.com").personalisation(Map.of("name", "Amala"))
        .attachment("link_to_file", FileAttachment.of("permit,42\n".getBytes(StandardCharsets.UTF_8), "permit.csv")
            .withConfirmEmailBeforeDownload(true).withRetentionPeriodWeeks(4))
        .oneClickUnsubscribeUrl(URI.create("https://council.example/unsubscribe?u=42"))
        .emailReplyToId(replyTo).reference("email-1").build());

    assertThat(sent.content().subject()).isEqualTo("Your permit, Amala");
    assertThat(sent.content().body()).startsWith("Download it: http");
    String link = sent.content().body().substring("Download it: ".length()).strip();
    HttpResponse<byte[]> file = download(link);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(new String(file.body(), StandardCharsets.UTF_8)).isEqualTo("permit,42\n");
    assertThat(sent.content().oneClickUnsubscribeUrl())
        .isEqualTo(URI.create("https://council.example/unsubscribe?u=42"));
    Notification got = notify.getNotification(sent.id());
    assertThat(got.emailAddress()).isEqualTo("resident@example.com");
    assertThat(got.oneClickUnsubscribeUrl()).isEqualTo(URI.create("https://council.example/unsubscribe?u=42"));
    assertThat(got.type()).isEqualTo(TemplateType.EMAIL);
  }

  @Test
  void sendsLettersAndGetsThePdfOnceReady() {
    LetterResponse letter = notify.sendLetter(LetterRequest.builder().templateId(letterTemplate)
        .address("Amala Smith", "1 High Street", "Exampleton").postcode("SW1A 1AA")
        .personalisation(Map.of("name", "Amala")).reference("letter-1").build());
    assertThat(letter.content().subject()).isEqualTo("Your letter from the council, Amala");

    assertThatThrownBy(() -> notify.getLetterPdf(letter.id()))
        .isInstanceOf(ApiException.class)
        .satisfies(e -> assertThat(NotifyErrorTypes.isPdfNotReady(e)).isTrue());

    sandbox.advanceClock(Duration.ofSeconds(10));
    byte[] pdf = notify.getLetterPdf(letter.id());
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    PrecompiledLetterResponse pre = notify.sendPrecompiledLetter(PrecompiledLetterRequest.of("pre-1", PDF));
    assertThat(pre.reference()).isEqualTo("pre-1");
    assertThat(notify.getNotification(pre.id()).status()).isEqualTo(NotificationStatus.PENDING_VIRUS_CHECK);
    sandbox.advanceClock(Duration.ofSeconds(10));
    await(() -> notify.getNotification(pre.id()).status() != NotificationStatus.PENDING_VIRUS_CHECK);
    assertThat(notify.getLetterPdf(pre.id())).isEqualTo(PDF);
    Notification got = notify.getNotification(letter.id());
    assertThat(got.type()).isEqualTo(TemplateType.LETTER);
    assertThat(got.line1()).isEqualTo("Amala Smith");
    assertThat(got.line3()).isEqualTo("Exampleton");
    assertThat(got.postcode()).isEqualTo("SW1A 1AA");
    assertThat(got.postage()).isNotNull();
    assertThat(got.estimatedDelivery()).isAfter(got.createdAt());
    assertThat(got.isCostDataReady()).isFalse();
    assertThat(got.subject()).isEqualTo("Your letter from the council, Amala");
    assertThat(notify.getNotification(pre.id())).satisfies(n -> {
      assertThat(n.reference()).isEqualTo("pre-1");
      assertThat(n.postage()).isEqualTo(pre.postage());
      assertThat(n.status()).isEqualTo(NotificationStatus.ACCEPTED);
    });
  }

  @Test
  void listsAcrossPagesWithFilters() {
    admin(sandbox, "POST", "/_sandbox/notify/settings", "{\"rateLimit\":3000}");
    // Not 07700900000/111/222: like Notify, the sandbox never stores messages to its smoke-test numbers.
    for (int i = 0; i < 258; i++) {
      notify.sendSms(sms("07700900" + (400 + i), "bulk"));
    }
    notify.sendSms(sms("07700900002", "fails"));
    notify.sendEmail(EmailRequest.builder().templateId(emailTemplate).emailAddress("someone@example.com")
        .personalisation(Map.of("name", "Sam")).reference("mail").build());

    assertThat(notify.listNotifications(NotificationQuery.all()).stream().count()).isEqualTo(260);
    assertThat(notify.findNotificationsByReference("bulk").stream().count()).isEqualTo(258);
    assertThat(notify.listNotifications(NotificationQuery.builder().templateType(TemplateType.EMAIL).build())
        .stream().map(Notification::reference).toList()).containsExactly("mail");

    sandbox.advanceClock(Duration.ofSeconds(10));
    NotificationQuery failed = NotificationQuery.builder().status(NotificationStatus.PERMANENT_FAILURE).build();
    await(() -> notify.listNotifications(failed).stream().count() == 1);
    assertThat(notify.listNotifications(failed).stream().map(Notification::reference).toList())
        .containsExactly("fails");
    assertThat(notify.listNotifications(NotificationQuery.builder().status(NotificationStatus.FAILED).build())
        .stream().map(Notification::reference).toList()).containsExactly("fails");
    assertThat(notify.listNotifications(NotificationQuery.builder().templateType(TemplateType.SMS)
        .status(NotificationStatus.DELIVERED).reference("bulk").build()).stream().count()).isEqualTo(258);
  }

  @Test
  void readsTemplatesAndPreviews() {
    admin(sandbox, "POST", "/_sandbox/notify/templates/" + smsTemplate, "{\"body\":\"Hi ((name)), version two\"}");

    Template latest = notify.getTemplate(smsTemplate);
    assertThat(latest.version()).isEqualTo(2);
    assertThat(latest.body()).isEqualTo("Hi ((name)), version two");
    Template first = notify.getTemplate(smsTemplate, 1);
    assertThat(first.version()).isEqualTo(1);
    assertThat(first.body()).startsWith("Hello ((name))");
    assertThat(notify.listTemplates(TemplateType.EMAIL)).extracting(Template::id).containsExactly(emailTemplate);
    assertThat(notify.listTemplates()).extracting(Template::id)
        .contains(emailTemplate, smsTemplate, letterTemplate).hasSize(4); // and the address-only letter

    TemplatePreview preview = notify.previewTemplate(emailTemplate, Map.of("name", "Sam"));
    assertThat(preview.subject()).isEqualTo("Hello Sam");
    assertThat(preview.body()).startsWith("Dear Sam,");
    assertThat(preview.type()).isEqualTo(TemplateType.EMAIL);
    assertThat(preview.version()).isEqualTo(1);
    assertThat(preview.html()).contains("Dear Sam");
    assertThat(first.personalisation()).containsOnlyKeys("name");
    assertThat(first.type()).isEqualTo(TemplateType.SMS);
    assertThat(first.name()).isEqualTo("Sandbox text message");
    assertThat(notify.getTemplate(letterTemplate).postage()).isNotNull();
  }

  @Test
  void listsReceivedTextMessages() {
    admin(sandbox, "POST", "/_sandbox/notify/received-text-messages",
        "{\"user_number\":\"07700900111\",\"content\":\"STOP\"}");
    admin(sandbox, "POST", "/_sandbox/notify/received-text-messages",
        "{\"user_number\":\"07700900222\",\"content\":\"Yes please\"}");

    List<ReceivedTextMessage> texts = notify.listReceivedTextMessages().stream().toList();

    assertThat(texts).extracting(ReceivedTextMessage::content).containsExactly("Yes please", "STOP");
    assertThat(texts.get(0).userNumber()).isEqualTo("447700900222");
    assertThat(texts.get(0).serviceId().toString()).isEqualTo(notify.serviceId());
  }

  @Test
  void reportsNotifysValidationErrors() {
    assertThatThrownBy(() -> notify.sendEmail(EmailRequest.builder().templateId(emailTemplate)
        .emailAddress("resident@example.com").build()))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.errors()).anySatisfy(err -> {
            assertThat(err.code()).isEqualTo("BadRequestError");
            assertThat(err.message()).isEqualTo("Missing personalisation: name");
          });
        });
    assertThatThrownBy(() -> notify.sendSms(SmsRequest.builder().templateId(UUID.randomUUID())
        .phoneNumber("07700900123").build()))
        .isInstanceOfSatisfying(InvalidRequestException.class,
            e -> assertThat(e.errors()).extracting(err -> err.message()).contains("Template not found"));
  }

  @Test
  void teamKeySendsOnlyToTheTeamAndNoLetters() {
    admin(sandbox, "POST", "/_sandbox/notify/settings",
        "{\"teamEmails\":[\"officer@council.example\"],\"teamPhoneNumbers\":[\"07700900777\"]}");
    NotifyClient team = clientWithKey(key("teamApiKey"));

    assertThat(team.sendSms(sms("07700900777", "team")).id()).isNotNull();
    assertThatThrownBy(() -> team.sendSms(sms("07700900123", "outsider")))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
            .extracting(err -> err.message()).contains("Can\u2019t send to this recipient using a team-only API key"));
    assertThatThrownBy(() -> team.sendLetter(LetterRequest.builder().templateId(letterTemplate)
        .address("A Person", "1 Road").postcode("SW1A 1AA").personalisation(Map.of("name", "A")).build()))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(403);
          assertThat(e.errors()).extracting(err -> err.message()).contains("Cannot send letters with a team api key");
        });
  }

  @Test
  void testKeySimulatesFailures() {
    NotifyClient test = clientWithKey(key("testApiKey"));
    SmsResponse temp = test.sendSms(sms("07700900003", "temp"));
    SmsResponse perm = test.sendSms(sms("07700900002", "perm"));
    EmailResponse emailFail = test.sendEmail(EmailRequest.builder().templateId(emailTemplate)
        .emailAddress("perm-fail@simulator.notify").personalisation(Map.of("name", "X")).build());

    sandbox.advanceClock(Duration.ofSeconds(10));
    NotifyClient poller = NotifyClient.builder().baseUrl(sandbox.baseUrl()).clock(sandbox.clock())
        .apiKey(key("testApiKey")).sleeper(d -> Thread.sleep(10)).build();

    assertThat(poller.awaitFinalStatus(temp.id(), Duration.ofSeconds(5)).status())
        .isEqualTo(NotificationStatus.TEMPORARY_FAILURE);
    assertThat(poller.awaitFinalStatus(perm.id(), Duration.ofSeconds(5)).status())
        .isEqualTo(NotificationStatus.PERMANENT_FAILURE);
    assertThat(poller.awaitFinalStatus(emailFail.id(), Duration.ofSeconds(5)).status())
        .isEqualTo(NotificationStatus.PERMANENT_FAILURE);
  }

  @Test
  void retriesAfterThePerMinuteRateLimit() {
    admin(sandbox, "POST", "/_sandbox/notify/settings", "{\"rateLimit\":3}");
    AtomicInteger waits = new AtomicInteger();
    NotifyClient client = NotifyClient.builder().baseUrl(sandbox.baseUrl()).clock(sandbox.clock())
        .apiKey(key("apiKey")).sleeper(d -> {
          waits.incrementAndGet();
          sandbox.advanceClock(d.compareTo(Duration.ofSeconds(40)) < 0 ? Duration.ofSeconds(40) : d);
        }).build();

    // A bucket of 3 a minute holds 2, so lets 1 through; the second send is refused with RateLimitError and
    // retried. A refused request takes the token 20 s would bring (notifications-utils redis_client.py:209-220),
    // so the sleeper waits 40 s.
    for (int i = 0; i < 4; i++) {
      assertThat(client.sendSms(sms("07700900123", "r" + i)).id()).isNotNull();
    }

    assertThat(waits.get()).isPositive();
    assertThat(client.findNotificationsByReference("r3").stream().count()).isEqualTo(1);

    sandbox.advanceClock(Duration.ofMinutes(2)); // refill the bucket
    NotifyClient once = NotifyClient.builder().baseUrl(sandbox.baseUrl()).clock(sandbox.clock())
        .apiKey(key("apiKey")).retry(RetryOptions.disabled()).build();
    once.sendSms(sms("07700900123", "x1"));
    assertThatThrownBy(() -> once.sendSms(sms("07700900123", "x2")))
        .isInstanceOfSatisfying(RateLimitedException.class, e -> {
          assertThat(e.resetsLater()).isFalse();
          assertThat(e.errorCode()).contains(NotifyErrorTypes.RATE_LIMIT_ERROR);
          assertThat(e.errors()).extracting(x -> x.message())
              .containsExactly("Exceeded rate limit for key type LIVE of 3 requests per 60 seconds");
        });
  }

  @Test
  void dailyLimitIsNotRetriedUntilTomorrow() {
    admin(sandbox, "POST", "/_sandbox/notify/settings", "{\"dailyLimits\":{\"sms\":1}}");
    notify.sendSms(sms("07700900123", "first"));

    assertThatThrownBy(() -> notify.sendSms(sms("07700900123", "second")))
        .isInstanceOfSatisfying(RateLimitedException.class, e -> {
          assertThat(e.resetsLater()).isTrue();
          assertThat(e.errorCode()).contains(NotifyErrorTypes.TOO_MANY_REQUESTS_ERROR);
          assertThat(e.errors()).extracting(x -> x.message())
              .containsExactly("Exceeded send limits (sms: 1) for today");
        });
    assertThat(notify.findNotificationsByReference("second").stream().count()).isZero();
  }

  @Test
  void deliversSignedReceiptsToTheCallback() {
    String token = "callback-token-" + UUID.randomUUID();
    try (E2eSupport.Receiver receiver = new E2eSupport.Receiver()) {
      admin(sandbox, "POST", "/_sandbox/notify/callbacks/delivery-status",
          "{\"url\":\"" + receiver.url("/notify/status") + "\",\"bearerToken\":\"" + token + "\"}");
      SmsResponse sent = notify.sendSms(sms("07700900123", "callback-1"));

      sandbox.advanceClock(Duration.ofSeconds(10));
      await(() -> !receiver.received.isEmpty());

      E2eSupport.Receiver.Received r = receiver.received.get(0);
      DeliveryReceipt receipt = NotifyCallbacks.verifier(List.of("old-token-0123456789", token))
          .verifyDeliveryReceipt(r.authorization().get(0), r.body());
      assertThat(receipt.id()).isEqualTo(sent.id());
      assertThat(receipt.reference()).isEqualTo("callback-1");
      assertThat(receipt.status()).isEqualTo(NotificationStatus.DELIVERED);
      assertThat(receipt.notificationType()).isEqualTo(TemplateType.SMS);
      assertThat(receipt.to()).isEqualTo("07700900123");
      assertThat(receipt.templateId()).isEqualTo(smsTemplate);
      assertThat(receipt.templateVersion()).isEqualTo(1);
      assertThat(receipt.sentAt()).isNotNull();
      assertThat(receipt.completedAt()).isNotNull();
      assertThat(receipt.createdAt()).isEqualTo(notify.getNotification(sent.id()).createdAt());
      assertThat(FieldCoverage.dropped(json(r.body()), receipt, Set.of())).isEmpty();
      assertThatThrownBy(() -> NotifyCallbacks.verifier("another-token-0123456789")
          .verifyDeliveryReceipt(r.authorization().get(0), r.body()))
          .isInstanceOf(RuntimeException.class);
    }
  }

  @Test
  void serverErrorOnSendIsOutcomeUnknownThenReconciledByReference() {
    sandbox.failNext(SandboxPlatformId.NOTIFY, SandboxFault.SERVER_ERROR, 1);

    assertThatThrownBy(() -> notify.sendSms(sms("07700900123", "unknown-1")))
        .isInstanceOfSatisfying(OutcomeUnknownException.class,
            e -> assertThat(e.reference()).contains("unknown-1"));

    // Reconcile: the fault stopped it reaching Notify, so nothing has that reference; sending again is safe.
    assertThat(notify.findNotificationsByReference("unknown-1").stream().count()).isZero();
    SmsResponse again = notify.sendSms(sms("07700900123", "unknown-1"));
    assertThat(notify.findNotificationsByReference("unknown-1").stream().map(Notification::id).toList())
        .containsExactly(again.id());
  }

  @Test
  void smsSenderSanitisedContentAndPostage() {
    UUID sender = UUID.fromString(admin(sandbox, "GET", "/_sandbox/notify/settings", null).get("smsSenderId")
        .asText());
    SmsResponse sms = notify.sendSms(SmsRequest.builder().templateId(smsTemplate).phoneNumber("07700900123")
        .personalisation(Map.of("name", "Amala")).smsSenderId(sender).build());
    assertThat(sms.content().fromNumber()).isNotBlank();

    EmailResponse email = notify.sendEmail(EmailRequest.builder().templateId(emailTemplate)
        .emailAddress("resident@example.com").personalisation(Map.of("name", "<b>Amala</b>"))
        .sanitiseContentFor(List.of("NAME")).build());
    assertThat(email.sanitisedContent()).containsKey("name");
    assertThat(email.sanitisedContent().get("name").unsanitised()).isEqualTo("<b>Amala</b>");

    PrecompiledLetterResponse first = notify.sendPrecompiledLetter(
        PrecompiledLetterRequest.of("pre-first", PDF).withPostage(Postage.FIRST));
    assertThat(first.postage()).isEqualTo(Postage.FIRST);
    assertThat(notify.getNotification(first.id()).postage()).isEqualTo(Postage.FIRST);
  }

  @Test
  void listingHonoursOlderThanIncludeJobsAndKeyType() {
    SmsResponse a = notify.sendSms(sms("07700900401", "a"));
    SmsResponse b = notify.sendSms(sms("07700900402", "b"));
    SmsResponse c = notify.sendSms(sms("07700900403", "c"));
    clientWithKey(key("testApiKey")).sendSms(sms("07700900404", "test-key"));

    assertThat(notify.listNotifications(NotificationQuery.builder().olderThan(c.id()).build()).stream()
        .map(Notification::id).toList()).containsExactly(b.id(), a.id());
    assertThat(notify.listNotifications(NotificationQuery.builder().includeJobs(true).build()).stream()
        .map(Notification::id).toList()).containsExactly(c.id(), b.id(), a.id());
    assertThat(clientWithKey(key("testApiKey")).listNotifications().stream().map(Notification::reference)
        .toList()).containsExactly("test-key");
  }

  @Test
  void authenticationAndLookupFailures() {
    assertThatThrownBy(() -> notify.getNotification(UUID.randomUUID()))
        .isInstanceOf(NotFoundException.class);

    Clock skewed = Clock.offset(sandbox.clock(), Duration.ofMinutes(5));
    NotifyClient wrongClock = NotifyClient.builder().baseUrl(sandbox.baseUrl()).clock(skewed).apiKey(key("apiKey"))
        .build();
    assertThatThrownBy(() -> wrongClock.getNotification(UUID.randomUUID()))
        .isInstanceOfSatisfying(AuthenticationException.class,
            e -> assertThat(NotifyErrorTypes.isClockSkew(e)).isTrue());

    admin(sandbox, "POST", "/_sandbox/notify/keys/team/revoke", "{}");
    NotifyClient revoked = clientWithKey(key("teamApiKey"));
    assertThatThrownBy(() -> revoked.listTemplates())
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(403);
          assertThat(NotifyErrorTypes.isClockSkew(e)).isFalse();
        });
  }

  @Test
  void sendWhoseAnswerWasLostIsNotResentAndIsFoundByReference() {
    NotifyClient impatient = NotifyClient.builder().baseUrl(sandbox.baseUrl()).clock(sandbox.clock())
        .apiKey(key("apiKey")).readTimeout(Duration.ofMillis(300)).sleeper(d -> { }).build();
    sandbox.delayNext(SandboxPlatformId.NOTIFY, Duration.ofMillis(1500), 1);

    assertThatThrownBy(() -> impatient.sendSms(sms("07700900123", "lost-1")))
        .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> assertThat(e.reference()).contains("lost-1"));

    // Notify has no idempotency key: the client must not have sent it twice, and the reference finds it.
    assertThat(notify.findNotificationsByReference("lost-1").stream().count()).isEqualTo(1);
  }

  @Test
  void receivedTextsPageAndReachTheCallback() {
    String token = "inbound-token-" + UUID.randomUUID();
    try (E2eSupport.Receiver receiver = new E2eSupport.Receiver()) {
      admin(sandbox, "POST", "/_sandbox/notify/callbacks/received-text",
          "{\"url\":\"" + receiver.url("/notify/inbound") + "\",\"bearerToken\":\"" + token + "\"}");
      for (int i = 0; i < 252; i++) {
        admin(sandbox, "POST", "/_sandbox/notify/received-text-messages",
            "{\"user_number\":\"07700900" + (400 + i) + "\",\"content\":\"Reply " + i + "\"}");
      }

      List<ReceivedTextMessage> texts = notify.listReceivedTextMessages().stream().toList();
      assertThat(texts).hasSize(252);
      assertThat(texts.get(0).content()).isEqualTo("Reply 251");
      assertThat(texts.get(251).content()).isEqualTo("Reply 0");
      assertThat(texts).extracting(ReceivedTextMessage::id).doesNotHaveDuplicates();

      await(() -> receiver.received.size() == 252);
      E2eSupport.Receiver.Received r = receiver.received.stream()
          .filter(x -> x.text().contains("Reply 7\"")).findFirst().orElseThrow();
      ReceivedTextMessageCallback inbound = NotifyCallbacks.verifier(token)
          .verifyReceivedTextMessage(r.authorization().get(0), r.body());
      assertThat(inbound.message()).isEqualTo("Reply 7");
      assertThat(inbound.sourceNumber()).isEqualTo("447700900407");
      assertThat(texts).extracting(ReceivedTextMessage::id).contains(inbound.id());
      assertThat(FieldCoverage.dropped(json(r.body()), inbound, Set.of())).isEmpty();
    }
  }

  private static HttpResponse<byte[]> download(String url) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode json(byte[] body) {
    try {
      return Responses.JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** A call to the sandbox's Notify with a token made by hand, as another client would. */
  private JsonNode raw(String method, String path, String body) {
    String apiKey = key("apiKey");
    String iss = apiKey.substring(apiKey.length() - 73, apiKey.length() - 37);
    String secret = apiKey.substring(apiKey.length() - 36);
    try {
      SignedJWT jwt = new SignedJWT(
          new JWSHeader.Builder(JWSAlgorithm.HS256)
              .type(JOSEObjectType.JWT).build(),
          new JWTClaimsSet.Builder().issuer(iss)
              .issueTime(Date.from(sandbox.clock().instant())).build());
      jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
      HttpResponse<String> r = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
              .header("Authorization", "Bearer " + jwt.serialize()).header("Content-Type", "application/json")
              .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                  : HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
      return Responses.JSON.readTree(r.body());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void typedModelsKeepEveryFieldNotifySends() {
    Set<String> none = Set.of();
    String personalisation = "\"personalisation\":{\"name\":\"Amala\"}";
    SmsResponse sms = notify.sendSms(sms("07700900123", "f-sms"));
    assertThat(FieldCoverage.dropped(raw("POST", "/v2/notifications/sms", "{\"template_id\":\"" + smsTemplate
        + "\",\"phone_number\":\"07700900123\",\"reference\":\"f-sms\"," + personalisation + "}"), sms, none))
        .isEmpty();
    EmailResponse email = notify.sendEmail(EmailRequest.builder().templateId(emailTemplate)
        .emailAddress("resident@example.com").personalisation(Map.of("name", "Amala")).reference("f-email")
        .oneClickUnsubscribeUrl(URI.create("https://council.example/u")).sanitiseContentFor(List.of("name"))
        .build());
    assertThat(FieldCoverage.dropped(raw("POST", "/v2/notifications/email", "{\"template_id\":\"" + emailTemplate
        + "\",\"email_address\":\"resident@example.com\",\"reference\":\"f-email\","
        + "\"one_click_unsubscribe_url\":\"https://council.example/u\",\"sanitise_content_for\":[\"name\"],"
        + personalisation + "}"), email, none)).isEmpty();
    LetterResponse letter = notify.sendLetter(LetterRequest.builder().templateId(letterTemplate)
        .address("Amala Smith", "1 High Street").postcode("SW1A 1AA").personalisation(Map.of("name", "Amala"))
        .reference("f-letter").build());
    assertThat(FieldCoverage.dropped(raw("POST", "/v2/notifications/letter", "{\"template_id\":\"" + letterTemplate
        + "\",\"reference\":\"f-letter\",\"personalisation\":{\"name\":\"Amala\",\"address_line_1\":"
        + "\"Amala Smith\",\"address_line_2\":\"1 High Street\",\"address_line_3\":\"SW1A 1AA\"}}"), letter, none))
        .isEmpty();
    PrecompiledLetterResponse pre = notify.sendPrecompiledLetter(PrecompiledLetterRequest.of("f-pre", PDF));
    assertThat(FieldCoverage.dropped(raw("POST", "/v2/notifications/letter", "{\"reference\":\"f-pre\","
        + "\"content\":\"" + Base64.getEncoder().encodeToString(PDF) + "\"}"), pre, none)).isEmpty();

    sandbox.advanceClock(Duration.ofSeconds(10));
    await(() -> notify.getNotification(sms.id()).status().isFinal());
    for (UUID id : List.of(sms.id(), email.id(), letter.id(), pre.id())) {
      assertThat(FieldCoverage.dropped(raw("GET", "/v2/notifications/" + id, null), notify.getNotification(id),
          none)).as("notification %s", id).isEmpty();
    }
    assertThat(FieldCoverage.dropped(raw("GET", "/v2/notifications", null).path("notifications"),
        notify.listNotifications().stream().toList(), none)).isEmpty();
    for (UUID t : List.of(emailTemplate, smsTemplate, letterTemplate)) {
      assertThat(FieldCoverage.dropped(raw("GET", "/v2/template/" + t, null), notify.getTemplate(t), none))
          .as("template %s", t).isEmpty();
      assertThat(FieldCoverage.dropped(raw("GET", "/v2/template/" + t + "/version/1", null), notify.getTemplate(t, 1),
          none)).isEmpty();
      assertThat(FieldCoverage.dropped(raw("POST", "/v2/template/" + t + "/preview", "{" + personalisation + "}"),
          notify.previewTemplate(t, Map.of("name", "Amala")), none)).isEmpty();
    }
    assertThat(FieldCoverage.dropped(raw("GET", "/v2/templates", null).path("templates"), notify.listTemplates(),
        none)).isEmpty();
    admin(sandbox, "POST", "/_sandbox/notify/received-text-messages",
        "{\"user_number\":\"07700900111\",\"content\":\"STOP\"}");
    assertThat(FieldCoverage.dropped(raw("GET", "/v2/received-text-messages", null).path("received_text_messages"),
        notify.listReceivedTextMessages().stream().toList(), none)).isEmpty();
  }

  @Test
  void trialModeInternationalTextsAndLetters() {
    // As in Notify, only a service with the international_letters permission may end an address with a country.
    admin(sandbox, "POST", "/_sandbox/notify/settings", "{\"permissions\":[\"email\",\"sms\",\"letter\","
        + "\"international_sms\",\"international_letters\"]}");
    SmsResponse abroad = notify.sendSms(sms("+33 6 12 34 56 78", "intl"));
    LetterResponse toFrance = notify.sendLetter(LetterRequest.builder().templateId(letterTemplate)
        .address("Amala Smith", "1 Rue de la Paix", "75002 Paris", "France").personalisation(Map.of("name", "A"))
        .build());
    assertThat(notify.getNotification(toFrance.id()).postage()).isEqualTo(Postage.EUROPE);
    sandbox.advanceClock(Duration.ofSeconds(10));
    await(() -> notify.getNotification(abroad.id()).status().isFinal());
    Notification sent = notify.getNotification(abroad.id());
    assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
    assertThat(sent.costDetails().internationalRateMultiplier()).isGreaterThan(BigDecimal.ONE);

    admin(sandbox, "POST", "/_sandbox/notify/settings", "{\"restricted\":true,\"teamPhoneNumbers\":[\"07700900777\"]}");
    assertThat(notify.sendSms(sms("07700900777", "team-member")).id()).isNotNull();
    assertThatThrownBy(() -> notify.sendSms(sms("07700900123", "public")))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors()).extracting(x -> x.message())
            .containsExactly("Can\u2019t send to this recipient when service is in trial mode \u2013 see "
                + "https://www.notifications.service.gov.uk/trial-mode"));
    assertThatThrownBy(() -> notify.sendLetter(LetterRequest.builder().templateId(letterTemplate)
        .address("A Person", "1 Road").postcode("SW1A 1AA").personalisation(Map.of("name", "A")).build()))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(403));
  }

  @Test
  void letterStatusesWaiterTimeoutAndLookupErrors() {
    LetterResponse letter = notify.sendLetter(LetterRequest.builder().templateId(letterTemplate)
        .address("Amala Smith", "1 High Street").postcode("SW1A 1AA").personalisation(Map.of("name", "A")).build());
    SmsResponse text = notify.sendSms(sms("07700900123", "t"));

    // Like Notify's DAO, "accepted" means created or sending for every type, so the text matches too.
    assertThat(notify.listNotifications(NotificationQuery.builder().status(NotificationStatus.ACCEPTED).build())
        .stream().map(Notification::id).toList()).containsExactly(text.id(), letter.id());
    assertThatThrownBy(() -> notify.getLetterPdf(text.id()))
        .isInstanceOfSatisfying(InvalidRequestException.class,
            e -> assertThat(e.errors()).extracting(x -> x.message()).contains("Notification is not a letter"));
    assertThatThrownBy(() -> notify.getTemplate(smsTemplate, 7))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> notify.previewTemplate(smsTemplate, Map.of()))
        .isInstanceOfSatisfying(InvalidRequestException.class,
            e -> assertThat(e.errors()).extracting(x -> x.message()).contains("Missing personalisation: name"));

    // The waiter's sleeps move the sandbox clock: a minute is not enough for a letter to be received.
    NotifyClient waiter = clientWithKey(key("apiKey"));
    assertThatThrownBy(() -> waiter.awaitFinalStatus(letter.id(), Duration.ofMinutes(1)))
        .isInstanceOfSatisfying(FinalStatusTimeoutException.class,
            e -> assertThat(e.getMessage()).contains(letter.id().toString()));

    sandbox.advanceClock(Duration.ofHours(25));
    await(() -> notify.getNotification(letter.id()).status() == NotificationStatus.RECEIVED);
    assertThat(notify.listNotifications(NotificationQuery.builder().status(NotificationStatus.RECEIVED)
        .templateType(TemplateType.LETTER).build()).stream().map(Notification::id).toList())
        .containsExactly(letter.id());
    assertThat(waiter.awaitFinalStatus(letter.id(), Duration.ofMinutes(1)).status())
        .isEqualTo(NotificationStatus.RECEIVED);
  }
}
