package io.github.councilplatform.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.councilplatform.notify.Fixtures.NOTIFICATION_ID;
import static io.github.councilplatform.notify.Fixtures.TEMPLATE_ID;
import static io.github.councilplatform.notify.NotifyTestSupport.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.councilplatform.core.ApiError;
import io.github.councilplatform.core.InvalidRequestException;
import io.github.councilplatform.core.RequestValidationException;
import io.github.councilplatform.core.RetryOptions;
import io.github.councilplatform.core.TransportException;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One test per defect of the official Java client listed in notify.md 1.8: none may exist here. */
class OfficialClientDefectsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort()).failOnUnmatchedRequests(true).build();

  private final FakeTime time = new FakeTime(START);
  private final NotifyClient notify = NotifyTestSupport.client(wm, time);

  @Test
  void defect1CostDataReadyAndCostInPoundsAreRead() {
    wm.stubFor(get("/v2/notifications/" + NOTIFICATION_ID)
        .willReturn(okJson(Fixtures.notification(NOTIFICATION_ID, "delivered"))));

    Notification n = notify.getNotification(UUID.fromString(NOTIFICATION_ID));

    assertThat(n.isCostDataReady()).isTrue();
    assertThat(n.costInPounds()).isEqualByComparingTo(new BigDecimal("0.0227"));
  }

  @Test
  void defect2OneClickUnsubscribeUrlIsReadFromContentWhereTheApiPutsIt() {
    wm.stubFor(post("/v2/notifications/email").willReturn(aResponse().withStatus(201)
        .withBody(Fixtures.EMAIL_RESPONSE)));

    EmailResponse r = notify.sendEmail(EmailRequest.builder().templateId(UUID.fromString(TEMPLATE_ID))
        .emailAddress("amala@example.org").build());

    assertThat(Fixtures.EMAIL_RESPONSE).doesNotStartWith("{\"one_click_unsubscribe_url\"");
    assertThat(r.content().oneClickUnsubscribeUrl()).isEqualTo(URI.create("https://council.example/unsub?u=1"));
  }

  @Test
  void defect3TemplateCreatedByPostageAndEveryNotificationFieldAreRead() {
    wm.stubFor(get("/v2/template/" + TEMPLATE_ID).willReturn(okJson(Fixtures.TEMPLATE)));
    wm.stubFor(post("/v2/template/" + TEMPLATE_ID + "/preview").willReturn(okJson(Fixtures.PREVIEW)));
    wm.stubFor(get("/v2/notifications/" + NOTIFICATION_ID).willReturn(okJson(
        Fixtures.notification(NOTIFICATION_ID, "delivered")
            .replace("\"scheduled_for\": null", "\"scheduled_for\": \"2026-05-18T09:00:00.000000Z\"")
            .replace("\"one_click_unsubscribe_url\": null",
                "\"one_click_unsubscribe_url\": \"https://council.example/unsub\""))));

    Template t = notify.getTemplate(UUID.fromString(TEMPLATE_ID));
    TemplatePreview p = notify.previewTemplate(UUID.fromString(TEMPLATE_ID), Map.of());
    Notification n = notify.getNotification(UUID.fromString(NOTIFICATION_ID));

    assertThat(t.createdBy()).isEqualTo("officer@council.example");
    assertThat(t.postage()).isEqualTo(Postage.FIRST);
    assertThat(p.postage()).isEqualTo(Postage.ECONOMY);
    assertThat(n.oneClickUnsubscribeUrl()).isEqualTo(URI.create("https://council.example/unsub"));
    assertThat(n.scheduledFor()).isNotNull();
    assertThat(n.costInPounds()).isNotNull();
    assertThat(n.isCostDataReady()).isTrue();
  }

  @Test
  void defect4ListingTakesSeveralStatusesAndTypesIncludeJobsAndNeverParsesTheNextLink() {
    String first = "00000000-0000-4000-8000-000000000009";
    wm.stubFor(get(urlPathEqualTo("/v2/notifications")).withQueryParam("older_than", absent())
        .withQueryParam("status", com.github.tomakehurst.wiremock.client.WireMock.havingExactly("failed", "sent"))
        .withQueryParam("template_type", com.github.tomakehurst.wiremock.client.WireMock.havingExactly("letter", "sms"))
        .withQueryParam("include_jobs", equalTo("true"))
        .willReturn(okJson("{\"notifications\": [" + Fixtures.notification(first, "failed") + "],"
            + " \"links\": {\"current\": \"c\", \"next\": \"https://elsewhere.example/?other_than=garbage\"}}")));
    wm.stubFor(get(urlPathEqualTo("/v2/notifications")).withQueryParam("older_than", equalTo(first))
        .willReturn(okJson("{\"notifications\": [], \"links\": {\"current\": \"c\"}}")));

    List<Notification> all = notify.listNotifications(NotificationQuery.builder()
        .status(NotificationStatus.FAILED, NotificationStatus.SENT)
        .templateType(TemplateType.LETTER, TemplateType.SMS).includeJobs(true).build()).stream().toList();

    assertThat(all).hasSize(1);
    wm.verify(2, getRequestedFor(urlPathEqualTo("/v2/notifications")));
  }

  @Test
  void defect5ThereAreTimeoutsTypedUncheckedErrorsAndNoStatusZero() {
    NotifyClient impatient = NotifyTestSupport.builder(wm, time).readTimeout(Duration.ofMillis(150))
        .retry(RetryOptions.disabled()).build();
    wm.stubFor(get("/v2/notifications/" + NOTIFICATION_ID).willReturn(okJson(
        Fixtures.notification(NOTIFICATION_ID, "sent")).withFixedDelay(600)));
    wm.stubFor(post("/v2/notifications/sms").willReturn(ErrorResponsesTest.error(400, "BadRequestError",
        "Missing personalisation: name")));

    Throwable timeout = catchThrowable(() -> impatient.getNotification(UUID.fromString(NOTIFICATION_ID)));
    Throwable bad = catchThrowable(() -> notify.sendSms(ErrorResponsesTest.sms()));

    assertThat(timeout).isInstanceOf(TransportException.class).isInstanceOf(RuntimeException.class);
    assertThat(bad).isInstanceOf(InvalidRequestException.class);
    InvalidRequestException e = (InvalidRequestException) bad;
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.errors()).containsExactly(new ApiError("BadRequestError", "Missing personalisation: name", null));
    NotifyTestSupport.letDelayedResponsesFinish(Duration.ofMillis(600));
  }

  @Test
  void defect6NoJvmGlobalTlsStateIsTouchedAndTheUserAgentHasAVersion() throws Exception {
    SSLSocketFactory factoryBefore = HttpsURLConnection.getDefaultSSLSocketFactory();
    SSLContext contextBefore = SSLContext.getDefault();
    NotifyClient.builder().apiKey(NotifyTestSupport.API_KEY).build();
    NotifyClient.builder().apiKey(NotifyTestSupport.API_KEY).baseUrl("https://localhost:1").build();
    assertThat(HttpsURLConnection.getDefaultSSLSocketFactory()).isSameAs(factoryBefore);
    assertThat(SSLContext.getDefault()).isSameAs(contextBefore);

    wm.stubFor(get("/v2/notifications/" + NOTIFICATION_ID)
        .willReturn(okJson(Fixtures.notification(NOTIFICATION_ID, "sent"))));
    notify.getNotification(UUID.fromString(NOTIFICATION_ID));
    String ua = wm.getAllServeEvents().get(0).getRequest().getHeader("User-Agent");
    assertThat(ua).startsWith("council-platform-sdk-java/").contains(" notify ").doesNotContain("/null");
  }

  @Test
  void defect7NoJsonLibraryOrHttpTypesInThePublicApiAndOnePersonalisationType() throws Exception {
    List<String> leaks = new ArrayList<>();
    for (Class<?> c : publicApiClasses()) {
      for (Method m : c.getMethods()) {
        if (m.getDeclaringClass().getPackageName().startsWith("io.github.councilplatform.notify")) {
          check(c.getSimpleName() + "." + m.getName(), m.getGenericReturnType(), leaks);
          for (Type p : m.getGenericParameterTypes()) {
            check(c.getSimpleName() + "." + m.getName(), p, leaks);
          }
        }
      }
      for (Constructor<?> k : c.getConstructors()) {
        for (Type p : k.getGenericParameterTypes()) {
          check(c.getSimpleName() + ".<init>", p, leaks);
        }
      }
      if (c.isRecord()) {
        for (RecordComponent rc : c.getRecordComponents()) {
          check(c.getSimpleName() + "." + rc.getName(), rc.getGenericType(), leaks);
        }
      }
    }
    assertThat(leaks).isEmpty();

    Type preview = NotifyApi.class.getMethod("previewTemplate", UUID.class, Map.class).getGenericParameterTypes()[1];
    Type sms = SmsRequest.Builder.class.getMethod("personalisation", Map.class).getGenericParameterTypes()[0];
    Type email = EmailRequest.Builder.class.getMethod("personalisation", Map.class).getGenericParameterTypes()[0];
    Type letter = LetterRequest.Builder.class.getMethod("personalisation", Map.class).getGenericParameterTypes()[0];
    assertThat(List.of(sms, email, letter)).allSatisfy(t -> assertThat(t).isEqualTo(preview));
  }

  @Test
  void defect8NeitherOrgJsonNorApacheHttpClient4IsNeeded() {
    assertThatThrownBy(() -> Class.forName("org.json.JSONObject")).isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("org.apache.http.client.utils.URIBuilder"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void defect9PdfsComeFromStreamsAndArePdfsByTheirHeaderNotAScan() {
    byte[] pdf = "\n%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
    assertThat(PrecompiledLetterRequest.of("r", new ByteArrayInputStream(pdf), null).pdf()).isEqualTo(pdf);

    // The official client accepts any file with a line starting "%PDF-" anywhere in it.
    byte[] notPdf = ("x".repeat(2000) + "\n%PDF-1.7\n").getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> PrecompiledLetterRequest.of("r", notPdf)).isInstanceOf(RequestValidationException.class);
  }

  private static void check(String where, Type t, List<String> leaks) {
    String name = t.getTypeName();
    for (String banned : List.of("org.json", "com.fasterxml", "okhttp3", "okio", "kotlin", "io.github.resilience4j",
        "org.apache")) {
      if (name.contains(banned)) {
        leaks.add(where + ": " + name);
      }
    }
  }

  private static List<Class<?>> publicApiClasses() throws ClassNotFoundException, URISyntaxException {
    File dir = new File(NotifyClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    File pkg = new File(dir, "io/github/councilplatform/notify");
    List<Class<?>> classes = new ArrayList<>();
    for (String f : pkg.list()) {
      if (f.endsWith(".class")) {
        Class<?> c = Class.forName("io.github.councilplatform.notify." + f.substring(0, f.length() - 6));
        if (Modifier.isPublic(c.getModifiers())) {
          classes.add(c);
        }
      }
    }
    assertThat(classes).contains(NotifyClient.class, Notification.class, FileAttachment.class);
    return classes;
  }
}
