package io.github.councilplatform.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.councilplatform.notify.Fixtures.NOTIFICATION_ID;
import static io.github.councilplatform.notify.Fixtures.TEMPLATE_ID;
import static io.github.councilplatform.notify.NotifyTestSupport.START;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SendOperationsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort()).failOnUnmatchedRequests(true).build();

  private final FakeTime time = new FakeTime(START);
  private NotifyClient notify;

  @BeforeEach
  void setUp() {
    notify = NotifyTestSupport.client(wm, time);
  }

  @Test
  void sendSmsPostsTheBodyNotifyExpectsWithAFreshJwt() {
    wm.stubFor(post("/v2/notifications/sms")
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("""
            {"phone_number": "07700900123", "template_id": "%s",
             "personalisation": {"name": "Amala", "items": ["one", "two"], "count": 3},
             "reference": "permit-42", "sms_sender_id": "0b1c6a44-2d0f-44b8-a3c5-0f4a1c0f4b11"}
            """.formatted(TEMPLATE_ID), false, false))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody(Fixtures.SMS_RESPONSE)));

    SmsResponse sms = notify.sendSms(SmsRequest.builder()
        .templateId(UUID.fromString(TEMPLATE_ID)).phoneNumber("07700900123")
        .personalisation(Map.of("name", "Amala", "items", List.of("one", "two"), "count", 3))
        .reference("permit-42").smsSenderId(UUID.fromString("0b1c6a44-2d0f-44b8-a3c5-0f4a1c0f4b11")).build());

    assertThat(sms.id()).isEqualTo(UUID.fromString(NOTIFICATION_ID));
    assertThat(sms.reference()).isEqualTo("permit-42");
    assertThat(sms.content().body()).isEqualTo("Hello Amala, your permit is ready");
    assertThat(sms.content().fromNumber()).isEqualTo("COUNCIL");
    assertThat(sms.template().id()).isEqualTo(UUID.fromString(TEMPLATE_ID));
    assertThat(sms.template().version()).isEqualTo(3);
    assertThat(sms.uri()).isEqualTo(URI.create("https://api.notifications.service.gov.uk/v2/notifications/"
        + NOTIFICATION_ID));
    assertThat(sms.scheduledFor()).isNull();
    NotifyTestSupport.assertNotifyJwt(wm.getAllServeEvents().get(0).getRequest().getHeader("Authorization"), START);
  }

  @Test
  void sendSmsLeavesOutOptionalFieldsThatAreNotSet() {
    wm.stubFor(post("/v2/notifications/sms")
        .withRequestBody(equalToJson("""
            {"phone_number": "+44 7700 900123", "template_id": "%s"}
            """.formatted(TEMPLATE_ID)))
        .willReturn(aResponse().withStatus(201).withBody(Fixtures.SMS_RESPONSE)));

    notify.sendSms(SmsRequest.builder().templateId(UUID.fromString(TEMPLATE_ID)).phoneNumber("+44 7700 900123")
        .build());

    NotifyTestSupport.assertAllRequestsAuthenticated(wm);
  }

  @Test
  void sendEmailSendsEveryOptionAndAnAttachmentAsNotifysUploadObject() {
    byte[] pdf = "%PDF-1.7 permit".getBytes(StandardCharsets.US_ASCII);
    String b64 = Base64.getEncoder().encodeToString(pdf);
    wm.stubFor(post("/v2/notifications/email")
        .withRequestBody(equalToJson("""
            {"email_address": "amala@example.org", "template_id": "%s",
             "personalisation": {"name": "Amala",
               "link_to_file": {"file": "%s", "filename": "permit.pdf", "confirm_email_before_download": false,
                                "retention_period": "52 weeks"}},
             "reference": "permit-43", "email_reply_to_id": "5b1a7c44-2d0f-44b8-a3c5-0f4a1c0f4b12",
             "one_click_unsubscribe_url": "https://council.example/unsub?u=1",
             "sanitise_content_for": ["comment"]}
            """.formatted(TEMPLATE_ID, b64)))
        .willReturn(aResponse().withStatus(201).withBody(Fixtures.EMAIL_RESPONSE)));

    EmailResponse email = notify.sendEmail(EmailRequest.builder()
        .templateId(UUID.fromString(TEMPLATE_ID)).emailAddress("amala@example.org")
        .personalisation(Map.of("name", "Amala"))
        .attachment("link_to_file", FileAttachment.of(pdf, "permit.pdf").withConfirmEmailBeforeDownload(false)
            .withRetentionPeriodWeeks(52))
        .reference("permit-43").emailReplyToId(UUID.fromString("5b1a7c44-2d0f-44b8-a3c5-0f4a1c0f4b12"))
        .oneClickUnsubscribeUrl(URI.create("https://council.example/unsub?u=1"))
        .sanitiseContentFor(List.of("comment")).build());

    assertThat(email.content().subject()).isEqualTo("Your permit");
    assertThat(email.content().fromEmail()).isEqualTo("parking@notifications.service.gov.uk");
    assertThat(email.content().oneClickUnsubscribeUrl()).isEqualTo(URI.create("https://council.example/unsub?u=1"));
    assertThat(email.sanitisedContent()).containsKey("comment");
    assertThat(email.sanitisedContent().get("comment").unsanitised()).isEqualTo("see [x](http://evil)");
    NotifyTestSupport.assertAllRequestsAuthenticated(wm);
  }

  @Test
  void sendLetterPutsTheAddressIntoPersonalisation() {
    wm.stubFor(post("/v2/notifications/letter")
        .withRequestBody(equalToJson("""
            {"template_id": "%s", "reference": "letter-1",
             "personalisation": {"address_line_1": "Amala Smith", "address_line_2": "1 High Street",
                                 "address_line_3": "Townton", "postcode": "SW1A 1AA", "amount": "£120"}}
            """.formatted(TEMPLATE_ID)))
        .willReturn(aResponse().withStatus(201).withBody(Fixtures.LETTER_RESPONSE)));

    LetterResponse letter = notify.sendLetter(LetterRequest.builder().templateId(UUID.fromString(TEMPLATE_ID))
        .address("Amala Smith", "1 High Street", "Townton").postcode("SW1A 1AA")
        .personalisation(Map.of("amount", "£120")).reference("letter-1").build());

    assertThat(letter.content().subject()).isEqualTo("Council tax");
    assertThat(letter.template().version()).isEqualTo(2);
    NotifyTestSupport.assertAllRequestsAuthenticated(wm);
  }

  @Test
  void sendLetterWithTheLastLineAsPostcodeUsesAddressLinesOnly() {
    wm.stubFor(post("/v2/notifications/letter")
        .withRequestBody(equalToJson("""
            {"template_id": "%s",
             "personalisation": {"address_line_1": "A Smith", "address_line_2": "1 High St",
                                 "address_line_3": "SW1A 1AA"}}
            """.formatted(TEMPLATE_ID)))
        .willReturn(aResponse().withStatus(201).withBody(Fixtures.LETTER_RESPONSE)));

    notify.sendLetter(LetterRequest.builder().templateId(UUID.fromString(TEMPLATE_ID))
        .address(List.of("A Smith", "1 High St", "SW1A 1AA")).build());
  }

  @Test
  void sendPrecompiledLetterSendsBase64ContentAndPostage() {
    byte[] pdf = "%PDF-1.4\nletter".getBytes(StandardCharsets.US_ASCII);
    wm.stubFor(post("/v2/notifications/letter")
        .withRequestBody(equalToJson("""
            {"reference": "pdf-1", "content": "%s", "postage": "first"}
            """.formatted(Base64.getEncoder().encodeToString(pdf))))
        .willReturn(aResponse().withStatus(201).withBody(Fixtures.PRECOMPILED_RESPONSE)));

    PrecompiledLetterResponse r = notify.sendPrecompiledLetter(
        PrecompiledLetterRequest.of("pdf-1", pdf).withPostage(Postage.FIRST));

    assertThat(r.id()).isEqualTo(UUID.fromString(NOTIFICATION_ID));
    assertThat(r.reference()).isEqualTo("pdf-1");
    assertThat(r.postage()).isEqualTo(Postage.FIRST);
    wm.verify(1, postRequestedFor(urlEqualTo("/v2/notifications/letter")));
    NotifyTestSupport.assertAllRequestsAuthenticated(wm);
  }
}
