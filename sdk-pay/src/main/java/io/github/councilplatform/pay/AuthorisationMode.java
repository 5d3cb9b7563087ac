package io.github.councilplatform.pay;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** How a payment is authorised ({@code authorisation_mode}). */
public enum AuthorisationMode {
  /** The payer enters card details on GOV.UK Pay's pages (the default); needs a {@code return_url}. */
  @JsonProperty("web") WEB("web"),
  /** Your service sends card details with {@code PayClient.authoriseMotoPayment} (MOTO). */
  @JsonProperty("moto_api") MOTO_API("moto_api"),
  /** A recurring payment taken against an active agreement, without the payer present. */
  @JsonProperty("agreement") AGREEMENT("agreement"),
  /** Taken outside the public API (telephone payments); appears on responses only, cannot be requested. */
  @JsonProperty("external") EXTERNAL("external"),
  /** A mode this SDK version does not know. */
  @JsonEnumDefaultValue UNKNOWN("unknown");

  private final String wireValue;

  AuthorisationMode(String wireValue) {
    this.wireValue = wireValue;
  }

  /** {@return the value on the wire, for example {@code moto_api}} */
  public String wireValue() {
    return wireValue;
  }
}
