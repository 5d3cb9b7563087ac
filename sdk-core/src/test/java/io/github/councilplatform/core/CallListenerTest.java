package io.github.councilplatform.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.councilplatform.core.internal.ApiRequest;
import io.github.councilplatform.core.internal.HttpTransport;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a CallListener hears, for every outcome category, and what health() reports without a call. */
class CallListenerTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort())
      .failOnUnmatchedRequests(true)
      .build();

  private final FakeTime time = new FakeTime();
  private final Recorder events = new Recorder();

  /** Every event in order, as records. */
  static final class Recorder implements CallListener {
    final List<Object> all = new ArrayList<>();

    @Override
    public synchronized void onCallStart(CallStart start) {
      all.add(start);
    }

    @Override
    public synchronized void onCallEnd(CallEnd end) {
      all.add(end);
    }

    @Override
    public synchronized void onRetry(CallRetry retry) {
      all.add(retry);
    }

    @Override
    public synchronized void onCircuitOpen(CallStart refused) {
      all.add("circuit-open " + refused.operation());
    }

    CallEnd end() {
      return (CallEnd) all.get(all.size() - 1);
    }

    List<CallRetry> retries() {
      return all.stream().filter(CallRetry.class::isInstance).map(CallRetry.class::cast).toList();
    }
  }

  private TestClient.Builder client() {
    return TestClient.builder().baseUrl(wm.baseUrl()).clock(time).sleeper(time)
        .circuitBreaker(CircuitBreakerOptions.disabled()).listener(events);
  }

  private static ApiRequest getThing() {
    return ApiRequest.get("/v1/thing").operation("getThing").build();
  }

  private static void stubSequence(String url, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... responses) {
    String state = Scenario.STARTED;
    for (int i = 0; i < responses.length; i++) {
      String next = i == responses.length - 1 ? state : "step" + (i + 1);
      var mapping = get(urlEqualTo(url)).inScenario("seq").whenScenarioStateIs(state).willReturn(responses[i]);
      wm.stubFor(next.equals(state) ? mapping : mapping.willSetStateTo(next));
      state = next;
    }
  }

  @Test
  void aSuccessIsOneStartAndOneEndWithTheOperationStatusAndRequestId() {
    wm.stubFor(get(urlEqualTo("/v1/thing")).willReturn(okJson("{}")));

    client().build().execute(getThing());

    assertThat(events.all).hasSize(2);
    CallStart start = (CallStart) events.all.get(0);
    assertThat(start.platform()).isEqualTo("test");
    assertThat(start.operation()).isEqualTo("getThing");
    assertThat(start.method()).isEqualTo("GET");
    String sentId = wm.getAllServeEvents().get(0).getRequest().getHeader("X-Request-ID");
    assertThat(start.requestId()).isEqualTo(sentId);
    CallEnd end = events.end();
    assertThat(end).extracting(CallEnd::operation, CallEnd::outcome, CallEnd::status, CallEnd::attempts,
        CallEnd::requestId).containsExactly("getThing", CallOutcome.SUCCESS, 200, 1, sentId);
    assertThat(end.duration()).isGreaterThanOrEqualTo(Duration.ZERO);
  }

  @Test
  void aRequestWithNoOperationNameIsUnnamed() {
    wm.stubFor(get(urlEqualTo("/v1/thing")).willReturn(okJson("{}")));

    client().build().execute(ApiRequest.get("/v1/thing").build());

    assertThat(events.end().operation()).isEqualTo("unnamed");
  }

  @Test
  void aClientErrorEndsAsClientErrorWithItsStatusAndNoRetry() {
    wm.stubFor(get(urlEqualTo("/v1/thing")).willReturn(aResponse().withStatus(404).withBody("{}")));

    assertThatThrownBy(() -> client().build().execute(getThing())).isInstanceOf(NotFoundException.class);

    assertThat(events.retries()).isEmpty();
    assertThat(events.end()).extracting(CallEnd::outcome, CallEnd::status, CallEnd::attempts)
        .containsExactly(CallOutcome.CLIENT_ERROR, 404, 1);
  }

  @Test
  void aServerErrorIsRetriedThenEndsAsServerError() {
    stubSequence("/v1/thing", aResponse().withStatus(503), aResponse().withStatus(502));
    HttpTransport t = client().retry(RetryOptions.builder().maxAttempts(2).build()).build();

    assertThatThrownBy(() -> t.execute(getThing())).isInstanceOf(ServerException.class);

    assertThat(events.retries()).singleElement().satisfies(r -> {
      assertThat(r.operation()).isEqualTo("getThing");
      assertThat(r.failedAttempt()).isEqualTo(1);
      assertThat(r.reason()).isEqualTo(CallOutcome.SERVER_ERROR);
      assertThat(r.status()).isEqualTo(503);
      assertThat(r.delay()).isEqualTo(time.sleeps().get(0));
    });
    assertThat(events.end()).extracting(CallEnd::outcome, CallEnd::status, CallEnd::attempts)
        .containsExactly(CallOutcome.SERVER_ERROR, 502, 2);
    wm.verify(2, getRequestedFor(urlEqualTo("/v1/thing")));
  }

  @Test
  void aRateLimitedCallReportsTheRetryAfterWaitAndEndsAsRateLimited() {
    stubSequence("/v1/thing", aResponse().withStatus(429).withHeader("Retry-After", "3"),
        aResponse().withStatus(429));
    HttpTransport t = client().retry(RetryOptions.builder().maxAttempts(2).build()).build();

    assertThatThrownBy(() -> t.execute(getThing())).isInstanceOf(RateLimitedException.class);

    assertThat(events.retries()).singleElement().satisfies(r -> {
      assertThat(r.reason()).isEqualTo(CallOutcome.RATE_LIMITED);
      assertThat(r.delay()).isEqualTo(Duration.ofSeconds(3));
    });
    assertThat(events.end()).extracting(CallEnd::outcome, CallEnd::status, CallEnd::attempts)
        .containsExactly(CallOutcome.RATE_LIMITED, 429, 2);
  }

  @Test
  void aCreateAnsweredWithA500EndsAsOutcomeUnknownCarryingTheStatus() {
    wm.stubFor(post(urlEqualTo("/v1/things")).willReturn(aResponse().withStatus(500)));

    assertThatThrownBy(() -> client().build().execute(ApiRequest.post("/v1/things").operation("createThing")
        .reference("ref-1").build())).isInstanceOf(OutcomeUnknownException.class);

    assertThat(events.end()).extracting(CallEnd::operation, CallEnd::outcome, CallEnd::status, CallEnd::attempts)
        .containsExactly("createThing", CallOutcome.OUTCOME_UNKNOWN, 500, 1);
    wm.verify(1, postRequestedFor(urlEqualTo("/v1/things")));
  }

  @Test
  void anUnreachableHostEndsAsTransportWithNoStatus() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    HttpTransport t = TestClient.builder().baseUrl("http://127.0.0.1:" + closedPort).clock(time).sleeper(time)
        .circuitBreaker(CircuitBreakerOptions.disabled()).retry(RetryOptions.disabled()).listener(events).build();

    assertThatThrownBy(() -> t.execute(getThing())).isInstanceOf(TransportException.class);

    assertThat(events.end()).extracting(CallEnd::outcome, CallEnd::status, CallEnd::attempts)
        .containsExactly(CallOutcome.TRANSPORT, 0, 1);
  }

  @Test
  void aCallRefusedByTheOpenBreakerIsReportedAndNothingIsSent() {
    wm.stubFor(get(urlEqualTo("/v1/thing")).willReturn(aResponse().withStatus(500)));
    HttpTransport t = client().retry(RetryOptions.disabled())
        .circuitBreaker(CircuitBreakerOptions.builder().slidingWindowSize(1).minimumNumberOfCalls(1)
            .waitInOpenState(Duration.ofMinutes(5)).build()).build();
    assertThat(t.health().circuitState()).isEqualTo(CircuitState.CLOSED);
    assertThatThrownBy(() -> t.execute(getThing())).isInstanceOf(ServerException.class);
    events.all.clear();

    assertThatThrownBy(() -> t.execute(getThing())).isInstanceOf(CircuitOpenException.class);

    assertThat(events.all).hasSize(3);
    assertThat(events.all.get(0)).isInstanceOf(CallStart.class);
    assertThat(events.all.get(1)).isEqualTo("circuit-open getThing");
    assertThat(events.end()).extracting(CallEnd::outcome, CallEnd::status, CallEnd::attempts)
        .containsExactly(CallOutcome.CIRCUIT_OPEN, 0, 0);
    wm.verify(1, getRequestedFor(urlEqualTo("/v1/thing")));
    ClientHealth health = t.health();
    assertThat(health.circuitState()).isEqualTo(CircuitState.OPEN);
    assertThat(health.lastOutcome()).isEqualTo(CallOutcome.CIRCUIT_OPEN);
    assertThat(health.healthy()).isFalse();
  }

  @Test
  void aCallRefusedByTheClientsOwnLimiterEndsAsThrottled() {
    wm.stubFor(get(urlEqualTo("/v1/thing")).willReturn(okJson("{}")));
    HttpTransport t = client().rateLimit(RateLimitOptions.builder().permits(1).period(Duration.ofHours(1))
        .maxWait(Duration.ZERO).build()).build();
    t.execute(getThing());
    events.all.clear();

    assertThatThrownBy(() -> t.execute(getThing())).isInstanceOf(ClientThrottledException.class);

    assertThat(events.all).hasSize(2);
    assertThat(events.end()).extracting(CallEnd::outcome, CallEnd::status, CallEnd::attempts)
        .containsExactly(CallOutcome.THROTTLED, 0, 0);
    wm.verify(1, getRequestedFor(urlEqualTo("/v1/thing")));
  }

  @Test
  void aListenerThatThrowsChangesNothingAndTheNextStillHears() {
    wm.stubFor(get(urlEqualTo("/v1/thing")).willReturn(okJson("{\"ok\":true}")));
    CallListener broken = new CallListener() {
      @Override
      public void onCallStart(CallStart start) {
        throw new IllegalStateException("metrics backend down");
      }

      @Override
      public void onCallEnd(CallEnd end) {
        throw new IllegalStateException("metrics backend down");
      }
    };
    HttpTransport t = TestClient.builder().baseUrl(wm.baseUrl()).circuitBreaker(CircuitBreakerOptions.disabled())
        .listener(broken).listener(events).build();

    assertThat(t.execute(getThing()).bodyText()).isEqualTo("{\"ok\":true}");

    assertThat(events.all).hasSize(2);
    assertThat(events.end().outcome()).isEqualTo(CallOutcome.SUCCESS);
  }

  @Test
  void compositeCallsEachInOrder() {
    wm.stubFor(get(urlEqualTo("/v1/thing")).willReturn(okJson("{}")));
    List<String> order = new ArrayList<>();
    CallListener first = new CallListener() {
      @Override
      public void onCallEnd(CallEnd end) {
        order.add("first " + end.outcome().tag());
      }
    };
    CallListener second = new CallListener() {
      @Override
      public void onCallEnd(CallEnd end) {
        order.add("second " + end.outcome().tag());
      }
    };
    TestClient.builder().baseUrl(wm.baseUrl()).listener(CallListener.composite(first, second)).build()
        .execute(getThing());

    assertThat(order).containsExactly("first success", "second success");
  }

  @Test
  void healthRecordsTheLastCallWithoutAListenerAndWithoutCalling() {
    wm.stubFor(get(urlEqualTo("/v1/thing")).willReturn(aResponse().withStatus(404).withBody("{}")));
    HttpTransport t = TestClient.builder().baseUrl(wm.baseUrl()).clock(time).build();
    ClientHealth before = t.health();
    assertThat(before).isEqualTo(new ClientHealth("test", CircuitState.CLOSED, null, 0, null));
    assertThat(before.healthy()).isTrue();

    assertThatThrownBy(() -> t.execute(getThing())).isInstanceOf(NotFoundException.class);
    ClientHealth after = t.health();
    ClientHealth again = t.health();

    assertThat(after).isEqualTo(new ClientHealth("test", CircuitState.CLOSED, CallOutcome.CLIENT_ERROR, 404,
        time.instant()));
    assertThat(again).isEqualTo(after);
    wm.verify(1, getRequestedFor(urlEqualTo("/v1/thing")));
  }

  @Test
  void aClientWithTheBreakerOffReportsItDisabled() {
    assertThat(TestClient.builder().circuitBreaker(CircuitBreakerOptions.disabled()).build().health()
        .circuitState()).isEqualTo(CircuitState.DISABLED);
  }

  @Test
  void everyFailureTypeMapsToItsCategory() {
    assertThat(CallOutcome.of(new ClientThrottledException("x"))).isEqualTo(CallOutcome.THROTTLED);
    assertThat(CallOutcome.of(new CircuitOpenException("x", null))).isEqualTo(CallOutcome.CIRCUIT_OPEN);
    assertThat(CallOutcome.of(new IllegalStateException("x"))).isEqualTo(CallOutcome.TRANSPORT);
    assertThat(CallOutcome.OUTCOME_UNKNOWN.tag()).isEqualTo("outcome_unknown");
  }
}
