package io.github.councilplatform.sandbox.internal.pay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One GOV.UK Pay service (gateway account): its API key, webhook signing secret, settings and everything it
 * created. All mutable state is guarded by the account itself ({@code synchronized (account)}).
 */
final class PayAccount {
  final String apiKey;
  final String signingSecret;
  /** A live account ({@code api_live_} key): return URLs must be https. */
  final boolean live;

  /** Settings the admin API can change; defaults suit a test service with every feature on. */
  boolean motoEnabled = true;
  boolean motoApiEnabled = true;
  boolean recurringEnabled = true;
  boolean zeroAmountAllowed;
  boolean disabled;
  /** {@code sandbox} or {@code stripe} (Stripe accounts need amounts of at least 30). */
  String paymentProvider = "sandbox";

  /** Payments in creation order. */
  final Map<String, Payment> payments = new LinkedHashMap<>();
  final Map<String, Agreement> agreements = new LinkedHashMap<>();
  final List<Dispute> disputes = new ArrayList<>();
  final Map<String, Idempotent> idempotency = new HashMap<>();
  final RateLimiter rateLimiter = new RateLimiter();

  /** A stored {@code Idempotency-Key}: the request body it came with, the payment it made, and when. */
  record Idempotent(Object body, String paymentId, Instant at) {}

  PayAccount(String apiKey, String signingSecret, boolean live) {
    this.apiKey = apiKey;
    this.signingSecret = signingSecret;
    this.live = live;
  }

  /** Forgets everything this account created and puts the settings back. */
  synchronized void clear() {
    payments.clear();
    agreements.clear();
    disputes.clear();
    idempotency.clear();
    rateLimiter.clear();
    motoEnabled = true;
    motoApiEnabled = true;
    recurringEnabled = true;
    zeroAmountAllowed = false;
    disabled = false;
    paymentProvider = "sandbox";
  }
}
