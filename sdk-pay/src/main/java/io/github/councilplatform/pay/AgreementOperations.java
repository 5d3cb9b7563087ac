package io.github.councilplatform.pay;

import io.github.councilplatform.core.PagedIterable;
import io.github.councilplatform.core.internal.ApiRequest;
import io.github.councilplatform.core.internal.HttpTransport;
import io.github.councilplatform.pay.internal.PayValidation;
import io.github.councilplatform.pay.internal.Searches;
import java.util.Objects;

/**
 * Recurring-payment agreements: create, get, search and cancel. (Payments against an agreement are payments:
 * {@link PaymentOperations#createAgreementPayment}.) Behind {@link PayClient}.
 */
final class AgreementOperations {
  private final HttpTransport transport;

  AgreementOperations(HttpTransport transport) {
    this.transport = transport;
  }

  Agreement create(CreateAgreementRequest request) {
    Objects.requireNonNull(request, "request");
    return transport.execute(ApiRequest.post("/v1/agreements").operation("createAgreement").jsonBody(request).reference(request.reference())
        .build(), Agreement.class);
  }

  Agreement get(String agreementId) {
    String id = PayValidation.pathId("agreement_id", agreementId);
    return transport.execute(ApiRequest.get("/v1/agreements/" + id).operation("getAgreement").build(), Agreement.class);
  }

  PagedIterable<Agreement> search(AgreementSearch search) {
    AgreementSearch s = Objects.requireNonNull(search, "search");
    ApiRequest first = ApiRequest.get("/v1/agreements").operation("searchAgreements")
        .query("reference", s.reference())
        .query("status", s.status() == null ? null : s.status().wireValue())
        .query("display_size", s.displaySize())
        .build();
    return Searches.paged(transport, first, Agreement.class);
  }

  void cancel(String agreementId) {
    String id = PayValidation.pathId("agreement_id", agreementId);
    transport.execute(PayRequests.emptyPost("/v1/agreements/" + id + "/cancel").operation("cancelAgreement").reference(id).build());
  }
}
