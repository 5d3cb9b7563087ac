package io.github.councilplatform.pay;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a recurring-payment agreement is in its lifecycle. */
public enum AgreementStatus {
  /** Created; no set-up payment has succeeded yet. */
  @JsonProperty("created") CREATED("created"),
  /** A set-up payment succeeded; agreement payments can be taken. */
  @JsonProperty("active") ACTIVE("active"),
  /** Cancelled by the service or the payer. */
  @JsonProperty("cancelled") CANCELLED("cancelled"),
  /** A payment failed with {@code can_retry == false}; set it up again with a new set-up payment. */
  @JsonProperty("inactive") INACTIVE("inactive"),
  /** A status this SDK version does not know. */
  @JsonEnumDefaultValue UNKNOWN("unknown");

  private final String wireValue;

  AgreementStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /** {@return the value on the wire, for example {@code active}} */
  public String wireValue() {
    return wireValue;
  }
}
