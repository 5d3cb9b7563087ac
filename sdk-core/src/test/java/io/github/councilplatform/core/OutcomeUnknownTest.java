package io.github.councilplatform.core;

import static io.github.councilplatform.core.FaultPeer.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.core.FaultPeer.ResetAfterBody;
import io.github.councilplatform.core.FaultPeer.ResetAfterHeaders;
import io.github.councilplatform.core.FaultPeer.Stall;
import io.github.councilplatform.core.internal.ApiRequest;
import io.github.councilplatform.core.internal.ApiResponse;
import io.github.councilplatform.core.internal.HttpTransport;
import io.github.councilplatform.core.internal.PlatformRules;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: once an attempt of a create may have been acted on, the call ends as outcome unknown whatever
 * the last attempt's failure was, carrying the reference and the idempotency key; only provably untouched
 * calls say that trying again is safe. Each fault point is driven by a real loopback peer.
 */
class OutcomeUnknownTest {
  private static final String P0900 = "{\"code\":\"P0900\",\"description\":\"Too many requests\"}";
  private static final String CREATED = "{\"payment_id\":\"p1\"}";
  private final FakeTime time = new FakeTime();

  /** Pay's rule: a 429 P0900 is refused before processing. */
  private static final PlatformRules PAY_LIKE = new PlatformRules() {
    @Override
    public String displayName() {
      return "GOV.UK Pay";
    }

    @Override
    public boolean rejectedBeforeProcessing(int status, List<ApiError> errors) {
      return status == 429 && errors.stream().anyMatch(e -> "P0900".equals(e.code()));
    }
  };

  private TestClient.Builder client(FaultPeer peer) {
    return TestClient.builder().baseUrl(peer.baseUrl()).clock(time).sleeper(time).rules(PAY_LIKE)
        .circuitBreaker(CircuitBreakerOptions.disabled());
  }

  private static ApiRequest keyed(String key) {
    return ApiRequest.post("/v1/payments").jsonBody(Map.of("amount", 100)).reference("CT-JUL")
        .idempotencyKey(key).build();
  }

  private static ApiRequest keyless() {
    return ApiRequest.post("/v1/payments").jsonBody(Map.of("amount", 100)).reference("PCN-9").build();
  }

  @Test
  void resetBeforeTheBodyThenRateLimitedRetriesEndAsOutcomeUnknownWithTheKey() throws IOException {
    try (FaultPeer peer = new FaultPeer(new ResetAfterHeaders(), answer(429, "{}"), answer(429, "{}"))) {
      HttpTransport t = client(peer).build();

      assertThatThrownBy(() -> t.execute(keyed("key-1")))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
            assertThat(e.idempotencyKey()).contains("key-1");
            assertThat(e.reference()).contains("CT-JUL");
            assertThat(e.attempts()).isEqualTo(3);
            assertThat(e.getCause()).isInstanceOfSatisfying(RateLimitedException.class,
                r -> assertThat(r.getMessage()).doesNotContain("trying again"));
            assertThat(e.getMessage()).contains("Idempotency-Key 'key-1'").contains("CT-JUL")
                .doesNotContain("safe to try again").doesNotContain("othing was sent");
          });
      assertThat(peer.seen()).hasSize(3).extracting(s -> s.header("Idempotency-Key")).containsOnly("key-1");
    }
  }

  @Test
  void resetAfterTheBodyThenServerErrorsEndAsOutcomeUnknownNotServerException() throws IOException {
    try (FaultPeer peer = new FaultPeer(new ResetAfterBody(), answer(503, "{}"), answer(503, "{}"))) {
      HttpTransport t = client(peer).build();

      assertThatThrownBy(() -> t.execute(keyed("key-2")))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
            assertThat(e.attempts()).isEqualTo(3);
            assertThat(e.getCause()).isInstanceOfSatisfying(ServerException.class,
                s -> assertThat(s.getMessage()).doesNotContain("try again later"));
          });
    }
  }

  @Test
  void serverErrorAfterProcessingThenAProvenRefusalIsStillOutcomeUnknown() throws IOException {
    // The first attempt was acted on (500 after processing); the retry is refused with P0900. That refusal
    // says nothing about the first attempt.
    try (FaultPeer peer = new FaultPeer(answer(500, "{\"code\":\"P0198\",\"description\":\"Downstream\"}"),
        answer(429, P0900), answer(429, P0900))) {
      HttpTransport t = client(peer).build();

      assertThatThrownBy(() -> t.execute(keyed("key-3")))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
            assertThat(e.getCause()).isInstanceOf(RateLimitedException.class);
            assertThat(e.attempts()).isEqualTo(3);
          });
    }
  }

  @Test
  void transportFailureAfterAnActedOnAttemptIsOutcomeUnknownNotSafeToTryAgain() throws IOException {
    try (FaultPeer peer = new FaultPeer(answer(502, ""), new ResetAfterBody(), new ResetAfterHeaders())) {
      HttpTransport t = client(peer).build();

      assertThatThrownBy(() -> t.execute(keyed("key-4")))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
            assertThat(e.getCause()).isInstanceOfSatisfying(TransportException.class,
                te -> assertThat(te.getMessage()).doesNotContain("safe to try again"));
            assertThat(e.attempts()).isEqualTo(3);
          });
    }
  }

  @Test
  void stallPastTheReadTimeoutIsOutcomeUnknownForAKeylessCreateAndNotResent() throws IOException {
    try (FaultPeer peer = new FaultPeer(new Stall())) {
      HttpTransport t = client(peer).readTimeout(Duration.ofMillis(300)).build();

      assertThatThrownBy(() -> t.execute(keyless()))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.idempotencyKey()).isEmpty();
            assertThat(e.reference()).contains("PCN-9");
            assertThat(e.getMessage()).contains("not resent").contains("PCN-9");
          });
      assertThat(peer.seen()).hasSize(1);
    }
  }

  @Test
  void stallThenSuccessOnAKeyedCreateIsRetriedWithTheSameKey() throws IOException {
    try (FaultPeer peer = new FaultPeer(new Stall(), answer(201, CREATED))) {
      HttpTransport t = client(peer).readTimeout(Duration.ofMillis(300)).build();

      ApiResponse r = t.execute(keyed("key-5"));

      assertThat(r.attempts()).isEqualTo(2);
      assertThat(peer.seen()).extracting(s -> s.header("Idempotency-Key")).containsExactly("key-5", "key-5");
    }
  }

  @Test
  void rateLimitOnALaterAttemptWithTooLongAWaitIsOutcomeUnknown() throws IOException {
    try (FaultPeer peer = new FaultPeer(answer(503, "{}"),
        new FaultPeer.Answer(429, "{}", "Retry-After: 3600"))) {
      HttpTransport t = client(peer).build();

      assertThatThrownBy(() -> t.execute(keyed("key-6")))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
            assertThat(e.attempts()).isEqualTo(2);
            assertThat(e.getCause()).isInstanceOfSatisfying(RateLimitedException.class,
                r -> assertThat(r.retryAfter()).contains(Duration.ofHours(1)));
          });
    }
  }

  @Test
  void keylessCreateRefusedBeforeProcessingThenResetIsOutcomeUnknownAfterTwoAttempts() throws IOException {
    try (FaultPeer peer = new FaultPeer(answer(429, P0900), new ResetAfterBody())) {
      HttpTransport t = client(peer).build();

      assertThatThrownBy(() -> t.execute(keyless()))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> assertThat(e.attempts()).isEqualTo(2));
      assertThat(peer.seen()).hasSize(2);
    }
  }

  @Test
  void provenRefusalsOnEveryAttemptEndAsTheRefusalItself() throws IOException {
    try (FaultPeer peer = new FaultPeer(answer(429, P0900), answer(429, P0900), answer(429, P0900))) {
      HttpTransport t = client(peer).build();

      assertThatThrownBy(() -> t.execute(keyless()))
          .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.attempts()).isEqualTo(3));
    }
  }

  @Test
  void breakerOpeningMidCallDoesNotCutTheCallShort() throws IOException {
    try (FaultPeer peer = new FaultPeer(answer(503, "{}"), answer(503, "{}"), answer(201, CREATED))) {
      HttpTransport t = client(peer)
          .circuitBreaker(CircuitBreakerOptions.builder().slidingWindowSize(2).minimumNumberOfCalls(2)
              .failureRateThreshold(50f).waitInOpenState(Duration.ofSeconds(30)).permittedCallsInHalfOpenState(1).build()).build();

      ApiResponse r = t.execute(keyed("key-7"));

      assertThat(r.attempts()).isEqualTo(3);
      // The breaker did open on the two failures: the next call is refused before anything is sent.
      assertThatThrownBy(() -> t.execute(keyed("key-8")))
          .isInstanceOfSatisfying(CircuitOpenException.class, e -> {
            assertThat(e.attempts()).isZero();
            assertThat(e.getMessage()).contains("Nothing of this call was sent");
          });
      assertThat(peer.seen()).hasSize(3);
    }
  }

  @Test
  void breakerOpeningMidCallOfAFailingCreateEndsAsOutcomeUnknownNotCircuitOpen() throws IOException {
    try (FaultPeer peer = new FaultPeer(answer(503, "{}"), answer(503, "{}"), answer(503, "{}"))) {
      HttpTransport t = client(peer)
          .circuitBreaker(CircuitBreakerOptions.builder().slidingWindowSize(2).minimumNumberOfCalls(2)
              .failureRateThreshold(50f).waitInOpenState(Duration.ofSeconds(30)).permittedCallsInHalfOpenState(1).build()).build();

      assertThatThrownBy(() -> t.execute(keyed("key-9")))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
            assertThat(e.attempts()).isEqualTo(3);
            assertThat(e.idempotencyKey()).contains("key-9");
          });
    }
  }

  @Test
  void clientRateLimiterGatesTheFirstAttemptOnly() throws IOException {
    try (FaultPeer peer = new FaultPeer(answer(503, "{}"), answer(201, CREATED))) {
      HttpTransport t = client(peer).rateLimit(RateLimitOptions.builder().permits(1).period(Duration.ofHours(1))
          .maxWait(Duration.ZERO).build()).build();

      assertThat(t.execute(keyed("key-10")).attempts()).isEqualTo(2);
      assertThatThrownBy(() -> t.execute(keyed("key-11")))
          .isInstanceOfSatisfying(ClientThrottledException.class, e -> {
            assertThat(e.attempts()).isZero();
            assertThat(e.getMessage()).contains("nothing of this call was sent");
          });
    }
  }

  @Test
  void aCreateThatNeverConnectedSaysItIsSafeToTryAgain() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    HttpTransport t = TestClient.builder().baseUrl("http://127.0.0.1:" + closedPort).clock(time).sleeper(time)
        .circuitBreaker(CircuitBreakerOptions.disabled()).build();

    assertThatThrownBy(() -> t.execute(keyed("key-12")))
        .isInstanceOfSatisfying(TransportException.class, e -> {
          assertThat(e.attempts()).isEqualTo(3);
          assertThat(e.getMessage()).contains("no attempt of this call reached the platform")
              .contains("safe to try again");
        });
  }

  @Test
  void aReadThatKeepsFailingSaysReadingAgainIsSafe() throws IOException {
    try (FaultPeer peer = new FaultPeer(new ResetAfterBody(), new ResetAfterBody(), new ResetAfterBody())) {
      HttpTransport t = client(peer).build();

      assertThatThrownBy(() -> t.execute(ApiRequest.get("/v1/payments/p1").build()))
          .isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.attempts()).isEqualTo(3);
            assertThat(e.getMessage()).contains("reading again is safe").contains("GET /v1/payments/p1");
          });
    }
  }

  @Test
  void aDefiniteRefusalAfterAnActedOnAttemptIsOutcomeUnknown() throws IOException {
    // A 409 on the retry (the key is still being processed) does not undo the first attempt.
    try (FaultPeer peer = new FaultPeer(new ResetAfterBody(),
        answer(409, "{\"code\":\"P0191\",\"description\":\"Idempotency-Key already used\"}"))) {
      HttpTransport t = client(peer).build();

      assertThatThrownBy(() -> t.execute(keyed("key-13")))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
            assertThat(e.getCause()).isInstanceOf(ConflictException.class);
            assertThat(e.attempts()).isEqualTo(2);
          });
    }
  }

  @Test
  void anUnexpectedErrorOnARetryAfterAnActedOnAttemptIsStillOutcomeUnknown() throws IOException {
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    try (FaultPeer peer = new FaultPeer(new ResetAfterBody())) {
      HttpTransport t = client(peer).authenticator(() -> {
        if (calls.incrementAndGet() > 1) {
          throw new IllegalStateException("the key store went away");
        }
        return Map.of();
      }).build();

      assertThatThrownBy(() -> t.execute(keyed("key-14")))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
            assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
            assertThat(e.idempotencyKey()).contains("key-14");
          });
    }
  }
}
