package io.github.councilplatform.sandbox.e2e;

import static io.github.councilplatform.sandbox.e2e.E2eSupport.admin;
import static io.github.councilplatform.sandbox.e2e.E2eSupport.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.core.ApiException;
import io.github.councilplatform.core.AuthenticationException;
import io.github.councilplatform.core.ConflictException;
import io.github.councilplatform.core.InvalidRequestException;
import io.github.councilplatform.core.NotFoundException;
import io.github.councilplatform.core.OutcomeUnknownException;
import io.github.councilplatform.core.RateLimitedException;
import io.github.councilplatform.core.RequestValidationException;
import io.github.councilplatform.core.RetryOptions;
import io.github.councilplatform.pay.Address;
import io.github.councilplatform.pay.Agreement;
import io.github.councilplatform.pay.AgreementPaymentType;
import io.github.councilplatform.pay.AgreementSearch;
import io.github.councilplatform.pay.AgreementStatus;
import io.github.councilplatform.pay.AuthorisationMode;
import io.github.councilplatform.pay.CreateAgreementRequest;
import io.github.councilplatform.pay.CreatePaymentRequest;
import io.github.councilplatform.pay.Dispute;
import io.github.councilplatform.pay.DisputeSearch;
import io.github.councilplatform.pay.DisputeStatus;
import io.github.councilplatform.pay.Language;
import io.github.councilplatform.pay.MotoAuthorisationResult;
import io.github.councilplatform.pay.MotoCardDetails;
import io.github.councilplatform.pay.PayClient;
import io.github.councilplatform.pay.PayWebhooks;
import io.github.councilplatform.pay.Payment;
import io.github.councilplatform.pay.PaymentEvent;
import io.github.councilplatform.pay.PaymentSearch;
import io.github.councilplatform.pay.PaymentStatus;
import io.github.councilplatform.pay.PrefilledCardholderDetails;
import io.github.councilplatform.pay.ReconciliationReport;
import io.github.councilplatform.pay.Refund;
import io.github.councilplatform.pay.RefundSearch;
import io.github.councilplatform.pay.RefundStatus;
import io.github.councilplatform.pay.WebhookEvent;
import io.github.councilplatform.pay.WebhookEventType;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import io.github.councilplatform.sandbox.SandboxFault;
import io.github.councilplatform.sandbox.SandboxPlatformId;
import io.github.councilplatform.sandbox.internal.Responses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every {@link PayClient} operation, end to end against the sandbox's Pay. */
@ExtendWith(SandboxExtension.class)
class PayClientE2ETest {
  private static final String RETURN_URL = "https://council.example/pay/return";

  private Sandbox sandbox;
  private PayClient pay;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    this.sandbox = sandbox;
    this.pay = sandbox.payClient();
  }

  private String apiKey() {
    return ((Map<?, ?>) sandbox.info().get("pay")).get("apiKey").toString();
  }

  private static CreatePaymentRequest.Builder web(long amount, String reference) {
    return CreatePaymentRequest.builder().amount(amount).reference(reference).description("Parking permit")
        .returnUrl(RETURN_URL);
  }

  /** Pays a web payment as the user would on the payment pages. */
  private JsonNode complete(String paymentId, String card) {
    return admin(sandbox, "POST", "/_sandbox/pay/payments/" + paymentId + "/complete",
        "{\"cardNumber\":\"" + card + "\",\"confirm\":true}");
  }

  @Test
  void createsAWebPaymentWithEveryOptionAndPaysIt() {
    Payment created = pay.createPayment(web(2500, "PCN-123")
        .email("resident@example.com")
        .language(Language.WELSH)
        .metadata(Map.of("ledger_code", "AB12", "vat", 20, "paper", false))
        .prefilledCardholderDetails(new PrefilledCardholderDetails("Amala Smith",
            new Address("1 High Street", null, "SW1A 1AA", "London", "GB")))
        .build());

    assertThat(created.status()).isEqualTo(PaymentStatus.CREATED);
    assertThat(created.amount()).isEqualTo(2500);
    assertThat(created.language()).isEqualTo(Language.WELSH);
    assertThat(created.email()).isEqualTo("resident@example.com");
    assertThat(created.metadata()).containsEntry("ledger_code", "AB12").containsEntry("paper", false);
    assertThat(created.authorisationMode()).isEqualTo(AuthorisationMode.WEB);
    assertThat(created.nextUrl()).hasValueSatisfying(url -> assertThat(url).startsWith(sandbox.baseUrl()));

    complete(created.paymentId(), "4444333322221111");

    Payment paid = pay.getPayment(created.paymentId());
    assertThat(paid.status()).isEqualTo(PaymentStatus.SUCCESS);
    assertThat(paid.state().finished()).isTrue();
    assertThat(paid.cardDetails().lastDigitsCardNumber()).isEqualTo("1111");
    assertThat(paid.metadata()).containsEntry("vat", 20);
    assertThat(paid.cardDetails().cardBrand()).isEqualTo("Visa");
    assertThat(paid.cardDetails().cardType()).isEqualTo("credit");
    assertThat(paid.cardDetails().firstDigitsCardNumber()).isEqualTo("444433");
    assertThat(paid.cardDetails().expiryDate()).matches("\\d\\d/\\d\\d");
    assertThat(paid.cardDetails().billingAddress()).isNotNull();
    assertThat(paid.refundSummary().status()).isEqualTo("available");
    assertThat(paid.refundSummary().amountAvailable()).isEqualTo(2500);
    assertThat(paid.settlementSummary().captureSubmitTime()).isNotNull();
    assertThat(paid.settlementSummary().capturedDate()).isNotNull();
    assertThat(paid.paymentProvider()).isEqualTo("sandbox");
    assertThat(paid.providerId()).isNotBlank();
    assertThat(paid.createdDate()).isEqualTo(created.createdDate());
    assertThat(paid.returnUrl()).isEqualTo(RETURN_URL);
    assertThat(paid.links().self().href()).endsWith("/v1/payments/" + created.paymentId());
    assertThat(paid.links().refunds().href()).endsWith("/v1/payments/" + created.paymentId() + "/refunds");
    assertThat(paid.links().cancel()).isNull();
    assertThat(paid.links().nextUrl()).isNull();
    assertThat(created.links().cancel().method()).isEqualTo("POST");
    assertThat(created.links().nextUrlPost().params()).containsKey("chargeTokenId");
    assertThat(pay.getPaymentEvents(created.paymentId()).events()).extracting(PaymentEvent::state)
        .extracting(s -> s.status()).startsWith(PaymentStatus.CREATED).endsWith(PaymentStatus.SUCCESS);
  }

  @Test
  void delayedCaptureAndCancel() {
    Payment delayed = pay.createPayment(web(1000, "DC-1").delayedCapture(true).build());
    assertThat(delayed.delayedCapture()).isTrue();
    complete(delayed.paymentId(), "4444333322221111");
    assertThat(pay.getPayment(delayed.paymentId()).status()).isEqualTo(PaymentStatus.CAPTURABLE);

    pay.capturePayment(delayed.paymentId());
    assertThat(pay.getPayment(delayed.paymentId()).status()).isEqualTo(PaymentStatus.SUCCESS);
    // Capturing it again succeeds, as connector's DelayedCaptureService.java:67 does for a captured payment.
    pay.capturePayment(delayed.paymentId());

    Payment abandoned = pay.createPayment(web(1000, "DC-2").build());
    pay.cancelPayment(abandoned.paymentId());
    assertThatThrownBy(() -> pay.capturePayment(abandoned.paymentId()))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.errorCode()).contains("P1003"));
    Payment cancelled = pay.getPayment(abandoned.paymentId());
    assertThat(cancelled.status()).isEqualTo(PaymentStatus.CANCELLED);
    assertThat(cancelled.state().code()).isEqualTo("P0040");
    // Like Pay's connector, a finished payment is "not in correct state": 400 P0501 (P0502 is a gateway conflict).
    assertThatThrownBy(() -> pay.cancelPayment(abandoned.paymentId()))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errorCode()).contains("P0501"));
  }

  @Test
  void refundsGuardedByTheAmountAvailable() {
    Payment p = pay.createPayment(web(5000, "REF-1").build());
    complete(p.paymentId(), "4444333322221111");
    long available = pay.getPayment(p.paymentId()).refundSummary().amountAvailable();
    assertThat(available).isEqualTo(5000);

    Refund first = pay.refundPayment(p.paymentId(), 1000, available);
    assertThat(first.amount()).isEqualTo(1000);

    // The caller's stale view of the amount available is refused, so nothing is refunded twice.
    assertThatThrownBy(() -> pay.refundPayment(p.paymentId(), 1000, available))
        .isInstanceOfSatisfying(ConflictException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(412);
          assertThat(e.errorCode()).contains("P0604");
        });
    long now = pay.getPayment(p.paymentId()).refundSummary().amountAvailable();
    assertThat(now).isEqualTo(4000);
    Refund second = pay.refundPayment(p.paymentId(), 500, now);
    assertThat(second.createdDate()).isNotNull();
    assertThat(pay.getPayment(p.paymentId()).refundSummary().amountSubmitted()).isEqualTo(1500);

    assertThat(pay.getRefund(p.paymentId(), first.refundId())).satisfies(r -> {
      assertThat(r.amount()).isEqualTo(1000);
      assertThat(r.paymentId()).isEqualTo(p.paymentId());
      assertThat(r.status()).isIn(RefundStatus.SUBMITTED, RefundStatus.SUCCESS);
    });
    assertThat(pay.listRefunds(p.paymentId())).extracting(Refund::refundId)
        .containsExactlyInAnyOrder(first.refundId(), second.refundId());
    assertThat(pay.refundPayment(p.paymentId(), 100).amount()).isEqualTo(100);
  }

  @Test
  void searchesPageThroughPaymentsRefundsDisputesAndAgreements() {
    for (int i = 0; i < 5; i++) {
      Payment p = pay.createPayment(web(1000 + i, "SRCH-" + i).email("s" + i + "@example.com").build());
      complete(p.paymentId(), "4444333322221111");
      pay.refundPayment(p.paymentId(), 100, 1000 + i);
      if (i < 3) {
        admin(sandbox, "POST", "/_sandbox/pay/disputes",
            "{\"paymentId\":\"" + p.paymentId() + "\",\"status\":\"needs_response\",\"reason\":\"fraudulent\"}");
      }
      pay.createAgreement(CreateAgreementRequest.builder().reference("AGR-" + i).description("Council tax").build());
    }
    pay.createPayment(web(999, "OTHER").build());

    assertThat(pay.searchPayments(PaymentSearch.builder().displaySize(2).build()).stream().count()).isEqualTo(6);
    assertThat(pay.searchPayments(PaymentSearch.builder().state(PaymentStatus.SUCCESS).displaySize(2).build())
        .streamByPage().count()).isEqualTo(3);
    assertThat(pay.searchPayments(PaymentSearch.builder().reference("SRCH-3").build()).stream().map(Payment::amount)
        .toList()).containsExactly(1003L);
    assertThat(pay.findPaymentsByReference("OTHER")).singleElement()
        .satisfies(p -> assertThat(p.amount()).isEqualTo(999));
    assertThat(pay.searchRefunds(RefundSearch.builder().displaySize(2).build()).stream().toList()).hasSize(5)
        .allSatisfy(r -> assertThat(r.amount()).isEqualTo(100));
    List<Dispute> disputes = pay.searchDisputes(DisputeSearch.builder().status(DisputeStatus.NEEDS_RESPONSE)
        .displaySize(2).build()).stream().toList();
    assertThat(disputes).hasSize(3).allSatisfy(d -> {
      assertThat(d.reason()).isEqualTo("fraudulent");
      assertThat(d.status()).isEqualTo(DisputeStatus.NEEDS_RESPONSE);
      assertThat(d.amount()).isBetween(1000L, 1004L);
      assertThat(d.fee()).isEqualTo(1500L);
      assertThat(d.evidenceDueDate()).isAfter(d.createdDate());
      assertThat(d.paymentId()).isNotBlank();
    });
    assertThat(pay.searchAgreements(AgreementSearch.builder().displaySize(2).build()).stream().count()).isEqualTo(5);
    Instant now = sandbox.clock().instant();
    assertThat(pay.searchRefunds(RefundSearch.builder().fromDate(now.minusSeconds(300)).toDate(now.plusSeconds(60))
        .build())
        .stream().count()).isEqualTo(5);
    assertThat(pay.searchRefunds(RefundSearch.builder().fromDate(now.plusSeconds(60)).build()).stream().count())
        .isZero();
    assertThat(pay.searchDisputes(DisputeSearch.builder().fromDate(now.minusSeconds(300)).toDate(now.plusSeconds(60))
        .build())
        .stream().count()).isEqualTo(3);
    assertThat(pay.searchDisputes(DisputeSearch.builder().status(DisputeStatus.WON).build()).stream().count()).isZero();
    assertThat(pay.searchAgreements(AgreementSearch.builder().status(AgreementStatus.ACTIVE).build()).stream().count())
        .isZero();
    assertThat(pay.searchAgreements(AgreementSearch.builder().reference("AGR-4").build()).stream()
        .map(Agreement::reference).toList()).containsExactly("AGR-4");
  }

  @Test
  void agreementsAndIdempotentAgreementPayments() {
    Agreement agreement = pay.createAgreement(new CreateAgreementRequest("CT-1", "Council tax", "resident-42"));
    assertThat(agreement.status()).isEqualTo(AgreementStatus.CREATED);
    assertThat(pay.getAgreement(agreement.agreementId()).userIdentifier()).isEqualTo("resident-42");

    Payment setUp = pay.createPayment(web(100, "CT-SETUP").setUpAgreement(agreement.agreementId())
        .agreementPaymentType(AgreementPaymentType.INSTALMENT).build());
    complete(setUp.paymentId(), "4000056655665556");
    Agreement active = pay.getAgreement(agreement.agreementId());
    assertThat(active.status()).isEqualTo(AgreementStatus.ACTIVE);
    assertThat(active.paymentInstrument().type()).isEqualTo("card");
    assertThat(active.paymentInstrument().cardDetails().lastDigitsCardNumber()).isEqualTo("5556");
    assertThat(active.paymentInstrument().createdDate()).isNotNull();

    CreatePaymentRequest instalment = CreatePaymentRequest.builder().amount(1500).reference("CT-JUL")
        .description("July instalment").agreementPayment(agreement.agreementId())
        .agreementPaymentType(AgreementPaymentType.INSTALMENT).idempotencyKey("ct-2026-07").build();
    Payment first = pay.createPayment(instalment);
    Payment replay = pay.createPayment(instalment);

    assertThat(replay.paymentId()).isEqualTo(first.paymentId());
    assertThat(first.authorisationMode()).isEqualTo(AuthorisationMode.AGREEMENT);
    assertThat(first.agreementId()).isEqualTo(agreement.agreementId());
    sandbox.advanceClock(Duration.ofSeconds(30));
    await(() -> pay.getPayment(first.paymentId()).state().finished());
    assertThat(pay.getPayment(first.paymentId()).status()).isEqualTo(PaymentStatus.SUCCESS);
    assertThat(pay.searchPayments(PaymentSearch.builder().agreementId(agreement.agreementId()).build()).stream()
        .map(Payment::paymentId).toList()).containsExactlyInAnyOrder(setUp.paymentId(), first.paymentId());

    pay.cancelAgreement(agreement.agreementId());
    Agreement cancelled = pay.getAgreement(agreement.agreementId());
    assertThat(cancelled.status()).isEqualTo(AgreementStatus.CANCELLED);
    assertThat(cancelled.cancelledDate()).isNotNull();
  }

  @Test
  void authorisesMotoPaymentsWithTheOneTimeToken() {
    Payment moto = pay.createPayment(CreatePaymentRequest.builder().amount(3000).reference("PHONE-1")
        .description("Phone payment").authorisationMode(AuthorisationMode.MOTO_API).build());
    String token = moto.links().authUrlPost().params().get("one_time_token").toString();

    MotoAuthorisationResult result = pay.authoriseMotoPayment(
        new MotoCardDetails(token, "4444333322221111", "123", "12/30", "Amala Smith"));

    assertThat(result).isEqualTo(MotoAuthorisationResult.AUTHORISED);
    await(() -> pay.getPayment(moto.paymentId()).state().finished());
    assertThat(pay.getPayment(moto.paymentId()).status()).isEqualTo(PaymentStatus.SUCCESS);
    assertThatThrownBy(() -> pay.authoriseMotoPayment(
        new MotoCardDetails(token, "4444333322221111", "123", "12/30", "Amala Smith")))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errorCode()).contains("P1212"));

    Payment declined = pay.createPayment(CreatePaymentRequest.builder().amount(3000).reference("PHONE-2")
        .description("Phone payment").authorisationMode(AuthorisationMode.MOTO_API).build());
    assertThat(pay.authoriseMotoPayment(new MotoCardDetails(
        declined.links().authUrlPost().params().get("one_time_token").toString(), "4000000000000002", "123",
        "12/30", "Amala Smith"))).isEqualTo(MotoAuthorisationResult.DECLINED);
  }

  @Test
  void reconcilesUnfinishedJourneysAfterExpiry() {
    Payment paid = pay.createPayment(web(1000, "REC-1").build());
    complete(paid.paymentId(), "4444333322221111");
    Payment abandoned = pay.createPayment(web(1000, "REC-2").build());

    sandbox.advanceClock(Duration.ofMinutes(91));
    Payment fresh = pay.createPayment(web(1000, "REC-3").build());
    await(() -> pay.getPayment(abandoned.paymentId()).state().finished());

    ReconciliationReport report = pay.reconcilePayments(List.of(paid.paymentId(), abandoned.paymentId(),
        "nosuchpayment0000000000000"));
    assertThat(report.succeeded()).extracting(r -> r.paymentId()).containsExactly(paid.paymentId());
    assertThat(report.finishedUnpaid()).singleElement().satisfies(r -> {
      assertThat(r.status()).isEqualTo(PaymentStatus.FAILED);
      assertThat(r.found()).hasValueSatisfying(p -> assertThat(p.state().code()).isEqualTo("P0020"));
    });
    assertThat(report.lookupFailures()).singleElement().satisfies(r -> assertThat(r.isNotFound()).isTrue());
    assertThat(pay.reconcilePayments(List.of(fresh.paymentId())).inProgress()).singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(PaymentStatus.CREATED));
  }

  @Test
  void deliversSignedWebhooks() throws IOException {
    String secret = ((Map<?, ?>) sandbox.info().get("pay")).get("webhookSigningSecret").toString();
    try (E2eSupport.Receiver receiver = new E2eSupport.Receiver()) {
      admin(sandbox, "POST", "/_sandbox/pay/webhooks", "{\"callbackUrl\":\"" + receiver.url("/pay/webhooks")
          + "\",\"subscriptions\":[\"card_payment_succeeded\"],\"description\":\"e2e\"}");
      Payment p = pay.createPayment(web(1200, "WH-1").build());
      complete(p.paymentId(), "4444333322221111");

      await(() -> !receiver.received.isEmpty());

      E2eSupport.Receiver.Received r = receiver.received.get(0);
      WebhookEvent event = PayWebhooks.verifier("old-secret", secret).verify(r.signature().get(0), r.body());
      assertThat(event.eventType()).isEqualTo(WebhookEventType.CARD_PAYMENT_SUCCEEDED);
      assertThat(event.resourceId()).isEqualTo(p.paymentId());
      assertThat(event.payment().status()).isEqualTo(PaymentStatus.SUCCESS);
      assertThat(event.payment().reference()).isEqualTo("WH-1");
      assertThat(event.resourceType()).isEqualToIgnoringCase("payment");
      assertThat(event.apiVersion()).isEqualTo(1);
      assertThat(event.createdDate()).isNotNull();
      assertThat(event.webhookMessageId()).isNotBlank();
      JsonNode raw = Responses.JSON.readTree(r.body());
      assertThat(FieldCoverage.dropped(raw, event, Set.of("resource"))).isEmpty();
      assertThat(FieldCoverage.dropped(raw.path("resource"), event.payment(), Set.of("card_brand"))).isEmpty();
      assertThat(PayWebhooks.verifier("wrong-secret").isValid(r.signature().get(0), r.body())).isFalse();
    }
  }

  @Test
  void rateLimitIsP0900AndRetriedBecausePayRejectedItUnprocessed() {
    PayClient noRetry = PayClient.builder().baseUrl(sandbox.baseUrl()).clock(sandbox.clock()).apiKey(apiKey())
        .retry(RetryOptions.disabled()).build();
    RateLimitedException limited = null;
    for (int i = 0; i < 100 && limited == null; i++) {
      try {
        noRetry.createPayment(web(100, "BURST").build());
      } catch (RateLimitedException e) {
        limited = e;
      }
    }
    assertThat(limited).isNotNull();
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.errorCode()).contains("P0900");
    long created = pay.findPaymentsByReference("BURST").stream().count();

    AtomicInteger waits = new AtomicInteger();
    PayClient retrying = PayClient.builder().baseUrl(sandbox.baseUrl()).clock(sandbox.clock()).apiKey(apiKey())
        .sleeper(d -> {
          waits.incrementAndGet();
          sandbox.advanceClock(Duration.ofSeconds(1));
        }).build();
    for (int i = 0; i < 40; i++) {
      retrying.createPayment(web(100, "STEADY").build());
    }
    assertThat(waits.get()).isPositive();
    assertThat(pay.findPaymentsByReference("STEADY")).hasSize(40);
    assertThat(created).isPositive();
  }

  @Test
  void searchFiltersReachPay() {
    Payment visa = pay.createPayment(web(1000, "F-1").email("amala@example.com").build());
    complete(visa.paymentId(), "4444333322221111");
    Payment master = pay.createPayment(web(2000, "F-2").email("sam@example.com").build());
    complete(master.paymentId(), "5105105105105100");
    Instant before = sandbox.clock().instant().minusSeconds(60);
    sandbox.advanceClock(Duration.ofHours(2));
    Payment later = pay.createPayment(web(3000, "F-3").build());

    assertThat(ids(PaymentSearch.builder().email("amala@example.com").build())).containsExactly(visa.paymentId());
    assertThat(ids(PaymentSearch.builder().lastDigitsCardNumber("5100").build())).containsExactly(master.paymentId());
    assertThat(ids(PaymentSearch.builder().firstDigitsCardNumber("444433").build())).containsExactly(visa.paymentId());
    assertThat(ids(PaymentSearch.builder().cardBrand("visa").build())).containsExactly(visa.paymentId());
    assertThat(ids(PaymentSearch.builder().cardholderName("Sandbox User").build()))
        .containsExactlyInAnyOrder(visa.paymentId(), master.paymentId());
    assertThat(ids(PaymentSearch.builder().fromDate(before)
        .toDate(sandbox.clock().instant().minusSeconds(60)).build()))
        .containsExactlyInAnyOrder(visa.paymentId(), master.paymentId());
    assertThat(ids(PaymentSearch.builder()
        .fromDate(sandbox.clock().instant().minusSeconds(60)).build()))
        .containsExactly(later.paymentId());
    assertThatThrownBy(() -> pay.searchPayments(PaymentSearch.builder().state(PaymentStatus.CAPTURABLE).build()))
        .isInstanceOf(RequestValidationException.class);
  }

  private List<String> ids(PaymentSearch search) {
    return pay.searchPayments(search).stream().map(Payment::paymentId).toList();
  }

  @Test
  void lookupAndAuthenticationFailures() {
    assertThatThrownBy(() -> pay.getPayment("nosuchpayment0000000000000"))
        .isInstanceOfSatisfying(NotFoundException.class,
            e -> assertThat(e.errorCode()).contains("P0200"));
    PayClient wrongKey = PayClient.builder().baseUrl(sandbox.baseUrl()).clock(sandbox.clock())
        .apiKey("api_test_" + "x".repeat(58)).build();
    assertThatThrownBy(() -> wrongKey.getPayment("nosuchpayment0000000000000"))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void serverErrorOnAWebPaymentIsOutcomeUnknownThenReconciledByReference() {
    sandbox.failNext(SandboxPlatformId.PAY,
        SandboxFault.SERVER_ERROR, 1);

    assertThatThrownBy(() -> pay.createPayment(web(1000, "UNKNOWN-1").build()))
        .isInstanceOfSatisfying(OutcomeUnknownException.class,
            e -> assertThat(e.reference()).contains("UNKNOWN-1"));

    assertThat(pay.findPaymentsByReference("UNKNOWN-1")).isEmpty();
    Payment again = pay.createPayment(web(1000, "UNKNOWN-1").build());
    assertThat(pay.findPaymentsByReference("UNKNOWN-1")).extracting(Payment::paymentId)
        .containsExactly(again.paymentId());
  }

  @Test
  void agreementPaymentIsRetriedWithTheSameIdempotencyKey() {
    Agreement agreement = pay.createAgreement(CreateAgreementRequest.builder().reference("CT-2")
        .description("Council tax").build());
    Payment setUp = pay.createPayment(web(100, "CT-SETUP").setUpAgreement(agreement.agreementId())
        .agreementPaymentType(AgreementPaymentType.RECURRING).build());
    complete(setUp.paymentId(), "4000056655665556");
    PayClient retrying = PayClient.builder().baseUrl(sandbox.baseUrl()).clock(sandbox.clock()).apiKey(apiKey())
        .sleeper(d -> { }).build();
    sandbox.failNext(SandboxPlatformId.PAY,
        SandboxFault.SERVICE_UNAVAILABLE, 1);

    Payment payment = retrying.createPayment(CreatePaymentRequest.builder().amount(1500).reference("CT-AUG")
        .description("August").agreementPayment(agreement.agreementId())
        .agreementPaymentType(AgreementPaymentType.RECURRING).build());

    assertThat(pay.findPaymentsByReference("CT-AUG")).extracting(Payment::paymentId)
        .containsExactly(payment.paymentId());
  }

  @Test
  void agreementPaymentWhoseAnswerWasLostIsReplayedNotDuplicated() {
    Agreement agreement = pay.createAgreement(CreateAgreementRequest.builder().reference("CT-3")
        .description("Council tax").build());
    Payment setUp = pay.createPayment(web(100, "CT-SETUP").setUpAgreement(agreement.agreementId())
        .agreementPaymentType(AgreementPaymentType.RECURRING).build());
    complete(setUp.paymentId(), "4000056655665556");
    PayClient impatient = PayClient.builder().baseUrl(sandbox.baseUrl()).clock(sandbox.clock()).apiKey(apiKey())
        .readTimeout(Duration.ofMillis(300)).sleeper(d -> { }).build();
    // Pay creates the payment but its answer arrives too late: the client must resend with the same key.
    sandbox.delayNext(SandboxPlatformId.PAY, Duration.ofMillis(1500), 1);

    Payment payment = impatient.createPayment(CreatePaymentRequest.builder().amount(1500).reference("CT-SEP")
        .description("September").agreementPayment(agreement.agreementId())
        .agreementPaymentType(AgreementPaymentType.RECURRING).build());

    assertThat(pay.findPaymentsByReference("CT-SEP")).extracting(Payment::paymentId)
        .containsExactly(payment.paymentId());
  }

  @Test
  void webPaymentWhoseAnswerWasLostIsNotResent() {
    PayClient impatient = PayClient.builder().baseUrl(sandbox.baseUrl()).clock(sandbox.clock()).apiKey(apiKey())
        .readTimeout(Duration.ofMillis(300)).sleeper(d -> { }).build();
    sandbox.delayNext(SandboxPlatformId.PAY, Duration.ofMillis(1500), 1);

    assertThatThrownBy(() -> impatient.createPayment(web(1000, "LOST-1").build()))
        .isInstanceOfSatisfying(OutcomeUnknownException.class,
            e -> assertThat(e.reference()).contains("LOST-1"));

    assertThat(pay.findPaymentsByReference("LOST-1")).hasSize(1);
  }

  /** A GET to the sandbox's Pay with the API key, as another client would make it. */
  private JsonNode raw(String path) {
    return raw(path, null);
  }

  /** A GET, or a POST of {@code jsonBody}, to the sandbox's Pay with the API key. */
  private JsonNode raw(String path, String jsonBody) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
          .header("Authorization", "Bearer " + apiKey()).header("Content-Type", "application/json");
      if (jsonBody != null) {
        b.POST(HttpRequest.BodyPublishers.ofString(jsonBody));
      }
      HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
      return Responses.JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Test
  void typedModelsKeepEveryFieldPaySends() {
    admin(sandbox, "POST", "/_sandbox/pay/settings", "{\"paymentProvider\":\"stripe\"}");
    Payment p = pay.createPayment(web(2500, "FIELDS-1").email("resident@example.com").metadata("a", "b")
        .prefilledCardholderDetails(new PrefilledCardholderDetails("Amala Smith",
            new Address("1 High Street", "Flat 2", "SW1A 1AA", "London", "GB"))).build());
    complete(p.paymentId(), "4242424242424242");
    Refund refund = pay.refundPayment(p.paymentId(), 100, 2500);
    admin(sandbox, "POST", "/_sandbox/pay/disputes", "{\"paymentId\":\"" + p.paymentId() + "\",\"status\":\"lost\"}");
    Agreement agreement = pay.createAgreement(new CreateAgreementRequest("CT-F", "Council tax", "user-1"));
    Payment setUp = pay.createPayment(web(100, "CT-F").setUpAgreement(agreement.agreementId())
        .agreementPaymentType(AgreementPaymentType.RECURRING).build());
    complete(setUp.paymentId(), "4000058260000005");
    sandbox.advanceClock(Duration.ofDays(3));

    // card_brand: Pay's deprecated top-level copy of card_details.card_brand, deliberately not modelled.
    Set<String> none = Set.of("card_brand");
    assertThat(FieldCoverage.dropped(raw("/v1/payments", "{\"amount\":2500,\"reference\":\"FIELDS-2\","
        + "\"description\":\"Parking permit\",\"return_url\":\"" + RETURN_URL + "\",\"email\":\"a@example.com\","
        + "\"delayed_capture\":true,\"metadata\":{\"a\":\"b\"}}"), pay.createPayment(web(2500, "FIELDS-2")
        .email("a@example.com").delayedCapture(true).metadata("a", "b").build()), none)).isEmpty();
    Payment moto = pay.createPayment(CreatePaymentRequest.builder().amount(3000).reference("FIELDS-3")
        .description("Phone payment").authorisationMode(AuthorisationMode.MOTO_API).build());
    assertThat(FieldCoverage.dropped(raw("/v1/payments/" + moto.paymentId()), moto, none)).isEmpty();
    assertThat(FieldCoverage.dropped(raw("/v1/payments/" + p.paymentId()), pay.getPayment(p.paymentId()), none))
        .isEmpty();
    assertThat(FieldCoverage.dropped(raw("/v1/payments/" + p.paymentId() + "/events"),
        pay.getPaymentEvents(p.paymentId()), Set.of("events[]._links", "_links"))).isEmpty();
    assertThat(FieldCoverage.dropped(raw("/v1/payments/" + p.paymentId() + "/refunds/" + refund.refundId()),
        pay.getRefund(p.paymentId(), refund.refundId()), Set.of("_links"))).isEmpty();
    assertThat(FieldCoverage.dropped(raw("/v1/disputes").path("results").get(0),
        pay.searchDisputes(DisputeSearch.all()).stream().findFirst().orElseThrow(), Set.of("_links"))).isEmpty();
    assertThat(FieldCoverage.dropped(raw("/v1/agreements/" + agreement.agreementId()),
        pay.getAgreement(agreement.agreementId()), none)).isEmpty();
    assertThat(FieldCoverage.dropped(raw("/v1/payments?reference=FIELDS-1").path("results").get(0),
        pay.findPaymentsByReference("FIELDS-1").iterator().next(), none)).isEmpty();
  }

  @Test
  void motoWebPaymentsAndZeroAmounts() {
    Payment phone = pay.createPayment(web(1500, "MOTO-WEB").moto(true).build());
    assertThat(phone.moto()).isTrue();

    PayClient zero = PayClient.builder().baseUrl(sandbox.baseUrl()).clock(sandbox.clock()).apiKey(apiKey())
        .zeroAmountsEnabled(true).build();
    assertThatThrownBy(() -> zero.createPayment(web(0, "FREE").build()))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(422));
    admin(sandbox, "POST", "/_sandbox/pay/settings", "{\"zeroAmountAllowed\":true}");
    assertThat(zero.createPayment(web(0, "FREE").build()).amount()).isZero();
    assertThatThrownBy(() -> pay.createPayment(web(0, "FREE").build()))
        .isInstanceOf(RequestValidationException.class);
  }

  @Test
  void typedErrorsForAgreementsAndRefunds() {
    Agreement created = pay.createAgreement(CreateAgreementRequest.builder().reference("CT-E")
        .description("Council tax").build());
    assertThatThrownBy(() -> pay.cancelAgreement(created.agreementId()))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errorCode()).contains("P2501"));
    assertThatThrownBy(() -> pay.getAgreement("nosuchagreement00000000000"))
        .isInstanceOfSatisfying(NotFoundException.class,
            e -> assertThat(e.errorCode()).contains("P2200"));
    assertThatThrownBy(() -> pay.cancelAgreement("nosuchagreement00000000000"))
        .isInstanceOfSatisfying(NotFoundException.class,
            e -> assertThat(e.errorCode()).contains("P2500"));
    Payment unpaid = pay.createPayment(web(1000, "UNPAID").build());
    assertThatThrownBy(() -> pay.refundPayment(unpaid.paymentId(), 100, 1000))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errorCode()).contains("P0603"));
    assertThatThrownBy(() -> pay.getRefund(unpaid.paymentId(), "nosuchrefund00000000000000"))
        .isInstanceOfSatisfying(NotFoundException.class,
            e -> assertThat(e.errorCode()).contains("P0700"));
    assertThat(pay.listRefunds(unpaid.paymentId())).isEmpty();
  }
}
