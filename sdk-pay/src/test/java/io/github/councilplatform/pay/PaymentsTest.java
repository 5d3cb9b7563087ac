package io.github.councilplatform.pay;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.councilplatform.pay.Fixtures.AGREEMENT_ID;
import static io.github.councilplatform.pay.Fixtures.PAYMENT_ID;
import static io.github.councilplatform.pay.Fixtures.REFUND_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaymentsTest extends PayWireMockTest {

  private static CreatePaymentRequest.Builder parkingFine() {
    return CreatePaymentRequest.builder().amount(2500).reference("PCN-123").description("Parking fine")
        .returnUrl("https://council.example/pay/return");
  }

  @Test
  void createsAWebPaymentAndSendsOnlyWhatWasSet() {
    wm.stubFor(post("/v1/payments").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withHeader("Location", wm.baseUrl() + "/v1/payments/" + PAYMENT_ID)
        .withBody(Fixtures.createdWebPayment(wm.baseUrl()))));

    Payment p = pay.createPayment(parkingFine().build());

    wm.verify(postRequestedFor(urlEqualTo("/v1/payments"))
        .withHeader("Authorization", equalTo("Bearer " + TEST_KEY))
        .withHeader("Content-Type", matching("application/json.*"))
        .withHeader("Accept", equalTo("application/json"))
        .withHeader("Idempotency-Key", absent())
        .withRequestBody(equalToJson("""
            {"amount": 2500, "reference": "PCN-123", "description": "Parking fine",
             "return_url": "https://council.example/pay/return"}""", false, false)));
    assertThat(p.paymentId()).isEqualTo(PAYMENT_ID);
    assertThat(p.amount()).isEqualTo(2500L);
    assertThat(p.status()).isEqualTo(PaymentStatus.CREATED);
    assertThat(p.isFinished()).isFalse();
    assertThat(p.state().finished()).isFalse();
    assertThat(p.nextUrl()).contains("https://card.payments.service.gov.uk/secure/b8b8f1c5");
    assertThat(p.links().nextUrlPost().params()).containsEntry("chargeTokenId", "b8b8f1c5");
    assertThat(p.links().nextUrl().toString()).isEqualTo("Link{GET https://card.payments.service.gov.uk/…}");
    assertThat(p.links().nextUrlPost().toString()).doesNotContain("b8b8f1c5");
    assertThat(p.canBeCancelled()).isTrue();
    assertThat(p.canBeCaptured()).isFalse();
    assertThat(p.createdDate()).isEqualTo(Instant.parse("2026-11-27T10:15:00Z"));
    assertThat(p.refundSummary().amountAvailable()).isEqualTo(2500L);
    assertThat(p.language()).isEqualTo(Language.ENGLISH);
  }

  @Test
  void sendsEveryOptionalFieldOfASetUpAgreementPayment() {
    wm.stubFor(post("/v1/payments").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(Fixtures.createdWebPayment(wm.baseUrl()))));

    pay.createPayment(parkingFine()
        .email("amala.smith@example.org")
        .language(Language.WELSH)
        .delayedCapture(true)
        .moto(false)
        .prefilledCardholderDetails(new PrefilledCardholderDetails("Amala Smith",
            new Address("1 High Street", null, "AB1 2CD", "Exampleton", "GB")))
        .metadata("ledger_code", "AB100")
        .metadata(Map.of("internal_reference_number", 200))
        .metadata("paid_online", true)
        .setUpAgreement(AGREEMENT_ID)
        .agreementPaymentType(AgreementPaymentType.RECURRING)
        .authorisationMode(AuthorisationMode.WEB)
        .build());

    wm.verify(postRequestedFor(urlEqualTo("/v1/payments")).withRequestBody(equalToJson("""
        {"amount": 2500, "reference": "PCN-123", "description": "Parking fine",
         "return_url": "https://council.example/pay/return", "email": "amala.smith@example.org",
         "language": "cy", "delayed_capture": true, "moto": false,
         "prefilled_cardholder_details": {"cardholder_name": "Amala Smith",
           "billing_address": {"line1": "1 High Street", "postcode": "AB1 2CD", "city": "Exampleton",
                               "country": "GB"}},
         "metadata": {"ledger_code": "AB100", "internal_reference_number": 200, "paid_online": true},
         "authorisation_mode": "web", "set_up_agreement": "%s", "agreement_payment_type": "recurring"}
        """.formatted(AGREEMENT_ID), false, false)));
  }

  @Test
  void createsAMotoApiPaymentWithoutReturnUrlAndExposesTheOneTimeToken() {
    wm.stubFor(post("/v1/payments").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(Fixtures.createdMotoPayment(wm.baseUrl()))));

    Payment p = pay.createPayment(CreatePaymentRequest.builder().amount(1500).reference("CT-77")
        .description("Council tax").authorisationMode(AuthorisationMode.MOTO_API).build());

    wm.verify(postRequestedFor(urlEqualTo("/v1/payments")).withRequestBody(equalToJson("""
        {"amount": 1500, "reference": "CT-77", "description": "Council tax", "authorisation_mode": "moto_api"}
        """, false, false)).withHeader("Idempotency-Key", absent()));
    assertThat(p.oneTimeToken()).contains("tok-9f8e7d");
    assertThat(p.nextUrl()).isEmpty();
    assertThat(p.moto()).isTrue();
  }

  @Test
  void anAgreementPaymentAlwaysCarriesAGeneratedIdempotencyKey() {
    wm.stubFor(post("/v1/payments").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(Fixtures.createdAgreementPayment(wm.baseUrl()))));

    Payment p = pay.createPayment(CreatePaymentRequest.builder().amount(999).reference("GW-2026-11")
        .description("Garden waste").agreementPayment(AGREEMENT_ID)
        .agreementPaymentType(AgreementPaymentType.RECURRING).build());

    wm.verify(postRequestedFor(urlEqualTo("/v1/payments"))
        .withHeader("Idempotency-Key", matching("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"))
        .withRequestBody(equalToJson("""
            {"amount": 999, "reference": "GW-2026-11", "description": "Garden waste",
             "authorisation_mode": "agreement", "agreement_id": "%s", "agreement_payment_type": "recurring"}
            """.formatted(AGREEMENT_ID), false, false)));
    assertThat(p.canBeCancelled()).isFalse();
  }

  @Test
  void anAgreementPaymentSendsTheCallersIdempotencyKeyAndAcceptsAReplay() {
    // GOV.UK Pay answers an idempotent replay with 200, the original payment and no Location.
    wm.stubFor(post("/v1/payments").willReturn(okJson(Fixtures.createdAgreementPayment(wm.baseUrl()))));

    Payment p = pay.createPayment(CreatePaymentRequest.builder().amount(999).reference("GW-2026-11")
        .description("Garden waste").agreementPayment(AGREEMENT_ID).idempotencyKey("gw-42-2026-11").build());

    wm.verify(postRequestedFor(urlEqualTo("/v1/payments")).withHeader("Idempotency-Key", equalTo("gw-42-2026-11")));
    assertThat(p.paymentId()).isEqualTo(PAYMENT_ID);
  }

  @Test
  void readsEveryFieldOfAPayment() {
    wm.stubFor(get("/v1/payments/" + PAYMENT_ID).willReturn(okJson(Fixtures.successfulPayment(wm.baseUrl()))));

    Payment p = pay.getPayment(PAYMENT_ID);

    assertThat(p.status()).isEqualTo(PaymentStatus.SUCCESS);
    assertThat(p.isSuccess()).isTrue();
    assertThat(p.isFinished()).isTrue();
    assertThat(p.nextUrl()).isEmpty();
    assertThat(p.language()).isEqualTo(Language.WELSH);
    assertThat(p.authorisationMode()).isEqualTo(AuthorisationMode.WEB);
    assertThat(p.providerId()).isEqualTo("reference-from-provider");
    assertThat(p.cardDetails().lastDigitsCardNumber()).isEqualTo("1111");
    assertThat(p.cardDetails().billingAddress().postcode()).isEqualTo("AB1 2CD");
    assertThat(p.settlementSummary().capturedDate()).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(p.settlementSummary().captureSubmitTime()).isEqualTo(Instant.parse("2026-11-27T10:20:00Z"));
    assertThat(p.settlementSummary().settledDate()).isNull();
    assertThat(p.metadata()).containsEntry("ledger_code", "AB100").containsEntry("internal_reference_number", 200)
        .containsEntry("paid_online", true);
    assertThat(p.corporateCardSurcharge()).isEqualTo(250L);
    assertThat(p.totalAmount()).isEqualTo(2750L);
    assertThat(p.fee()).isEqualTo(5L);
    assertThat(p.netAmount()).isEqualTo(2745L);
    assertThat(p.authorisationSummary().threeDSecure().required()).isTrue();
  }

  @Test
  void aPaymentsToStringHidesPersonalData() {
    wm.stubFor(get("/v1/payments/" + PAYMENT_ID).willReturn(okJson(Fixtures.successfulPayment(wm.baseUrl()))));

    Payment p = pay.getPayment(PAYMENT_ID);

    assertThat(p.toString()).contains(PAYMENT_ID, "PCN-123", "SUCCESS")
        .doesNotContain("amala.smith@example.org", "Amala Smith", "1 High Street", "AB1 2CD");
    assertThat(p.cardDetails().toString()).contains("1111").doesNotContain("Amala", "444433");
    assertThat(p.links().self().toString()).doesNotContain(PAYMENT_ID);
  }

  @Test
  void readsAFailedPaymentsCodeAndToleratesAnUnknownStatus() {
    wm.stubFor(get("/v1/payments/" + PAYMENT_ID).willReturn(okJson(Fixtures.payment(wm.baseUrl(), PAYMENT_ID, "R1",
        """
        {"status": "failed", "finished": true, "code": "P0010", "message": "Payment method rejected",
         "can_retry": false}"""))));

    Payment failed = pay.getPayment(PAYMENT_ID);

    assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
    assertThat(failed.isSuccess()).isFalse();
    assertThat(failed.state().failureCode()).contains("P0010");
    assertThat(failed.state().canRetry()).isFalse();

    responsesOffSpec = true; // a status GOV.UK Pay might add one day
    wm.stubFor(get("/v1/payments/" + PAYMENT_ID).willReturn(okJson(Fixtures.payment(wm.baseUrl(), PAYMENT_ID, "R1",
        """
        {"status": "refunding_to_the_moon", "finished": false}"""))));
    assertThat(pay.getPayment(PAYMENT_ID).status()).isEqualTo(PaymentStatus.UNKNOWN);
  }

  @Test
  void ignoresFieldsGovUkPayAddsLater() {
    responsesOffSpec = true; // fields from the future are not in today's spec
    wm.stubFor(get("/v1/payments/" + PAYMENT_ID).willReturn(okJson(Fixtures.successfulPayment(wm.baseUrl())
        .replaceFirst("\\{", "{\"wallet_loyalty_points\": {\"earned\": 3}, \"new_flag\": true, "))));

    assertThat(pay.getPayment(PAYMENT_ID).isSuccess()).isTrue();
  }

  @Test
  void readsAPaymentsEvents() {
    wm.stubFor(get("/v1/payments/" + PAYMENT_ID + "/events").willReturn(okJson("""
        {"payment_id": "%1$s",
         "events": [
           {"payment_id": "%1$s", "state": {"status": "created", "finished": false},
            "updated": "2026-11-27T10:15:00.000Z",
            "_links": {"payment_url": {"href": "%2$s/v1/payments/%1$s", "method": "GET"}}},
           {"payment_id": "%1$s", "state": {"status": "success", "finished": true},
            "updated": "2026-11-27T10:19:48.646Z",
            "_links": {"payment_url": {"href": "%2$s/v1/payments/%1$s", "method": "GET"}}}],
         "_links": {"self": {"href": "%2$s/v1/payments/%1$s/events", "method": "GET"}}}
        """.formatted(PAYMENT_ID, wm.baseUrl()))));

    PaymentEvents events = pay.getPaymentEvents(PAYMENT_ID);

    assertThat(events.paymentId()).isEqualTo(PAYMENT_ID);
    assertThat(events.events()).extracting(e -> e.state().status())
        .containsExactly(PaymentStatus.CREATED, PaymentStatus.SUCCESS);
    assertThat(events.events().get(1).updated()).isEqualTo(Instant.parse("2026-11-27T10:19:48.646Z"));
  }

  @Test
  void cancelsAPaymentWithAJsonContentTypeAndNoBody() {
    wm.stubFor(post("/v1/payments/" + PAYMENT_ID + "/cancel").willReturn(aResponse().withStatus(204)));

    pay.cancelPayment(PAYMENT_ID);

    wm.verify(postRequestedFor(urlEqualTo("/v1/payments/" + PAYMENT_ID + "/cancel"))
        .withHeader("Content-Type", matching("application/json.*"))
        .withHeader("Authorization", equalTo("Bearer " + TEST_KEY)));
    assertThat(wm.getAllServeEvents().get(0).getRequest().getBody()).isEmpty();
  }

  @Test
  void capturesAPayment() {
    wm.stubFor(post("/v1/payments/" + PAYMENT_ID + "/capture").willReturn(aResponse().withStatus(204)));

    pay.capturePayment(PAYMENT_ID);

    wm.verify(postRequestedFor(urlEqualTo("/v1/payments/" + PAYMENT_ID + "/capture"))
        .withHeader("Content-Type", matching("application/json.*")));
  }

  @Test
  void refundsWithTheAmountAvailableGuard() {
    wm.stubFor(post("/v1/payments/" + PAYMENT_ID + "/refunds").willReturn(aResponse().withStatus(202)
        .withHeader("Content-Type", "application/json").withBody(Fixtures.refund(wm.baseUrl(), "submitted"))));

    Refund r = pay.refundPayment(PAYMENT_ID, 500, 2500);

    wm.verify(postRequestedFor(urlEqualTo("/v1/payments/" + PAYMENT_ID + "/refunds"))
        .withRequestBody(equalToJson("{\"amount\": 500, \"refund_amount_available\": 2500}", false, false)));
    assertThat(r.refundId()).isEqualTo(REFUND_ID);
    assertThat(r.paymentId()).isEqualTo(PAYMENT_ID);
    assertThat(r.amount()).isEqualTo(500L);
    assertThat(r.status()).isEqualTo(RefundStatus.SUBMITTED);
    assertThat(r.status().isFinished()).isFalse();
    assertThat(r.createdDate()).isEqualTo(Instant.parse("2026-11-27T11:00:00Z"));
  }

  @Test
  void refundsWithoutTheGuardWhenNotGiven() {
    wm.stubFor(post("/v1/payments/" + PAYMENT_ID + "/refunds").willReturn(aResponse().withStatus(202)
        .withHeader("Content-Type", "application/json").withBody(Fixtures.refund(wm.baseUrl(), "success"))));

    Refund r = pay.refundPayment(PAYMENT_ID, 500);

    wm.verify(postRequestedFor(urlEqualTo("/v1/payments/" + PAYMENT_ID + "/refunds"))
        .withRequestBody(equalToJson("{\"amount\": 500}", false, false)));
    assertThat(r.status()).isEqualTo(RefundStatus.SUCCESS);
  }

  @Test
  void getsARefund() {
    wm.stubFor(get("/v1/payments/" + PAYMENT_ID + "/refunds/" + REFUND_ID)
        .willReturn(okJson(Fixtures.refund(wm.baseUrl(), "success"))));

    Refund r = pay.getRefund(PAYMENT_ID, REFUND_ID);

    assertThat(r.status()).isEqualTo(RefundStatus.SUCCESS);
    assertThat(r.status().isFinished()).isTrue();
  }

  @Test
  void listsAPaymentsRefunds() {
    wm.stubFor(get("/v1/payments/" + PAYMENT_ID + "/refunds").willReturn(okJson("""
        {"payment_id": "%s", "_embedded": {"refunds": [%s, %s]},
         "_links": {"self": {"href": "%s/v1/payments/%1$s/refunds", "method": "GET"},
                    "payment": {"href": "%4$s/v1/payments/%1$s", "method": "GET"}}}
        """.formatted(PAYMENT_ID, Fixtures.refund(wm.baseUrl(), "success"), Fixtures.refund(wm.baseUrl(), "error"),
        wm.baseUrl()))));

    List<Refund> refunds = pay.listRefunds(PAYMENT_ID);

    assertThat(refunds).extracting(Refund::status).containsExactly(RefundStatus.SUCCESS, RefundStatus.ERROR);
  }
}
