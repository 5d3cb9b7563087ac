package io.github.councilplatform.sandbox.internal.pay;

import java.util.HashMap;
import java.util.Map;

/**
 * Pay's per-account rate limiter: fixed one-second windows per bucket (HTTP method plus path type:
 * {@code create_payment}, {@code capture_payment} or other), 15 requests a second for POSTs and 75 for other
 * methods, like pay-publicapi's defaults. Reads time from the sandbox clock, so tests can make it
 * deterministic with a fixed base clock.
 */
final class RateLimiter {
  static final int POST_LIMIT = 15;
  static final int OTHER_LIMIT = 75;

  private final Map<String, long[]> windows = new HashMap<>();

  /**
   * Counts a request and says whether it is within the limit.
   *
   * @param method HTTP method
   * @param pathType {@code create_payment}, {@code capture_payment} or {@code other}
   * @param nowMillis the sandbox clock
   * @return true if allowed
   */
  synchronized boolean allow(String method, String pathType, long nowMillis) {
    String key = method + " " + pathType;
    long second = Math.floorDiv(nowMillis, 1000);
    long[] w = windows.computeIfAbsent(key, k -> new long[] {second, 0});
    if (w[0] != second) {
      w[0] = second;
      w[1] = 0;
    }
    w[1]++;
    return w[1] <= ("POST".equals(method) ? POST_LIMIT : OTHER_LIMIT);
  }

  synchronized void clear() {
    windows.clear();
  }
}
