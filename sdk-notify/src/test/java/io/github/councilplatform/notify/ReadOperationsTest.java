package io.github.councilplatform.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.councilplatform.notify.Fixtures.NOTIFICATION_ID;
import static io.github.councilplatform.notify.Fixtures.TEMPLATE_ID;
import static io.github.councilplatform.notify.NotifyTestSupport.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.councilplatform.core.Page;
import io.github.councilplatform.core.UnexpectedResponseException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReadOperationsTest {
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
  void getNotificationReadsEveryField() {
    wm.stubFor(get("/v2/notifications/" + NOTIFICATION_ID)
        .willReturn(okJson(Fixtures.notification(NOTIFICATION_ID, "delivered"))));

    Notification n = notify.getNotification(UUID.fromString(NOTIFICATION_ID));

    assertThat(n.id()).isEqualTo(UUID.fromString(NOTIFICATION_ID));
    assertThat(n.type()).isEqualTo(TemplateType.SMS);
    assertThat(n.status()).isEqualTo(NotificationStatus.DELIVERED);
    assertThat(n.phoneNumber()).isEqualTo("07700900123");
    assertThat(n.createdAt()).isEqualTo(Instant.parse("2026-05-17T09:58:38.342838Z"));
    assertThat(n.sentAt()).isEqualTo(Instant.parse("2026-05-17T09:58:40Z"));
    assertThat(n.completedAt()).isNull();
    assertThat(n.isCostDataReady()).isTrue();
    assertThat(n.costInPounds()).isEqualByComparingTo(new BigDecimal("0.0227"));
    assertThat(n.costDetails().billableSmsFragments()).isEqualTo(1);
    assertThat(n.costDetails().smsRate()).isEqualByComparingTo(new BigDecimal("0.0227"));
    assertThat(n.template().version()).isEqualTo(3);
    assertThat(n.toString()).doesNotContain("07700900123").doesNotContain("Hello Amala").contains("*123");
    NotifyTestSupport.assertAllRequestsAuthenticated(wm);
  }

  @Test
  void getNotificationReadsALetterWithEstimatedDeliveryAndNoCostYet() {
    wm.stubFor(get("/v2/notifications/" + NOTIFICATION_ID).willReturn(okJson(Fixtures.LETTER_NOTIFICATION)));

    Notification n = notify.getNotification(UUID.fromString(NOTIFICATION_ID));

    assertThat(n.type()).isEqualTo(TemplateType.LETTER);
    assertThat(n.status()).isEqualTo(NotificationStatus.ACCEPTED);
    assertThat(n.line1()).isEqualTo("Amala Smith");
    assertThat(n.addressLines()).containsExactly("Amala Smith", "1 High Street", "Townton", "SW1A 1AA");
    assertThat(n.postage()).isEqualTo(Postage.SECOND);
    assertThat(n.estimatedDelivery()).isEqualTo(Instant.parse("2026-05-21T15:00:00Z"));
    assertThat(n.isCostDataReady()).isFalse();
    assertThat(n.costInPounds()).isNull();
    assertThat(n.costDetails()).isEqualTo(CostDetails.NONE);
    assertThat(n.toString()).doesNotContain("High Street");
  }

  @Test
  void statusesAndTypesAddedLaterReadAsUnknown() {
    wm.stubFor(get("/v2/notifications/" + NOTIFICATION_ID).willReturn(okJson(
        Fixtures.notification(NOTIFICATION_ID, "carrier-pigeon").replace("\"sms\"", "\"fax\""))));

    Notification n = notify.getNotification(UUID.fromString(NOTIFICATION_ID));

    assertThat(n.status()).isEqualTo(NotificationStatus.UNKNOWN);
    assertThat(n.status().isFinal()).isFalse();
    assertThat(n.type()).isEqualTo(TemplateType.UNKNOWN);
  }

  @Test
  void theDocumentationsZonelessTimestampsAreReadAsUtc() {
    wm.stubFor(get("/v2/notifications/" + NOTIFICATION_ID).willReturn(okJson(Fixtures.notification(NOTIFICATION_ID,
        "sending").replace("2026-05-17T09:58:38.342838Z", "2026-05-17 09:58:38.342838"))));

    assertThat(notify.getNotification(UUID.fromString(NOTIFICATION_ID)).createdAt())
        .isEqualTo(Instant.parse("2026-05-17T09:58:38.342838Z"));
  }

  @Test
  void aBodyOfTheWrongShapeIsAnUnexpectedResponse() {
    wm.stubFor(get("/v2/notifications/" + NOTIFICATION_ID).willReturn(okJson("{\"hello\": \"world\"}")));
    assertThatThrownBy(() -> notify.getNotification(UUID.fromString(NOTIFICATION_ID)))
        .isInstanceOf(UnexpectedResponseException.class);

    wm.stubFor(get("/v2/notifications/" + NOTIFICATION_ID).willReturn(aResponse().withStatus(200)
        .withBody("<html>proxy</html>")));
    assertThatThrownBy(() -> notify.getNotification(UUID.fromString(NOTIFICATION_ID)))
        .isInstanceOf(UnexpectedResponseException.class)
        .satisfies(e -> assertThat(((UnexpectedResponseException) e).rawBody()).contains("proxy"));
  }

  @Test
  void getLetterPdfReturnsTheRawBytes() {
    byte[] pdf = "%PDF-1.7 binary \u00ff".getBytes(StandardCharsets.ISO_8859_1);
    wm.stubFor(get("/v2/notifications/" + NOTIFICATION_ID + "/pdf")
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf").withBody(pdf)));

    assertThat(notify.getLetterPdf(UUID.fromString(NOTIFICATION_ID))).isEqualTo(pdf);
    NotifyTestSupport.assertAllRequestsAuthenticated(wm);
  }

  @Test
  void getTemplateAndAVersionOfIt() {
    wm.stubFor(get("/v2/template/" + TEMPLATE_ID).willReturn(okJson(Fixtures.TEMPLATE)));
    wm.stubFor(get("/v2/template/" + TEMPLATE_ID + "/version/4").willReturn(okJson(Fixtures.TEMPLATE)));

    Template latest = notify.getTemplate(UUID.fromString(TEMPLATE_ID));
    Template v4 = notify.getTemplate(UUID.fromString(TEMPLATE_ID), 4);

    assertThat(latest).isEqualTo(v4);
    assertThat(latest.name()).isEqualTo("Council tax reminder");
    assertThat(latest.type()).isEqualTo(TemplateType.LETTER);
    assertThat(latest.version()).isEqualTo(4);
    assertThat(latest.createdBy()).isEqualTo("officer@council.example");
    assertThat(latest.updatedAt()).isEqualTo(Instant.parse("2026-02-03T11:00:00Z"));
    assertThat(latest.personalisation()).containsEntry("name", new TemplatePlaceholder(true));
    assertThat(latest.postage()).isEqualTo(Postage.FIRST);
    assertThat(latest.letterContactBlock()).isEqualTo("Town Hall");
    NotifyTestSupport.assertAllRequestsAuthenticated(wm);
  }

  @Test
  void listTemplatesFiltersByType() {
    wm.stubFor(get(urlPathEqualTo("/v2/templates")).withQueryParam("type", equalTo("letter"))
        .willReturn(okJson("{\"templates\": [" + Fixtures.TEMPLATE + "]}")));
    wm.stubFor(get(urlPathEqualTo("/v2/templates")).withQueryParam("type", absent())
        .willReturn(okJson("{\"templates\": [" + Fixtures.TEMPLATE + "," + Fixtures.TEMPLATE + "]}")));

    assertThat(notify.listTemplates(TemplateType.LETTER)).hasSize(1);
    assertThat(notify.listTemplates()).hasSize(2);
    NotifyTestSupport.assertAllRequestsAuthenticated(wm);
  }

  @Test
  void previewTemplatePostsPersonalisation() {
    wm.stubFor(post("/v2/template/" + TEMPLATE_ID + "/preview")
        .withRequestBody(equalToJson("{\"personalisation\": {\"name\": \"Amala\"}}"))
        .willReturn(okJson(Fixtures.PREVIEW)));

    TemplatePreview p = notify.previewTemplate(UUID.fromString(TEMPLATE_ID), Map.of("name", "Amala"));

    assertThat(p.body()).isEqualTo("Dear Amala");
    assertThat(p.postage()).isEqualTo(Postage.ECONOMY);
    assertThat(p.type()).isEqualTo(TemplateType.LETTER);
    NotifyTestSupport.assertAllRequestsAuthenticated(wm);
  }

  @Test
  void listNotificationsFollowsOlderThanAcrossThreePagesAndStopsOnAnEmptyPage() {
    List<List<String>> pages = List.of(ids(0, 3), ids(3, 6), ids(6, 8));
    for (int p = 0; p < pages.size(); p++) {
      String olderThan = p == 0 ? null : last(pages.get(p - 1));
      wm.stubFor(listStub(olderThan).willReturn(okJson(notificationPage(pages.get(p), true))));
    }
    wm.stubFor(listStub(last(pages.get(2))).willReturn(okJson(notificationPage(List.of(), false))));

    List<String> seen = notify.listNotifications(NotificationQuery.builder()
            .status(NotificationStatus.DELIVERED, NotificationStatus.SENDING)
            .templateType(TemplateType.EMAIL, TemplateType.SMS)
            .reference("batch 7").includeJobs(true).build())
        .stream().map(n -> n.id().toString()).collect(Collectors.toList());

    assertThat(seen).containsExactlyElementsOf(pages.stream().flatMap(List::stream).toList());
    wm.verify(4, getRequestedFor(urlPathEqualTo("/v2/notifications")));
    NotifyTestSupport.assertAllRequestsAuthenticated(wm);
  }

  @Test
  void listNotificationsIsLazyAndResumable() {
    List<String> first = ids(0, 2);
    wm.stubFor(get(urlPathEqualTo("/v2/notifications")).withQueryParam("older_than", absent())
        .willReturn(okJson(notificationPage(first, true))));
    wm.stubFor(get(urlPathEqualTo("/v2/notifications")).withQueryParam("older_than", equalTo(last(first)))
        .willReturn(okJson(notificationPage(List.of(), false))));

    Notification newest = notify.listNotifications().iterator().next();
    assertThat(newest.id().toString()).isEqualTo(first.get(0));
    wm.verify(1, getRequestedFor(urlPathEqualTo("/v2/notifications")));

    List<Page<Notification>> byPage = new ArrayList<>();
    notify.listNotifications().iterableByPage().forEach(byPage::add);
    assertThat(byPage).hasSize(1);
    assertThat(byPage.get(0).continuationToken()).contains(last(first));
    assertThat(notify.listNotifications().resumeFrom(last(first)).stream().count()).isZero();
  }

  @Test
  void findNotificationsByReferenceQueriesTheReference() {
    wm.stubFor(get(urlPathEqualTo("/v2/notifications")).withQueryParam("reference", equalTo("permit 42"))
        .withQueryParam("older_than", absent())
        .willReturn(okJson(notificationPage(List.of(NOTIFICATION_ID), false))));

    List<Notification> found = notify.findNotificationsByReference("permit 42").stream().toList();

    assertThat(found).extracting(n -> n.id().toString()).containsExactly(NOTIFICATION_ID);
    wm.verify(1, getRequestedFor(urlPathEqualTo("/v2/notifications")));
    NotifyTestSupport.assertAllRequestsAuthenticated(wm);
  }

  @Test
  void listReceivedTextMessagesPages() {
    String a = "11111111-1111-4111-8111-111111111111";
    String b = "22222222-2222-4222-8222-222222222222";
    wm.stubFor(get(urlPathEqualTo("/v2/received-text-messages")).withQueryParam("older_than", absent())
        .willReturn(okJson(receivedPage(a, true))));
    wm.stubFor(get(urlPathEqualTo("/v2/received-text-messages")).withQueryParam("older_than", equalTo(a))
        .willReturn(okJson(receivedPage(b, true))));
    wm.stubFor(get(urlPathEqualTo("/v2/received-text-messages")).withQueryParam("older_than", equalTo(b))
        .willReturn(okJson("{\"received_text_messages\": [], \"links\": {\"current\": \"x\"}}")));

    List<ReceivedTextMessage> all = notify.listReceivedTextMessages().stream().toList();

    assertThat(all).extracting(m -> m.id().toString()).containsExactly(a, b);
    assertThat(all.get(0).userNumber()).isEqualTo("447700900111");
    assertThat(all.get(0).content()).isEqualTo("STOP");
    assertThat(all.get(0).serviceId()).isEqualTo(UUID.fromString(NotifyTestSupport.SERVICE_ID));
    assertThat(all.get(0).toString()).doesNotContain("STOP").doesNotContain("447700900111");
    NotifyTestSupport.assertAllRequestsAuthenticated(wm);
  }

  private static com.github.tomakehurst.wiremock.client.MappingBuilder listStub(String olderThan) {
    return get(urlPathEqualTo("/v2/notifications"))
        .withQueryParam("status", havingExactly("delivered", "sending"))
        .withQueryParam("template_type", havingExactly("email", "sms"))
        .withQueryParam("reference", equalTo("batch 7"))
        .withQueryParam("include_jobs", equalTo("true"))
        .withQueryParam("older_than", olderThan == null ? absent() : equalTo(olderThan));
  }

  static List<String> ids(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> String.format("00000000-0000-4000-8000-%012d", 100 - i))
        .toList();
  }

  static String last(List<String> ids) {
    return ids.get(ids.size() - 1);
  }

  static String notificationPage(List<String> ids, boolean next) {
    String items = ids.stream().map(id -> Fixtures.notification(id, "delivered")).collect(Collectors.joining(","));
    String links = next && !ids.isEmpty()
        ? "{\"current\": \"https://api.notifications.service.gov.uk/v2/notifications\", \"next\":"
            + " \"https://api.notifications.service.gov.uk/v2/notifications?older_than=" + last(ids) + "\"}"
        : "{\"current\": \"https://api.notifications.service.gov.uk/v2/notifications\"}";
    return "{\"notifications\": [" + items + "], \"links\": " + links + "}";
  }

  private static String receivedPage(String id, boolean next) {
    return """
        {"received_text_messages": [{"id": "%s", "created_at": "2026-05-17T09:00:00.000000Z",
          "service_id": "%s", "notify_number": "07700900000", "user_number": "447700900111", "content": "STOP"}],
         "links": {"current": "x"%s}}
        """.formatted(id, NotifyTestSupport.SERVICE_ID, next ? ", \"next\": \"y\"" : "");
  }
}
