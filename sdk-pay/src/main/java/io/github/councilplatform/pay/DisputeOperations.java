package io.github.councilplatform.pay;

import io.github.councilplatform.core.PagedIterable;
import io.github.councilplatform.core.internal.ApiRequest;
import io.github.councilplatform.core.internal.HttpTransport;
import io.github.councilplatform.pay.internal.Searches;
import java.util.Objects;

/** Disputes (services using Stripe): search. Behind {@link PayClient}. */
final class DisputeOperations {
  private final HttpTransport transport;

  DisputeOperations(HttpTransport transport) {
    this.transport = transport;
  }

  PagedIterable<Dispute> search(DisputeSearch search) {
    DisputeSearch s = Objects.requireNonNull(search, "search");
    ApiRequest first = Searches.dateRanges(ApiRequest.get("/v1/disputes").operation("searchDisputes"), s.fromDate(), s.toDate(),
            s.fromSettledDate(), s.toSettledDate())
        .query("status", s.status() == null ? null : s.status().wireValue())
        .query("display_size", s.displaySize())
        .build();
    return Searches.paged(transport, first, Dispute.class);
  }
}
