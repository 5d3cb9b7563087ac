package io.github.councilplatform.pay;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A payment's {@code authorisation_summary}.
 *
 * @param threeDSecure whether 3-D Secure was required; present only for payments since September 2021
 */
public record AuthorisationSummary(@JsonProperty("three_d_secure") ThreeDSecure threeDSecure) {

  /**
   * The {@code three_d_secure} object.
   *
   * @param required whether the payer had to complete 3-D Secure
   */
  public record ThreeDSecure(Boolean required) {}
}
