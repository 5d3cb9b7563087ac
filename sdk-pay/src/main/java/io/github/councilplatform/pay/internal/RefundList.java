package io.github.councilplatform.pay.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.councilplatform.pay.Refund;
import java.util.List;

/** The body of {@code GET /v1/payments/{id}/refunds}: {@code {payment_id, _embedded: {refunds: […]}}}. */
public record RefundList(String paymentId, @JsonProperty("_embedded") Embedded embedded) {

  /** The {@code _embedded} object. */
  public record Embedded(List<Refund> refunds) {}

  /** {@return the refunds; empty when absent} */
  public List<Refund> refunds() {
    return embedded == null || embedded.refunds() == null ? List.of() : List.copyOf(embedded.refunds());
  }
}
