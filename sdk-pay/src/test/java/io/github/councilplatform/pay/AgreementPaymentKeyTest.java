package io.github.councilplatform.pay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.github.councilplatform.pay.Fixtures.AGREEMENT_ID;
import static io.github.councilplatform.pay.Fixtures.PAYMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.councilplatform.core.CircuitBreakerOptions;
import io.github.councilplatform.core.CircuitOpenException;
import io.github.councilplatform.core.OutcomeUnknownException;
import io.github.councilplatform.core.RequestValidationException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: an agreement payment exposes the {@code Idempotency-Key} it used, on success and on failure; the
 * caller's key is used unchanged on every attempt; a call whose earlier attempt may have taken the money never
 * ends as a definite failure.
 */
class AgreementPaymentKeyTest extends PayWireMockTest {
  private static final String P0900 = "{\"code\": \"P0900\", \"description\": \"Too many requests\"}";

  private static CreatePaymentRequest.Builder agreementPayment() {
    return CreatePaymentRequest.builder().amount(999).reference("GW-2026-11").description("Garden waste")
        .agreementPayment(AGREEMENT_ID);
  }

  private ResponseDefinitionBuilder created(int status) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody(Fixtures.createdAgreementPayment(wm.baseUrl()));
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  private void sequence(ResponseDefinitionBuilder... responses) {
    String state = STARTED;
    for (int i = 0; i < responses.length; i++) {
      String next = i == responses.length - 1 ? "done" : "step" + (i + 1);
      wm.stubFor(post("/v1/payments").inScenario("seq").whenScenarioStateIs(state).willReturn(responses[i])
          .willSetStateTo(next));
      state = next;
    }
  }

  private static List<String> sentKeys() {
    return wm.getAllServeEvents().stream().map(ServeEvent::getRequest).map(r -> r.getHeader("Idempotency-Key"))
        .toList();
  }

  @Test
  void aGeneratedKeyIsReturnedWithThePaymentAndWasTheOneSentOnEveryAttempt() {
    sequence(aResponse().withStatus(503), created(201));

    AgreementPaymentResult r = pay.createAgreementPayment(agreementPayment().build());

    assertThat(r.payment().paymentId()).isEqualTo(PAYMENT_ID);
    assertThat(r.replayed()).isFalse();
    assertThat(r.idempotencyKey()).isNotBlank();
    assertThat(sentKeys()).containsExactly(r.idempotencyKey(), r.idempotencyKey());
  }

  @Test
  void theCallersKeyIsUsedUnchangedAndAReplayIsReported() {
    sequence(json(429, P0900), created(200));

    AgreementPaymentResult r = pay.createAgreementPayment(agreementPayment().idempotencyKey("gw-42-2026-11").build());

    assertThat(r.idempotencyKey()).isEqualTo("gw-42-2026-11");
    assertThat(r.replayed()).isTrue();
    assertThat(sentKeys()).containsExactly("gw-42-2026-11", "gw-42-2026-11");
  }

  @Test
  void aGeneratedKeyCallThatEndsUnknownCarriesTheKeyAndResendingWithItReplaysTheOriginal() {
    // 500 after Pay took the payment, then rate limited until the retries run out: the old behaviour was a
    // definite RateLimitedException, and a caller following it took the money twice.
    sequence(json(500, "{\"code\": \"P0198\", \"description\": \"Downstream system error\"}"), json(429, P0900),
        json(429, P0900), created(200));
    CreatePaymentRequest request = agreementPayment().build();

    OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class,
        () -> pay.createAgreementPayment(request));

    assertThat(e.attempts()).isEqualTo(3);
    assertThat(e.reference()).contains("GW-2026-11");
    String key = e.idempotencyKey().orElseThrow();
    assertThat(e.getMessage()).contains(key).doesNotContain("safe to try again");
    assertThat(sentKeys()).hasSize(3).containsOnly(key);

    AgreementPaymentResult again = pay.createAgreementPayment(request.withIdempotencyKey(key));

    assertThat(again.replayed()).isTrue();
    assertThat(again.payment().paymentId()).isEqualTo(PAYMENT_ID);
    assertThat(sentKeys()).hasSize(4).containsOnly(key);
  }

  @Test
  void aCallersKeyCallThatEndsUnknownAfterAResetCarriesTheSameKey() {
    responsesOffSpec = true; // WireMock journals the dropped response as an empty 200
    sequence(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), aResponse().withStatus(503),
        aResponse().withStatus(503));

    assertThatThrownBy(() -> pay.createPayment(agreementPayment().idempotencyKey("ct-7").build()))
        .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
          assertThat(e.idempotencyKey()).contains("ct-7");
          assertThat(e.attempts()).isEqualTo(3);
        });
    assertThat(sentKeys()).containsExactly("ct-7", "ct-7", "ct-7");
  }

  @Test
  void aBreakerThatOpensMidCallDoesNotTurnATakenPaymentIntoCircuitOpen() {
    pay = client(TEST_KEY).circuitBreaker(CircuitBreakerOptions.builder().slidingWindowSize(2).minimumNumberOfCalls(2)
              .failureRateThreshold(50f).waitInOpenState(Duration.ofSeconds(30)).permittedCallsInHalfOpenState(1).build()).build();
    sequence(aResponse().withStatus(503), aResponse().withStatus(503), aResponse().withStatus(503));

    assertThatThrownBy(() -> pay.createAgreementPayment(agreementPayment().idempotencyKey("ct-8").build()))
        .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> assertThat(e.idempotencyKey()).contains("ct-8"));
    // Only a new call is refused, before anything is sent.
    assertThatThrownBy(() -> pay.createAgreementPayment(agreementPayment().build()))
        .isInstanceOfSatisfying(CircuitOpenException.class, e -> assertThat(e.attempts()).isZero());
    assertThat(wm.getAllServeEvents()).hasSize(3);
  }

  @Test
  void createAgreementPaymentRefusesAWebPaymentBeforeSending() {
    assertThatThrownBy(() -> pay.createAgreementPayment(CreatePaymentRequest.builder().amount(100).reference("R")
        .description("D").returnUrl("https://council.example/back").build()))
        .isInstanceOf(RequestValidationException.class).hasMessageContaining("agreementPayment(agreementId)");
    assertNothingSent();
  }
}
