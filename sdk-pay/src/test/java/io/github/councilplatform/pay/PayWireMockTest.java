package io.github.councilplatform.pay;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * WireMock plays GOV.UK Pay. After every test, each request the client sent and each response the test
 * served is checked against the published OpenAPI file (patched, see {@link PaySpec}), so neither the client
 * nor the fixtures can drift from the contract.
 */
abstract class PayWireMockTest {
  static final String TEST_KEY = "api_test_q8nkel7lnd3v0ldokmajv1k6l5cshg0h1mt4fe5q0r9vu5l5eqtt";
  static final String LIVE_KEY = "api_live_q8nkel7lnd3v0ldokmajv1k6l5cshg0h1mt4fe5q0r9vu5l5eqtt";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort())
      .failOnUnmatchedRequests(true)
      .build();

  /** Every wait the client asked for; nothing really waits. */
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  /** Set by a test that serves a deliberately off-spec response. */
  boolean responsesOffSpec;
  PayClient pay;

  @BeforeEach
  void buildClient() {
    pay = client(TEST_KEY).build();
  }

  PayClient.Builder client(String key) {
    return PayClient.builder().apiKey(key).baseUrl(wm.baseUrl()).sleeper(sleeps::add)
        .readTimeout(Duration.ofSeconds(5));
  }

  @AfterEach
  void everyExchangeMatchesThePublishedSpec() {
    List<String> violations = new ArrayList<>();
    for (ServeEvent e : wm.getAllServeEvents()) {
      LoggedRequest r = e.getRequest();
      Map<String, String> headers = new LinkedHashMap<>();
      for (HttpHeader h : r.getHeaders().all()) {
        headers.put(h.key(), h.firstValue());
      }
      String method = r.getMethod().getName();
      violations.addAll(PaySpec.INSTANCE.checkRequest(method, r.getUrl(), headers, r.getBodyAsString()));
      if (!responsesOffSpec && e.getResponse() != null && e.getWasMatched()) {
        String path = r.getUrl().contains("?") ? r.getUrl().substring(0, r.getUrl().indexOf('?')) : r.getUrl();
        violations.addAll(PaySpec.INSTANCE.checkResponse(method, path, e.getResponse().getStatus(),
            e.getResponse().getBodyAsString()));
      }
    }
    assertThat(violations).as("requests and responses against pay-openapi.json").isEmpty();
  }

  /**
   * How many requests WireMock served, once it has finished with all of them. WireMock journals a request only
   * after its (possibly delayed) response, so tests with delayed responses wait here; otherwise a late entry
   * would land in the next test's journal.
   */
  static int servedWhenSettled(int atLeast) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    try {
      while (wm.getAllServeEvents().size() < atLeast && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      Thread.sleep(700); // any further (retried) request, also delayed, would be journalled by now
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return wm.getAllServeEvents().size();
  }

  /** Asserts the client sent nothing at all. */
  static void assertNothingSent() {
    assertThat(wm.getAllServeEvents()).as("requests sent").isEmpty();
  }
}
