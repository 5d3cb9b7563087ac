package io.github.councilplatform.pay;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The stage a dispute (chargeback) is at. */
public enum DisputeStatus {
  /** You need to respond with evidence before {@code evidence_due_date}. */
  @JsonProperty("needs_response") NEEDS_RESPONSE("needs_response"),
  /** The card issuer is reviewing the evidence. */
  @JsonProperty("under_review") UNDER_REVIEW("under_review"),
  /** The payer won; the amount and a fee were taken from your payouts. */
  @JsonProperty("lost") LOST("lost"),
  /** Your service won. */
  @JsonProperty("won") WON("won"),
  /** A status this SDK version does not know; cannot be searched for. */
  @JsonEnumDefaultValue UNKNOWN("unknown");

  private final String wireValue;

  DisputeStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /** {@return the value on the wire, for example {@code needs_response}} */
  public String wireValue() {
    return wireValue;
  }
}
