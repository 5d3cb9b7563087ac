package io.github.councilplatform.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.councilplatform.core.internal.ApiRequest;
import io.github.councilplatform.core.internal.ApiResponse;
import io.github.councilplatform.core.internal.HttpTransport;
import io.github.councilplatform.core.internal.PlatformRules;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HttpTransportRetryTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort())
      .failOnUnmatchedRequests(true)
      .build();

  private final FakeTime time = new FakeTime();

  private HttpTransport transport() {
    return TestClient.builder().baseUrl(wm.baseUrl()).clock(time).sleeper(time)
        .circuitBreaker(CircuitBreakerOptions.disabled()).build();
  }

  private static void stubSequence(String method, String url, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... responses) {
    String state = Scenario.STARTED;
    for (int i = 0; i < responses.length; i++) {
      String next = i == responses.length - 1 ? state : "step" + (i + 1);
      var mapping = ("GET".equals(method) ? get(urlEqualTo(url)) : post(urlEqualTo(url)))
          .inScenario("seq").whenScenarioStateIs(state).willReturn(responses[i]);
      if (!next.equals(state)) {
        mapping = mapping.willSetStateTo(next);
      }
      wm.stubFor(mapping);
      state = next;
    }
  }

  @Test
  void serviceUnavailableThenOkIsTwoAttempts() {
    stubSequence("GET", "/v1/thing", serviceUnavailable(), okJson("{\"ok\":true}"));

    ApiResponse response = transport().execute(ApiRequest.get("/v1/thing").build());

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.attempts()).isEqualTo(2);
    wm.verify(2, getRequestedFor(urlEqualTo("/v1/thing")));
    assertThat(time.sleeps()).hasSize(1);
  }

  @Test
  void backoffIsExponentialWithJitterAndCapped() {
    stubSequence("GET", "/v1/thing", serviceUnavailable(), serviceUnavailable(), serviceUnavailable(),
        serviceUnavailable(), okJson("{}"));
    HttpTransport t = TestClient.builder().baseUrl(wm.baseUrl()).clock(time).sleeper(time)
        .circuitBreaker(CircuitBreakerOptions.disabled())
        .retry(RetryOptions.builder().maxAttempts(5).initialBackoff(Duration.ofMillis(500))
            .maxBackoff(Duration.ofSeconds(1)).jitter(0.5).build()).build();

    t.execute(ApiRequest.get("/v1/thing").build());

    List<Duration> sleeps = time.sleeps();
    assertThat(sleeps).hasSize(4);
    assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(750));
    assertThat(sleeps).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(1)));
  }

  @Test
  void keylessPostWhoseResponseTimesOutIsOneAttemptAndOutcomeUnknown() {
    wm.stubFor(post(urlEqualTo("/v2/notifications/sms"))
        .willReturn(okJson("{}").withFixedDelay(1500)));
    HttpTransport t = TestClient.builder().baseUrl(wm.baseUrl()).clock(time).sleeper(time)
        .readTimeout(Duration.ofMillis(200)).build();

    assertThatThrownBy(() -> t.execute(ApiRequest.post("/v2/notifications/sms")
        .jsonBody(java.util.Map.of("phone_number", "07700900123")).reference("permit-42").build()))
        .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
          assertThat(e.attempts()).isEqualTo(1);
          assertThat(e.reference()).contains("permit-42");
          assertThat(e.method()).isEqualTo("POST");
          assertThat(e.path()).isEqualTo("/v2/notifications/sms");
          assertThat(e.isRetryable()).isFalse();
          assertThat(e.getMessage()).contains("permit-42").contains("not resent");
        });
    wm.verify(1, postRequestedFor(urlEqualTo("/v2/notifications/sms")));
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void keylessPostAnsweredWithServerErrorIsOutcomeUnknownAndNotResent() {
    wm.stubFor(post(urlEqualTo("/v1/payments")).willReturn(aResponse().withStatus(500)
        .withBody("{\"code\":\"P0198\",\"description\":\"Downstream system error\"}")));

    assertThatThrownBy(() -> transport().execute(ApiRequest.post("/v1/payments").jsonBody(java.util.Map.of())
        .reference("PCN-1").build()))
        .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
          assertThat(e.getCause()).isInstanceOf(ServerException.class);
          assertThat(((ServerException) e.getCause()).errorCode()).contains("P0198");
        });
    wm.verify(1, postRequestedFor(urlEqualTo("/v1/payments")));
  }

  @Test
  void connectionResetOnGetIsRetried() {
    stubSequence("GET", "/v1/thing", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson("{}"));

    ApiResponse response = transport().execute(ApiRequest.get("/v1/thing").build());

    assertThat(response.attempts()).isEqualTo(2);
  }

  @Test
  void connectionResetOnKeylessPostIsOutcomeUnknown() {
    wm.stubFor(post(urlEqualTo("/v2/send")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> transport().execute(ApiRequest.post("/v2/send").jsonBody(java.util.Map.of()).build()))
        .isInstanceOf(OutcomeUnknownException.class);
    wm.verify(1, postRequestedFor(urlEqualTo("/v2/send")));
  }

  @Test
  void postThatNeverConnectedIsRetriedThenTransportException() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    HttpTransport t = TestClient.builder().baseUrl("http://127.0.0.1:" + closedPort).clock(time).sleeper(time)
        .circuitBreaker(CircuitBreakerOptions.disabled()).build();

    assertThatThrownBy(() -> t.execute(ApiRequest.post("/v2/send").jsonBody(java.util.Map.of()).build()))
        .isInstanceOfSatisfying(TransportException.class, e -> {
          assertThat(e.attempts()).isEqualTo(3);
          assertThat(e.isRetryable()).isTrue();
        });
    assertThat(time.sleeps()).hasSize(2);
  }

  @Test
  void unauthorizedIsNotRetried() {
    wm.stubFor(get(urlEqualTo("/v1/thing")).willReturn(aResponse().withStatus(401)));

    assertThatThrownBy(() -> transport().execute(ApiRequest.get("/v1/thing").build()))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.attempts()).isEqualTo(1);
          assertThat(e.statusCode()).isEqualTo(401);
          assertThat(e.isRetryable()).isFalse();
        });
    wm.verify(1, getRequestedFor(urlEqualTo("/v1/thing")));
  }

  @Test
  void retryAfterSecondsIsHonouredOnTheInjectedClock() {
    stubSequence("GET", "/v1/thing", aResponse().withStatus(429).withHeader("Retry-After", "2"), okJson("{}"));

    ApiResponse response = transport().execute(ApiRequest.get("/v1/thing").build());

    assertThat(response.attempts()).isEqualTo(2);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void retryAfterHttpDateIsHonoured() {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
        ZonedDateTime.ofInstant(time.instant().plusSeconds(5), java.time.ZoneOffset.UTC));
    stubSequence("GET", "/v1/thing", aResponse().withStatus(503).withHeader("Retry-After", date), okJson("{}"));

    transport().execute(ApiRequest.get("/v1/thing").build());

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void retryAfterLongerThanTheCapFailsAtOnceWithRetryAfter() {
    wm.stubFor(get(urlEqualTo("/v1/thing")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

    assertThatThrownBy(() -> transport().execute(ApiRequest.get("/v1/thing").build()))
        .isInstanceOfSatisfying(RateLimitedException.class, e -> {
          assertThat(e.retryAfter()).contains(Duration.ofHours(1));
          assertThat(e.attempts()).isEqualTo(1);
          assertThat(e.isRetryable()).isTrue();
        });
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void idempotencyKeyIsIdenticalOnEveryAttempt() {
    stubSequence("POST", "/v1/payments", serviceUnavailable(), serviceUnavailable(),
        aResponse().withStatus(201).withBody("{}"));

    transport().execute(ApiRequest.post("/v1/payments").header("Idempotency-Key", "key-123-abc")
        .safeToRetry(true).jsonBody(java.util.Map.of("amount", 100)).build());

    List<LoggedRequest> requests = wm.findAll(postRequestedFor(urlEqualTo("/v1/payments")));
    assertThat(requests).hasSize(3);
    assertThat(requests).extracting(r -> r.getHeader("Idempotency-Key")).containsOnly("key-123-abc");
    assertThat(requests).extracting(r -> r.getHeader("X-Request-ID")).containsOnly(requests.get(0)
        .getHeader("X-Request-ID"));
  }

  @Test
  void platformCanDeclareAPostRejectedBeforeProcessing() {
    stubSequence("POST", "/v2/notifications/sms", aResponse().withStatus(429).withBody(
        "{\"status_code\":429,\"errors\":[{\"error\":\"RateLimitError\",\"message\":\"Exceeded rate limit for key type"
            + " LIVE of 3000 requests per 60 seconds\"}]}"), aResponse().withStatus(201).withBody("{}"));
    HttpTransport t = TestClient.builder().baseUrl(wm.baseUrl()).clock(time).sleeper(time)
        .rules(new PlatformRules() {
          @Override
          public String displayName() {
            return "GOV.UK Notify";
          }

          @Override
          public boolean rejectedBeforeProcessing(int status, List<ApiError> errors) {
            return status == 429 && errors.stream().anyMatch(e -> "RateLimitError".equals(e.code()));
          }
        }).build();

    ApiResponse r = t.execute(ApiRequest.post("/v2/notifications/sms").jsonBody(java.util.Map.of()).build());

    assertThat(r.attempts()).isEqualTo(2);
  }

  @Test
  void keylessPostIsNotRetriedOnPlain429() {
    wm.stubFor(post(urlEqualTo("/v1/payments")).willReturn(aResponse().withStatus(429)
        .withBody("{\"code\":\"P0900\",\"description\":\"Too many requests\"}")));

    assertThatThrownBy(() -> transport().execute(ApiRequest.post("/v1/payments").jsonBody(java.util.Map.of()).build()))
        .isInstanceOf(RateLimitedException.class);
    wm.verify(1, postRequestedFor(urlEqualTo("/v1/payments")));
  }

  @Test
  void deadlineStopsRetriesThatWouldEndTooLate() {
    wm.stubFor(get(urlEqualTo("/v1/thing")).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "20")));
    HttpTransport t = TestClient.builder().baseUrl(wm.baseUrl()).clock(time).sleeper(time)
        .circuitBreaker(CircuitBreakerOptions.disabled())
        .retry(RetryOptions.builder().maxAttempts(5).deadline(Duration.ofSeconds(30)).build()).build();

    assertThatThrownBy(() -> t.execute(ApiRequest.get("/v1/thing").build()))
        .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.attempts()).isEqualTo(2));
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(20));
  }

  @Test
  void sendsUserAgentAcceptAndRequestIdOnEveryCall() {
    wm.stubFor(get(urlEqualTo("/v1/thing")).willReturn(okJson("{}")));
    HttpTransport t = TestClient.builder().baseUrl(wm.baseUrl()).userAgentSuffix("parking-permits/2.3").build();

    t.execute(ApiRequest.get("/v1/thing").build());

    wm.verify(getRequestedFor(urlEqualTo("/v1/thing"))
        .withHeader("User-Agent", matching("council-platform-sdk-java/\\S+ test java/\\S+ parking-permits/2\\.3"))
        .withHeader("Accept", matching("application/json"))
        .withHeader("X-Request-ID", matching("[0-9a-f-]{36}"))
        .withHeader("Authorization", matching("Bearer s3cr3t-api-key-value")));
  }

  @Test
  void timeoutsAreAlwaysSetAndOkHttpSilentRetryIsOff() {
    HttpTransport t = TestClient.builder().baseUrl(wm.baseUrl()).httpClient(new okhttp3.OkHttpClient()).build();

    assertThat(t.okHttp().retryOnConnectionFailure()).isFalse();
    assertThat(t.okHttp().connectTimeoutMillis()).isEqualTo(10_000);
    assertThat(t.okHttp().readTimeoutMillis()).isEqualTo(30_000);
    assertThat(t.okHttp().writeTimeoutMillis()).isEqualTo(30_000);
    assertThat(t.okHttp().callTimeoutMillis()).isEqualTo(60_000);
    assertThat(t.okHttp().followRedirects()).isFalse();
  }

  @Test
  void sharedOkHttpClientSharesTheConnectionPool() {
    okhttp3.OkHttpClient shared = new okhttp3.OkHttpClient();
    HttpTransport t = TestClient.builder().baseUrl(wm.baseUrl()).httpClient(shared).build();

    assertThat(t.okHttp().connectionPool()).isSameAs(shared.connectionPool());
    assertThat(shared.retryOnConnectionFailure()).isTrue();
  }

  @Test
  void linksToAnotherOriginAreRefused() {
    assertThatThrownBy(() -> transport().execute(ApiRequest.get("https://evil.example/v1/payments?page=2").build()))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("will not send credentials");
  }

  @Test
  void circuitBreakerOpensAfterRepeatedServerErrorsAndStopsSending() {
    wm.stubFor(get(urlEqualTo("/v1/thing")).willReturn(serviceUnavailable()));
    HttpTransport t = TestClient.builder().baseUrl(wm.baseUrl()).clock(time).sleeper(time)
        .retry(RetryOptions.disabled())
        .circuitBreaker(CircuitBreakerOptions.builder().slidingWindowSize(4).minimumNumberOfCalls(4)
            .permittedCallsInHalfOpenState(1).build()).build();

    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(() -> t.execute(ApiRequest.get("/v1/thing").build())).isInstanceOf(ServerException.class);
    }
    assertThatThrownBy(() -> t.execute(ApiRequest.get("/v1/thing").build()))
        .isInstanceOfSatisfying(CircuitOpenException.class, e -> assertThat(e.attempts()).isZero());
    wm.verify(4, getRequestedFor(urlEqualTo("/v1/thing")));

    wm.stubFor(get(urlEqualTo("/v1/thing")).willReturn(okJson("{}")));
    time.advance(Duration.ofSeconds(31));
    assertThat(t.execute(ApiRequest.get("/v1/thing").build()).status()).isEqualTo(200);
  }

  @Test
  void invalidRequestsDoNotOpenTheCircuit() {
    wm.stubFor(get(urlEqualTo("/v1/thing")).willReturn(aResponse().withStatus(400)));
    HttpTransport t = TestClient.builder().baseUrl(wm.baseUrl()).clock(time).sleeper(time)
        .circuitBreaker(CircuitBreakerOptions.builder().slidingWindowSize(2).minimumNumberOfCalls(2)
            .permittedCallsInHalfOpenState(1).build()).build();

    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> t.execute(ApiRequest.get("/v1/thing").build()))
          .isInstanceOf(InvalidRequestException.class);
    }
    wm.verify(5, getRequestedFor(urlEqualTo("/v1/thing")));
  }

  @Test
  void clientRateLimiterRefusesWithoutSending() {
    wm.stubFor(get(urlEqualTo("/v1/thing")).willReturn(okJson("{}")));
    HttpTransport t = TestClient.builder().baseUrl(wm.baseUrl())
        .rateLimit(RateLimitOptions.builder().permits(1).period(Duration.ofHours(1)).maxWait(Duration.ZERO)
            .build()).build();

    t.execute(ApiRequest.get("/v1/thing").build());
    assertThatThrownBy(() -> t.execute(ApiRequest.get("/v1/thing").build()))
        .isInstanceOf(ClientThrottledException.class);
    wm.verify(1, getRequestedFor(urlEqualTo("/v1/thing")));
  }
}
