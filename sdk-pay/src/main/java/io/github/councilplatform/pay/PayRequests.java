package io.github.councilplatform.pay;

import io.github.councilplatform.core.internal.ApiRequest;

/** Request shapes more than one of the operation classes need. */
final class PayRequests {
  private static final byte[] EMPTY = new byte[0];

  private PayRequests() {}

  /** A POST without a body: GOV.UK Pay's firewall expects Content-Type: application/json even then. */
  static ApiRequest.Builder emptyPost(String path) {
    return ApiRequest.post(path).body(EMPTY, "application/json");
  }
}
