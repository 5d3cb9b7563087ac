package io.github.councilplatform.pay;

import io.github.councilplatform.core.PagedIterable;
import io.github.councilplatform.core.RequestValidationException;
import io.github.councilplatform.core.internal.ApiRequest;
import io.github.councilplatform.core.internal.ApiResponse;
import io.github.councilplatform.core.internal.HttpTransport;
import io.github.councilplatform.core.internal.Json;
import io.github.councilplatform.pay.internal.CreatePaymentBody;
import io.github.councilplatform.pay.internal.PayValidation;
import io.github.councilplatform.pay.internal.Searches;
import java.util.Objects;
import java.util.UUID;

/** Payments: create (web, MOTO, agreement), get, events, cancel, capture and search. Behind {@link PayClient}. */
final class PaymentOperations {
  private final HttpTransport transport;
  private final boolean liveKey;
  private final boolean zeroAmounts;

  PaymentOperations(HttpTransport transport, boolean liveKey, boolean zeroAmounts) {
    this.transport = transport;
    this.liveKey = liveKey;
    this.zeroAmounts = zeroAmounts;
  }

  AgreementPaymentResult createAgreementPayment(CreatePaymentRequest request) {
    Objects.requireNonNull(request, "request");
    if (request.effectiveAuthorisationMode() != AuthorisationMode.AGREEMENT) {
      throw new RequestValidationException("authorisation_mode", "must be agreement for createAgreementPayment;"
          + " build the request with agreementPayment(agreementId), or use createPayment for other payments.");
    }
    return create(request);
  }

  AgreementPaymentResult create(CreatePaymentRequest request) {
    Objects.requireNonNull(request, "request");
    PayValidation.createPayment(request, liveKey, zeroAmounts);
    boolean agreement = request.effectiveAuthorisationMode() == AuthorisationMode.AGREEMENT;
    ApiRequest.Builder b = ApiRequest.post("/v1/payments")
        .operation(agreement ? "createAgreementPayment" : "createPayment")
        .jsonBody(CreatePaymentBody.of(request))
        .reference(request.reference());
    if (!agreement) {
      // GOV.UK Pay passes a key on web and MOTO payments along but de-duplicates only agreement payments, so
      // such a request is still never resent once it may have been acted on.
      b.header("Idempotency-Key", request.idempotencyKey());
      ApiResponse r = transport.execute(b.build());
      return new AgreementPaymentResult(decodePayment(r), request.idempotencyKey(), false);
    }
    // Generated once per call, so every attempt of this call carries the same key and GOV.UK Pay replays the
    // first payment instead of taking a second one. A caller's key is used exactly as given.
    String key = request.idempotencyKey() != null ? request.idempotencyKey() : UUID.randomUUID().toString();
    ApiResponse r = transport.execute(b.idempotencyKey(key).build());
    // GOV.UK Pay answers 201 for a new payment and 200 when it replays the payment made earlier with the key.
    return new AgreementPaymentResult(decodePayment(r), key, r.status() == 200);
  }

  private Payment decodePayment(ApiResponse response) {
    return transport.decode(response, body -> Json.read(body, Payment.class), "Payment");
  }

  Payment get(String paymentId) {
    String id = PayValidation.pathId("payment_id", paymentId);
    return transport.execute(ApiRequest.get("/v1/payments/" + id).operation("getPayment").build(), Payment.class);
  }

  PaymentEvents events(String paymentId) {
    String id = PayValidation.pathId("payment_id", paymentId);
    return transport.execute(ApiRequest.get("/v1/payments/" + id + "/events").operation("getPaymentEvents").build(), PaymentEvents.class);
  }

  void cancel(String paymentId) {
    String id = PayValidation.pathId("payment_id", paymentId);
    transport.execute(PayRequests.emptyPost("/v1/payments/" + id + "/cancel").operation("cancelPayment").reference(id).build());
  }

  void capture(String paymentId) {
    String id = PayValidation.pathId("payment_id", paymentId);
    transport.execute(PayRequests.emptyPost("/v1/payments/" + id + "/capture").operation("capturePayment").reference(id).build());
  }

  PagedIterable<Payment> search(PaymentSearch search) {
    PaymentSearch s = Objects.requireNonNull(search, "search");
    ApiRequest.Builder b = ApiRequest.get("/v1/payments").operation("searchPayments")
        .query("reference", s.reference())
        .query("email", s.email())
        .query("state", s.state() == null ? null : s.state().wireValue())
        .query("card_brand", s.cardBrand());
    ApiRequest first = Searches.dateRanges(b, s.fromDate(), s.toDate(), s.fromSettledDate(), s.toSettledDate())
        .query("cardholder_name", s.cardholderName())
        .query("first_digits_card_number", s.firstDigitsCardNumber())
        .query("last_digits_card_number", s.lastDigitsCardNumber())
        .query("agreement_id", s.agreementId())
        .query("display_size", s.displaySize())
        .build();
    return Searches.paged(transport, first, Payment.class);
  }
}
