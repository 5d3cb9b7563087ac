package io.github.councilplatform.sandbox.pay;

import io.github.councilplatform.sandbox.internal.SandboxContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The payment state machine of GOV.UK Pay with the sandbox payment provider, on the sandbox clock:
 * created → started → submitted → success / failed / cancelled / error, {@code capturable} for delayed
 * capture, expiry after 90 minutes (and 5 days for uncaptured delayed-capture payments), refunds that succeed
 * at once, agreements and recurring payments, and the webhook events each change sends. Every change happens
 * under the payment's account lock.
 */
final class PayEngine {
  /** Connector's {@code CHARGE_EXPIRY_WINDOW_SECONDS}. */
  static final Duration EXPIRY = Duration.ofMinutes(90);
  /** Connector's {@code AWAITING_DELAY_CAPTURE_EXPIRY_WINDOW}. */
  static final Duration CAPTURE_EXPIRY = Duration.ofDays(5);

  private final SandboxContext context;
  private final PayJson json;
  private final Webhooks webhooks;
  /** Every payment of every account by id (ids are unique across accounts). */
  private final Map<String, Payment> payments = new ConcurrentHashMap<>();
  /** Single-use charge tokens behind {@code next_url}: token → payment id; removed when used. */
  private final Map<String, String> chargeTokens = new ConcurrentHashMap<>();
  /** Charge tokens already spent: token → payment id, so the same browser can come back through them. */
  private final Map<String, String> spentChargeTokens = new ConcurrentHashMap<>();
  /** MOTO one-time tokens: token → payment id. */
  private final Map<String, String> oneTimeTokens = new ConcurrentHashMap<>();

  PayEngine(SandboxContext context, PayJson json, Webhooks webhooks) {
    this.context = context;
    this.json = json;
    this.webhooks = webhooks;
  }

  Instant now() {
    return context.clock().instant();
  }

  /**
   * Whether a card's expiry month has passed on both the host's real time and sandbox time. The payer lives in
   * real time, so moving the sandbox clock (to expire payments) must not make their card look expired.
   */
  /**
   * connector MotoApiAuthoriseRequest.isMonthAndYearInTheFuture (L63-73): the expiry month is not before the
   * month of UTC minus 12 hours. The service sends card details in real time, so either real time or sandbox
   * time will do.
   */
  boolean motoExpiryInTheFuture(String mmYy) {
    java.time.YearMonth expiry = java.time.YearMonth.of(2000 + Integer.parseInt(mmYy.substring(3)),
        Integer.parseInt(mmYy.substring(0, 2)));
    java.time.Duration behind = java.time.Duration.ofHours(12);
    java.time.YearMonth real = java.time.YearMonth.from(context.clock().realInstant().minus(behind)
        .atZone(java.time.ZoneOffset.UTC));
    java.time.YearMonth sandbox = java.time.YearMonth.from(now().minus(behind).atZone(java.time.ZoneOffset.UTC));
    return !expiry.isBefore(real) || !expiry.isBefore(sandbox);
  }

  boolean cardHasExpired(java.time.YearMonth expiry) {
    java.time.YearMonth real = java.time.YearMonth.from(context.clock().realInstant().atZone(java.time.ZoneOffset.UTC));
    java.time.YearMonth sandbox = java.time.YearMonth.from(now().atZone(java.time.ZoneOffset.UTC));
    return expiry.isBefore(real) && expiry.isBefore(sandbox);
  }

  void reset() {
    payments.clear();
    chargeTokens.clear();
    spentChargeTokens.clear();
    oneTimeTokens.clear();
  }

  Payment find(String id) {
    return payments.get(id);
  }

  /** Creates a payment from a validated request and schedules its expiry (and, for agreements, its charge). */
  Payment create(PayAccount account, Payment.Builder b) {
    b.id = PayIds.externalId();
    b.account = account;
    b.created = now();
    Payment p = new Payment(b);
    synchronized (account) {
      account.payments.put(p.id, p);
      if ("moto_api".equals(p.authorisationMode)) {
        p.oneTimeToken = PayIds.token();
        oneTimeTokens.put(p.oneTimeToken, p.id);
      }
    }
    payments.put(p.id, p);
    context.scheduler().schedule(p.created.plus(EXPIRY), () -> expire(p, false));
    if ("agreement".equals(p.authorisationMode)) {
      context.scheduler().schedule(p.created, () -> chargeRecurring(p));
    }
    return p;
  }

  /**
   * A fresh single-use token for {@code next_url}, or null when the payment has none (not web mode, finished,
   * or capturable). Call under the account lock.
   */
  String mintChargeToken(Payment p) {
    if (!p.web() || p.finished() || "capturable".equals(p.status)) {
      return null;
    }
    String token = PayIds.token();
    chargeTokens.put(token, p.id);
    return token;
  }

  /** Spends a charge token: the payment it was for, or null if unknown or already used. */
  Payment redeemChargeToken(String token) {
    String id = token == null ? null : chargeTokens.remove(token);
    if (id == null) {
      return null;
    }
    spentChargeTokens.put(token, id);
    return payments.get(id);
  }

  /** The payment a spent charge token was for, or null. */
  Payment spentChargeToken(String token) {
    String id = token == null ? null : spentChargeTokens.get(token);
    return id == null ? null : payments.get(id);
  }

  /** The payment behind a MOTO one-time token, or null. */
  Payment byOneTimeToken(String token) {
    String id = oneTimeTokens.get(token);
    return id == null ? null : payments.get(id);
  }

  /** The paying user opened the payment pages: created → started. */
  void start(Payment p) {
    synchronized (p.account) {
      if ("created".equals(p.status)) {
        p.moveTo("started", null, null, now());
      }
    }
  }

  /**
   * Authorises a card with the sandbox provider while the user is present (payment pages, MOTO API).
   *
   * @return the outcome; the payment is then {@code submitted}, {@code failed} (P0010) or {@code error}
   *     (P0050)
   */
  TestCards.Outcome authorise(Payment p, Card card) {
    synchronized (p.account) {
      Instant at = now();
      TestCards.Outcome outcome = TestCards.authorise(card.number(), p.account.paymentProvider);
      p.card = card;
      p.providerId = java.util.UUID.randomUUID().toString();
      switch (outcome) {
        case AUTHORISED -> p.moveTo("submitted", null, null, at);
        case DECLINED -> fail(p, "failed", "P0010", "Payment method rejected", "card_payment_failed", at);
        case ERROR -> fail(p, "error", "P0050", "Payment provider returned an error", "card_payment_failed", at);
      }
      return outcome;
    }
  }

  /**
   * The user confirmed (or a MOTO authorisation succeeded): capture now, or wait for the service when the
   * payment uses delayed capture. Sets up the agreement of a {@code set_up_agreement} payment.
   */
  void confirm(Payment p) {
    synchronized (p.account) {
      if (!"submitted".equals(p.status)) {
        return;
      }
      Instant at = now();
      if (p.setUpAgreement != null) {
        Agreement a = p.account.agreements.get(p.setUpAgreement);
        if (a != null) {
          a.status = "active";
          a.cancelled = null;
          a.card = p.card;
          a.instrumentCreated = at;
        }
      }
      if (p.delayedCapture) {
        p.moveTo("capturable", null, null, at);
        context.scheduler().schedule(at.plus(CAPTURE_EXPIRY), () -> expire(p, true));
      } else {
        succeed(p, at);
      }
    }
  }

  /**
   * The service captures a delayed-capture payment. As connector's DelayedCaptureService.java:56-71: a
   * capturable payment is captured; one already approved for capture or captured (every sandbox
   * {@code success}: the sandbox PSP captures at once) is left as it is and the call still succeeds (204);
   * any other status is 409 P1003.
   */
  void capture(Payment p) {
    synchronized (p.account) {
      if ("success".equals(p.status)) {
        return;
      }
      if (!"capturable".equals(p.status)) {
        throw PayError.of(409, "P1003", "Payment cannot be captured");
      }
      succeed(p, now());
    }
  }

  /** The service cancels an unfinished payment: cancelled, P0040. */
  void cancelByService(Payment p) {
    synchronized (p.account) {
      if (p.finished() || "agreement".equals(p.authorisationMode)) {
        throw PayError.of(400, "P0501", "Cancellation of payment failed");
      }
      fail(p, "cancelled", "P0040", "Payment was cancelled by the service", "card_payment_failed", now());
    }
  }

  /** The paying user pressed "Cancel payment": failed, P0030. */
  void cancelByUser(Payment p) {
    synchronized (p.account) {
      if (!p.finished() && !"capturable".equals(p.status)) {
        fail(p, "failed", "P0030", "Payment was cancelled by the user", "card_payment_failed", now());
      }
    }
  }

  /** Refunds part or all of a successful payment: the refund succeeds at once. Checks run in Pay's order. */
  Refund refund(Payment p, int amount, Integer refundAmountAvailable) {
    synchronized (p.account) {
      if (p.disputed) {
        throw PayError.of(400, "P0603", "The payment is disputed and cannot be refunded");
      }
      String availability = p.refundStatus();
      if (!"available".equals(availability)) {
        throw PayError.of(400, "P0603", "The payment is not available for refund. Payment refund status: "
            + availability);
      }
      if (refundAmountAvailable != null && refundAmountAvailable != p.amountAvailable()) {
        throw PayError.of(412, "P0604", "Refund amount available mismatch.");
      }
      if (amount > p.amountAvailable()) {
        throw PayError.of(400, "P0603", "The payment is not available for refund. Payment refund status: "
            + "amount_not_available");
      }
      Instant at = now();
      Refund r = new Refund(PayIds.externalId(), p.id, amount, at);
      p.refunds.add(r);
      webhooks.emit(p.account, "card_payment_refunded", json.webhookResource(p), p.id, at);
      return r;
    }
  }

  private void succeed(Payment p, Instant at) {
    p.captureSubmitTime = at;
    p.capturedAt = at;
    p.moveTo("success", null, null, at);
    if ("stripe".equals(p.account.paymentProvider) && p.card != null) {
      String n = p.card.number();
      if (n.equals(TestCards.STRIPE_DISPUTE_LOST) || n.equals(TestCards.STRIPE_DISPUTE_WON)) {
        // Stripe's dispute test cards raise a dispute on the payment straight away.
        p.account.disputes.add(new Dispute(PayIds.externalId(), p.id, p.amount, 1500,
            n.equals(TestCards.STRIPE_DISPUTE_LOST) ? "lost" : "won", "fraudulent", at, at.plus(Duration.ofDays(21))));
        p.disputed = true;
      }
    }
    Map<String, Object> resource = json.webhookResource(p);
    webhooks.emit(p.account, "card_payment_succeeded", resource, p.id, at);
    webhooks.emit(p.account, "card_payment_captured", resource, p.id, at);
  }

  private void fail(Payment p, String status, String code, String message, String event, Instant at) {
    p.moveTo(status, code, message, at);
    webhooks.emit(p.account, event, json.webhookResource(p), p.id, at);
  }

  private void expire(Payment p, boolean capturable) {
    synchronized (p.account) {
      if (p.account.payments.get(p.id) != p) {
        return;
      }
      boolean due = capturable ? "capturable".equals(p.status)
          : !p.finished() && !"capturable".equals(p.status);
      if (due) {
        fail(p, "failed", "P0020", "Payment expired", "card_payment_expired", now());
      }
    }
  }

  /** Takes a recurring payment with the agreement's card, as the provider does with the user not present. */
  private void chargeRecurring(Payment p) {
    synchronized (p.account) {
      if (p.account.payments.get(p.id) != p || !"created".equals(p.status)) {
        return;
      }
      Agreement a = p.account.agreements.get(p.agreementId);
      Instant at = now();
      p.moveTo("started", null, null, at);
      p.card = a.card;
      p.providerId = java.util.UUID.randomUUID().toString();
      switch (TestCards.authoriseRecurring(a.card.number(), p.account.paymentProvider)) {
        case AUTHORISED -> {
          p.moveTo("submitted", null, null, at);
          succeed(p, at);
        }
        case DECLINED -> {
          // The sandbox's recurring decline is a hard decline: no retry, and the agreement stops.
          p.canRetry = false;
          a.status = "inactive";
          fail(p, "failed", "P0010", "Payment method rejected", "card_payment_failed", at);
        }
        case ERROR -> fail(p, "error", "P0050", "Payment provider returned an error", "card_payment_failed", at);
      }
    }
  }
}
