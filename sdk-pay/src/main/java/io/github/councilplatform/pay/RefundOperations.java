package io.github.councilplatform.pay;

import io.github.councilplatform.core.PagedIterable;
import io.github.councilplatform.core.internal.ApiRequest;
import io.github.councilplatform.core.internal.HttpTransport;
import io.github.councilplatform.pay.internal.PayValidation;
import io.github.councilplatform.pay.internal.RefundBody;
import io.github.councilplatform.pay.internal.RefundList;
import io.github.councilplatform.pay.internal.Searches;
import java.util.List;
import java.util.Objects;

/** Refunds: refund a payment (guarded or not), get, list a payment's and search all. Behind {@link PayClient}. */
final class RefundOperations {
  private final HttpTransport transport;

  RefundOperations(HttpTransport transport) {
    this.transport = transport;
  }

  /** {@code available} is the {@code refund_amount_available} guard, or {@code null} for none. */
  Refund refund(String paymentId, long amount, Long available) {
    String id = PayValidation.pathId("payment_id", paymentId);
    PayValidation.refund(amount, available);
    return transport.execute(ApiRequest.post("/v1/payments/" + id + "/refunds").operation("refundPayment")
        .jsonBody(new RefundBody(amount, available))
        .reference(id)
        .build(), Refund.class);
  }

  Refund get(String paymentId, String refundId) {
    String id = PayValidation.pathId("payment_id", paymentId);
    String rid = PayValidation.pathId("refund_id", refundId);
    return transport.execute(ApiRequest.get("/v1/payments/" + id + "/refunds/" + rid).operation("getRefund").build(), Refund.class);
  }

  List<Refund> list(String paymentId) {
    String id = PayValidation.pathId("payment_id", paymentId);
    return transport.execute(ApiRequest.get("/v1/payments/" + id + "/refunds").operation("listRefunds").build(), RefundList.class).refunds();
  }

  PagedIterable<Refund> search(RefundSearch search) {
    RefundSearch s = Objects.requireNonNull(search, "search");
    ApiRequest first = Searches.dateRanges(ApiRequest.get("/v1/refunds").operation("searchRefunds"), s.fromDate(), s.toDate(),
            s.fromSettledDate(), s.toSettledDate())
        .query("display_size", s.displaySize())
        .build();
    return Searches.paged(transport, first, Refund.class);
  }
}
