package io.github.councilplatform.pay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.github.councilplatform.pay.Fixtures.AGREEMENT_ID;
import static io.github.councilplatform.pay.Fixtures.PAYMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.councilplatform.core.OutcomeUnknownException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which calls may be sent twice: only those GOV.UK Pay de-duplicates, or provably never acted on. */
class RetryTest extends PayWireMockTest {

  private static CreatePaymentRequest webPayment() {
    return CreatePaymentRequest.builder().amount(2500).reference("PCN-123").description("Parking fine")
        .returnUrl("https://council.example/pay/return").build();
  }

  private static CreatePaymentRequest.Builder agreementPayment() {
    return CreatePaymentRequest.builder().amount(999).reference("GW-2026-11").description("Garden waste")
        .agreementPayment(AGREEMENT_ID);
  }

  private ResponseDefinitionBuilder created(String body) {
    return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(body);
  }

  private void firstThen(String path, ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
    wm.stubFor(post(path).inScenario("retry").whenScenarioStateIs(STARTED).willReturn(first)
        .willSetStateTo("answered once"));
    wm.stubFor(post(path).inScenario("retry").whenScenarioStateIs("answered once").willReturn(then));
  }

  private static List<String> sentIdempotencyKeys() {
    return wm.getAllServeEvents().stream().map(ServeEvent::getRequest)
        .map(r -> r.getHeader("Idempotency-Key")).toList();
  }

  @Test
  void anAgreementPaymentIsRetriedAfter503WithTheSameGeneratedKey() {
    firstThen("/v1/payments", aResponse().withStatus(503), created(Fixtures.createdAgreementPayment(wm.baseUrl())));

    Payment p = pay.createPayment(agreementPayment().build());

    assertThat(p.paymentId()).isEqualTo(PAYMENT_ID);
    List<String> keys = sentIdempotencyKeys();
    assertThat(keys).hasSize(2).doesNotContainNull();
    assertThat(keys.get(0)).isEqualTo(keys.get(1));
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void anAgreementPaymentIsRetriedAfterAReadTimeoutWithTheCallersKey() {
    pay = client(TEST_KEY).readTimeout(Duration.ofMillis(700)).build();
    firstThen("/v1/payments", created(Fixtures.createdAgreementPayment(wm.baseUrl())).withFixedDelay(2000),
        created(Fixtures.createdAgreementPayment(wm.baseUrl())));

    pay.createPayment(agreementPayment().idempotencyKey("gw-42-2026-11").build());

    assertThat(servedWhenSettled(2)).isEqualTo(2);
    assertThat(sentIdempotencyKeys()).containsExactly("gw-42-2026-11", "gw-42-2026-11");
  }

  @Test
  void aRetryThatMeetsItsOwnEarlierAttemptIsAnUnknownOutcome() {
    firstThen("/v1/payments", aResponse().withStatus(503), aResponse().withStatus(409)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"code\": \"P0191\", \"description\": \"The Idempotency-Key has already been used\"}"));

    assertThatThrownBy(() -> pay.createPayment(agreementPayment().build()))
        .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
          assertThat(e.reference()).contains("GW-2026-11");
          assertThat(e.attempts()).isEqualTo(2);
        });
  }

  @Test
  void aFirstAttemptRefusedForItsKeyIsAConflict() {
    wm.stubFor(post("/v1/payments").willReturn(aResponse().withStatus(409)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"code\": \"P0191\", \"description\": \"The Idempotency-Key has already been used\"}")));

    assertThatThrownBy(() -> pay.createPayment(agreementPayment().idempotencyKey("reused-key").build()))
        .isInstanceOf(io.github.councilplatform.core.ConflictException.class);
  }

  @Test
  void eachAgreementPaymentCallGetsItsOwnKey() {
    wm.stubFor(post("/v1/payments").willReturn(created(Fixtures.createdAgreementPayment(wm.baseUrl()))));

    pay.createPayment(agreementPayment().build());
    pay.createPayment(agreementPayment().build());

    List<String> keys = sentIdempotencyKeys();
    assertThat(keys).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void aWebPaymentIsNotResentAfterAReadTimeout() {
    pay = client(TEST_KEY).readTimeout(Duration.ofMillis(700)).build();
    wm.stubFor(post("/v1/payments").willReturn(created(Fixtures.createdWebPayment(wm.baseUrl())).withFixedDelay(2000)));

    assertThatThrownBy(() -> pay.createPayment(webPayment()))
        .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
          assertThat(e.reference()).contains("PCN-123");
          assertThat(e.method()).isEqualTo("POST");
          assertThat(e.path()).isEqualTo("/v1/payments");
          assertThat(e.getMessage()).contains("PCN-123");
        });
    assertThat(servedWhenSettled(1)).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void aWebPaymentIsNotResentAfter503() {
    wm.stubFor(post("/v1/payments").willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> pay.createPayment(webPayment()))
        .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> assertThat(e.reference()).contains("PCN-123"));
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void aWebPaymentWithTheCallersIdempotencyKeyIsStillNotResent() {
    // GOV.UK Pay validates and forwards the key on web payments but de-duplicates only agreement payments.
    wm.stubFor(post("/v1/payments").willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> pay.createPayment(CreatePaymentRequest.builder().amount(2500).reference("PCN-123")
        .description("Parking fine").returnUrl("https://council.example/pay/return").idempotencyKey("pcn-123-a")
        .build())).isInstanceOf(OutcomeUnknownException.class);
    assertThat(sentIdempotencyKeys()).containsExactly("pcn-123-a");
  }

  @Test
  void aWebPaymentIsNotResentAfterTheConnectionDropsMidResponse() {
    responsesOffSpec = true; // WireMock journals the dropped response as an empty 200
    wm.stubFor(post("/v1/payments").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> pay.createPayment(webPayment())).isInstanceOf(OutcomeUnknownException.class);
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void aWebPaymentIsResentAfterP0900BecauseTheRateLimiterActsFirst() {
    firstThen("/v1/payments", aResponse().withStatus(429).withHeader("Content-Type", "application/json")
        .withBody("{\"code\": \"P0900\", \"description\": \"Too many requests\"}"),
        created(Fixtures.createdWebPayment(wm.baseUrl())));

    Payment p = pay.createPayment(webPayment());

    assertThat(p.paymentId()).isEqualTo(PAYMENT_ID);
    assertThat(wm.getAllServeEvents()).hasSize(2);
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void aRefundIsNotResentAfter500AndNamesThePayment() {
    wm.stubFor(post("/v1/payments/" + PAYMENT_ID + "/refunds").willReturn(aResponse().withStatus(500)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"code\": \"P0698\", \"description\": \"Downstream system error\"}")));

    assertThatThrownBy(() -> pay.refundPayment(PAYMENT_ID, 500, 2500))
        .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> assertThat(e.reference()).contains(PAYMENT_ID));
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void aCaptureIsNotResentAfterAReadTimeout() {
    pay = client(TEST_KEY).readTimeout(Duration.ofMillis(700)).build();
    wm.stubFor(post("/v1/payments/" + PAYMENT_ID + "/capture").willReturn(aResponse().withStatus(204)
        .withFixedDelay(2000)));

    assertThatThrownBy(() -> pay.capturePayment(PAYMENT_ID)).isInstanceOf(OutcomeUnknownException.class);
    assertThat(sleeps).isEmpty();
    assertThat(servedWhenSettled(1)).isEqualTo(1);
  }

  @Test
  void aCancelIsNotResentAfter502() {
    wm.stubFor(post("/v1/payments/" + PAYMENT_ID + "/cancel").willReturn(aResponse().withStatus(502)));

    assertThatThrownBy(() -> pay.cancelPayment(PAYMENT_ID)).isInstanceOf(OutcomeUnknownException.class);
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void readsAreRetriedOnServerErrors() {
    wm.stubFor(get("/v1/payments/" + PAYMENT_ID).inScenario("retry").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("answered once"));
    wm.stubFor(get("/v1/payments/" + PAYMENT_ID).inScenario("retry").whenScenarioStateIs("answered once")
        .willReturn(okJson(Fixtures.successfulPayment(wm.baseUrl()))));

    assertThat(pay.getPayment(PAYMENT_ID).isSuccess()).isTrue();
    assertThat(wm.getAllServeEvents()).hasSize(2);
  }
}
