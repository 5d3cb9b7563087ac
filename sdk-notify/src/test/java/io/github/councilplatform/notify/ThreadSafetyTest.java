package io.github.councilplatform.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One client shared by many threads, on the real clock, so tokens are minted and reused concurrently. */
class ThreadSafetyTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().containerThreads(20)).failOnUnmatchedRequests(true).build();

  @Test
  void oneClientServesManyThreads() throws Exception {
    wm.stubFor(post("/v2/notifications/sms").willReturn(aResponse().withStatus(201).withBody(Fixtures.SMS_RESPONSE)));
    NotifyClient notify = NotifyClient.builder().apiKey(NotifyTestSupport.API_KEY).baseUrl(wm.baseUrl())
        .clock(Clock.systemUTC()).build();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<SmsResponse>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        results.add(pool.submit(() -> notify.sendSms(ErrorResponsesTest.sms())));
      }
      for (Future<SmsResponse> f : results) {
        assertThat(f.get().id()).isEqualTo(UUID.fromString(Fixtures.NOTIFICATION_ID));
      }
    } finally {
      pool.shutdownNow();
    }
    wm.verify(40, postRequestedFor(urlEqualTo("/v2/notifications/sms")));
    NotifyTestSupport.assertAllRequestsAuthenticated(wm);
  }
}
