package io.github.councilplatform.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.councilplatform.core.internal.ApiRequest;
import io.github.councilplatform.core.internal.HttpTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

class NoSecretsInLogsTest {
  private static final String SECRET = "s3cr3t-api-key-value";
  private static final String EMAIL = "amala.resident@example.org";
  private static final String PHONE = "07700900123";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort())
      .failOnUnmatchedRequests(true)
      .build();

  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private Logger root;
  private Level previous;
  private Logger sdk;
  private Level previousSdk;

  @BeforeEach
  void captureEverything() {
    LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
    root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    previous = root.getLevel();
    root.setLevel(Level.TRACE);
    sdk = ctx.getLogger("io.github.councilplatform");
    previousSdk = sdk.getLevel();
    sdk.setLevel(Level.TRACE);
    appender.setContext(ctx);
    appender.start();
    root.addAppender(appender);
  }

  /** The events so far; Jetty's threads append concurrently, and the appender appends under its own lock. */
  private List<ILoggingEvent> events() {
    synchronized (appender) {
      return new ArrayList<>(appender.list);
    }
  }

  @AfterEach
  void restore() {
    root.detachAppender(appender);
    root.setLevel(previous);
    sdk.setLevel(previousSdk);
  }

  @Test
  void noSecretOrPersonalDataInAnyLogLineOrToString() {
    FakeTime time = new FakeTime();
    wm.stubFor(get(urlPathEqualTo("/v1/payments")).inScenario("s").whenScenarioStateIs("Started")
        .willReturn(serviceUnavailable()).willSetStateTo("ok"));
    wm.stubFor(get(urlPathEqualTo("/v1/payments")).inScenario("s").whenScenarioStateIs("ok")
        .willReturn(okJson("{}")));
    wm.stubFor(post(urlPathEqualTo("/v2/notifications/email")).willReturn(aResponse().withStatus(400)
        .withBody("{\"status_code\":400,\"errors\":[{\"error\":\"ValidationError\",\"message\":\"bad\"}]}")));
    TestClient.Builder builder = TestClient.builder().baseUrl(wm.baseUrl()).clock(time).sleeper(time);
    HttpTransport t = builder.build();

    t.execute(ApiRequest.get("/v1/payments").query("email", EMAIL).build());
    Throwable thrown = catchThrowable(() -> t.execute(ApiRequest.post("/v2/notifications/email")
        .jsonBody(Map.of("email_address", EMAIL, "personalisation", Map.of("phone", PHONE))).build()));

    List<ILoggingEvent> events = events();
    assertThat(events).filteredOn(e -> e.getLoggerName().startsWith("io.github.councilplatform"))
        .hasSizeGreaterThanOrEqualTo(4);
    // The WireMock server is the test's peer, not the SDK: its own request logging is not ours to police.
    for (ILoggingEvent event : events.stream().filter(e -> !e.getLoggerName().startsWith("org.eclipse.jetty")
        && !e.getLoggerName().startsWith("com.github.tomakehurst") && !e.getLoggerName().startsWith("wiremock")
        && !e.getLoggerName().startsWith("org.wiremock")).toList()) {
      String line = event.getFormattedMessage();
      assertThat(line).doesNotContain(SECRET).doesNotContain(EMAIL).doesNotContain(PHONE)
          .doesNotContain("Bearer");
    }
    assertThat(thrown.getMessage()).doesNotContain(SECRET).doesNotContain(EMAIL);
    assertThat(builder.toString()).doesNotContain(SECRET);
    assertThat(t.toString()).doesNotContain(SECRET);
    assertThat(RetryOptions.defaults().toString()).doesNotContain(SECRET);
  }

  @Test
  void oneDebugLinePerAttemptWithMethodPathStatusAndAttempt() {
    FakeTime time = new FakeTime();
    wm.stubFor(get(urlPathEqualTo("/v1/thing")).willReturn(okJson("{}")));
    HttpTransport t = TestClient.builder().baseUrl(wm.baseUrl()).clock(time).sleeper(time).build();

    t.execute(ApiRequest.get("/v1/thing").query("reference", "PCN-1").build());

    assertThat(events()).filteredOn(e -> e.getLoggerName().equals("io.github.councilplatform.http"))
        .singleElement().satisfies(e -> {
          assertThat(e.getLevel()).isEqualTo(Level.DEBUG);
          assertThat(e.getFormattedMessage()).contains("GET").contains("/v1/thing").contains("200")
              .contains("attempt=1").doesNotContain("PCN-1");
        });
  }
}
