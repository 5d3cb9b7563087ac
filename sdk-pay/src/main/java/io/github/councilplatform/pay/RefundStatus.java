package io.github.councilplatform.pay;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a refund is: {@link #SUBMITTED}, then {@link #SUCCESS} or {@link #ERROR}, which are final. */
public enum RefundStatus {
  /** Sent to the payment provider; not final. */
  @JsonProperty("submitted") SUBMITTED("submitted"),
  /** The refund succeeded. Final. */
  @JsonProperty("success") SUCCESS("success"),
  /** The refund failed. Final. */
  @JsonProperty("error") ERROR("error"),
  /** A status this SDK version does not know. */
  @JsonEnumDefaultValue UNKNOWN("unknown");

  private final String wireValue;

  RefundStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /** {@return the value on the wire, for example {@code success}} */
  public String wireValue() {
    return wireValue;
  }

  /** {@return whether the refund has reached a final status} */
  public boolean isFinished() {
    return this == SUCCESS || this == ERROR;
  }
}
