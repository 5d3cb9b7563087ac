package io.github.councilplatform.notify;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.councilplatform.notify.Fixtures.TEMPLATE_ID;
import static io.github.councilplatform.notify.NotifyTestSupport.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.councilplatform.core.RequestValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad input is refused before anything is sent: WireMock has no stubs and must see no request. */
class RequestValidationTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort()).failOnUnmatchedRequests(true).build();

  private static final UUID TEMPLATE = UUID.fromString(TEMPLATE_ID);
  private final NotifyClient notify = NotifyTestSupport.client(wm, new FakeTime(START));

  @AfterEach
  void nothingWasSent() {
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void aMissingTemplateIdIsRefused() {
    assertThatThrownBy(() -> SmsRequest.builder().phoneNumber("07700900123").build())
        .isInstanceOf(RequestValidationException.class)
        .satisfies(e -> assertThat(((RequestValidationException) e).field()).isEqualTo("template_id"));
    assertThatThrownBy(() -> EmailRequest.builder().emailAddress("a@example.org").build())
        .isInstanceOf(RequestValidationException.class);
    assertThatThrownBy(() -> LetterRequest.builder().address("A", "B", "SW1A 1AA").build())
        .isInstanceOf(RequestValidationException.class);
  }

  @Test
  void recipientsAreChecked() {
    assertThatThrownBy(() -> SmsRequest.builder().templateId(TEMPLATE).phoneNumber("07700 9OO123").build())
        .hasMessageContaining("phone_number");
    assertThatThrownBy(() -> SmsRequest.builder().templateId(TEMPLATE).build()).hasMessageContaining("phone_number");
    assertThatThrownBy(() -> EmailRequest.builder().templateId(TEMPLATE).emailAddress("amala.example.org").build())
        .hasMessageContaining("email_address");
    assertThatThrownBy(() -> EmailRequest.builder().templateId(TEMPLATE).emailAddress("am ala@example.org").build())
        .hasMessageContaining("email_address");
    assertThatCode(() -> SmsRequest.builder().templateId(TEMPLATE).phoneNumber("+44 (0)7700-900123").build())
        .doesNotThrowAnyException();
  }

  @Test
  void referencesLongerThan1000CharactersAreRefused() {
    assertThatThrownBy(() -> SmsRequest.builder().templateId(TEMPLATE).phoneNumber("07700900123")
        .reference("x".repeat(1001)).build()).hasMessageContaining("reference");
    assertThatCode(() -> SmsRequest.builder().templateId(TEMPLATE).phoneNumber("07700900123")
        .reference("x".repeat(1000)).build()).doesNotThrowAnyException();
  }

  /**
   * Notify counts code points (jsonschema maxLength is Python len; notifications-api
   * app/v2/notifications/notification_schemas.py:156, 199): 1000 emoji (2000 UTF-16 units) are allowed.
   */
  @Test
  void referenceLengthCountsCodePointsAsNotifyDoes() {
    String emoji = "\uD83D\uDE00"; // one code point, two UTF-16 units
    assertThatCode(() -> EmailRequest.builder().templateId(TEMPLATE).emailAddress("a@example.org")
        .reference(emoji.repeat(1000)).build()).doesNotThrowAnyException();
    assertThatThrownBy(() -> EmailRequest.builder().templateId(TEMPLATE).emailAddress("a@example.org")
        .reference(emoji.repeat(1001)).build()).isInstanceOf(RequestValidationException.class)
        .hasMessageContaining("it has 1001");
  }

  @Test
  void oneClickUnsubscribeMustBeHttps() {
    assertThatThrownBy(() -> EmailRequest.builder().templateId(TEMPLATE).emailAddress("a@example.org")
        .oneClickUnsubscribeUrl(URI.create("http://council.example/unsub")).build())
        .isInstanceOf(RequestValidationException.class).hasMessageContaining("one_click_unsubscribe_url");
    assertThatThrownBy(() -> EmailRequest.builder().templateId(TEMPLATE).emailAddress("a@example.org")
        .oneClickUnsubscribeUrl(URI.create("/unsub")).build()).isInstanceOf(RequestValidationException.class);
  }

  @Test
  void attachmentsOver2MbAreRefusedAndExactly2MbIsAccepted() {
    assertThatThrownBy(() -> FileAttachment.of(new byte[FileAttachment.MAX_BYTES + 1], "big.pdf"))
        .isInstanceOf(RequestValidationException.class).hasMessageContaining("2MB");
    assertThat(FileAttachment.of(new byte[FileAttachment.MAX_BYTES], "ok.pdf").size()).isEqualTo(2 * 1024 * 1024);
    assertThatThrownBy(() -> FileAttachment.of(new byte[0], "empty.pdf")).isInstanceOf(RequestValidationException.class);
  }

  @Test
  void attachmentRetentionMustBe1To78Weeks() {
    FileAttachment f = FileAttachment.of(new byte[] {1}, "a.csv");
    assertThatThrownBy(() -> f.withRetentionPeriodWeeks(0)).hasMessageContaining("retention_period");
    assertThatThrownBy(() -> f.withRetentionPeriodWeeks(79)).hasMessageContaining("retention_period");
    assertThat(f.withRetentionPeriodWeeks(1).retentionPeriodWeeks()).isEqualTo(1);
    assertThat(f.withRetentionPeriodWeeks(78).retentionPeriodWeeks()).isEqualTo(78);
  }

  @Test
  void attachmentFilenamesNeedAnExtension() {
    assertThatThrownBy(() -> FileAttachment.of(new byte[] {1}, "report")).hasMessageContaining("extension");
    assertThatThrownBy(() -> FileAttachment.of(new byte[] {1}, "a".repeat(98) + ".pdf")).hasMessageContaining("100");
    assertThat(FileAttachment.of(new byte[] {1}, null).filename()).isNull();
  }

  @Test
  void filesCanOnlyBeSentByEmail() {
    FileAttachment f = FileAttachment.of(new byte[] {1}, "a.pdf");
    assertThatThrownBy(() -> SmsRequest.builder().templateId(TEMPLATE).phoneNumber("07700900123")
        .personalisation(Map.of("file", f)).build()).hasMessageContaining("only send a file by email");
    assertThatThrownBy(() -> notify.previewTemplate(TEMPLATE, Map.of("file", f)))
        .isInstanceOf(RequestValidationException.class);
  }

  @Test
  void personalisationValuesMustBeTextNumbersOrLists() {
    assertThatThrownBy(() -> SmsRequest.builder().templateId(TEMPLATE).phoneNumber("07700900123")
        .personalisation(Map.of("when", new Object())).build()).hasMessageContaining("'when'");
  }

  @Test
  void letterAddressesFollowNotifysRules() {
    assertThatThrownBy(() -> LetterRequest.builder().templateId(TEMPLATE).address("A Smith").postcode("SW1A 1AA")
        .build()).hasMessageContaining("at least 3 lines");
    assertThatThrownBy(() -> LetterRequest.builder().templateId(TEMPLATE)
        .address("1", "2", "3", "4", "5", "6", "7", "8").build()).hasMessageContaining("no more than 7");
    assertThatThrownBy(() -> LetterRequest.builder().templateId(TEMPLATE).address("A", "--", "SW1A 1AA").build())
        .hasMessageContaining("alphanumeric");
    assertThatThrownBy(() -> LetterRequest.builder().templateId(TEMPLATE).address("A", "=SUM(1)", "SW1A 1AA")
        .build()).hasMessageContaining("must not start");
    assertThatThrownBy(() -> LetterRequest.builder().templateId(TEMPLATE).address("A", "B", "C")
        .personalisation(Map.of("address_line_4", "x")).build()).hasMessageContaining("part of the address");
    assertThatCode(() -> LetterRequest.builder().templateId(TEMPLATE)
        .address("1", "2", "3", "4", "5", "6").postcode("SW1A 1AA").build()).doesNotThrowAnyException();
  }

  @Test
  void precompiledLettersNeedAReferenceAPdfAndSelectablePostage() {
    byte[] pdf = "%PDF-1.4".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> PrecompiledLetterRequest.of(" ", pdf)).hasMessageContaining("reference");
    assertThatThrownBy(() -> PrecompiledLetterRequest.of("r", "hello".getBytes(StandardCharsets.US_ASCII)))
        .hasMessageContaining("not a PDF");
    assertThatThrownBy(() -> PrecompiledLetterRequest.of("r", pdf).withPostage(Postage.EUROPE))
        .hasMessageContaining("first, second or economy");
    assertThat(PrecompiledLetterRequest.of("r", new ByteArrayInputStream(pdf), Postage.ECONOMY).postage())
        .isEqualTo(Postage.ECONOMY);
  }

  @Test
  void anUnreadablePdfStreamKeepsItsCause() {
    IOException boom = new IOException("disk gone");
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw boom;
      }
    };
    assertThatThrownBy(() -> PrecompiledLetterRequest.of("r", broken, null))
        .isInstanceOf(UncheckedIOException.class).hasCause(boom);
  }

  @Test
  void operationArgumentsAreChecked() {
    assertThatThrownBy(() -> notify.getTemplate(TEMPLATE, 0)).hasMessageContaining("version");
    assertThatThrownBy(() -> notify.getNotification(null)).isInstanceOf(RequestValidationException.class);
    assertThatThrownBy(() -> notify.findNotificationsByReference("")).isInstanceOf(RequestValidationException.class);
    assertThatThrownBy(() -> notify.listTemplates(TemplateType.UNKNOWN)).isInstanceOf(RequestValidationException.class);
    assertThatThrownBy(() -> NotificationQuery.builder().status(NotificationStatus.UNKNOWN).build())
        .isInstanceOf(RequestValidationException.class);
    assertThatThrownBy(() -> notify.awaitFinalStatus(UUID.randomUUID(), java.time.Duration.ZERO))
        .isInstanceOf(RequestValidationException.class);
  }

  @Test
  void requestsNeverShowPersonalDataInToString() {
    SmsRequest sms = SmsRequest.builder().templateId(TEMPLATE).phoneNumber("07700900123")
        .personalisation(Map.of("name", "Amala Smith")).build();
    EmailRequest email = EmailRequest.builder().templateId(TEMPLATE).emailAddress("amala.smith@example.org")
        .personalisation(Map.of("name", "Amala Smith")).sanitiseContentFor(List.of("name")).build();
    assertThat(sms.toString()).doesNotContain("07700900123").doesNotContain("Amala").contains("name");
    assertThat(email.toString()).doesNotContain("amala.smith@").doesNotContain("Amala Smith");
  }
}
