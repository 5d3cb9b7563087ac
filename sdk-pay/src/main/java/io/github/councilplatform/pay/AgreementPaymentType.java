package io.github.councilplatform.pay;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The kind of agreement (recurring) payment ({@code agreement_payment_type}). */
public enum AgreementPaymentType {
  /** One of a fixed series of payments. */
  @JsonProperty("instalment") INSTALMENT("instalment"),
  /** A regular payment with no fixed end. */
  @JsonProperty("recurring") RECURRING("recurring"),
  /** Taken when needed, not on a schedule. */
  @JsonProperty("unscheduled") UNSCHEDULED("unscheduled"),
  /** A type this SDK version does not know; cannot be requested. */
  @JsonEnumDefaultValue UNKNOWN("unknown");

  private final String wireValue;

  AgreementPaymentType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** {@return the value on the wire, for example {@code recurring}} */
  public String wireValue() {
    return wireValue;
  }
}
