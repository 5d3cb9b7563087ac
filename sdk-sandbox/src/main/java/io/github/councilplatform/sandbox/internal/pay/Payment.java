package io.github.councilplatform.sandbox.internal.pay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One payment's mutable state. Guarded by its {@link PayAccount}'s lock: read and change it only inside
 * {@code synchronized (account)}.
 */
final class Payment {
  /** The external statuses of Pay's lifecycle. */
  static final List<String> FINISHED = List.of("success", "failed", "cancelled", "error");

  final String id;
  final PayAccount account;
  final int amount;
  final String reference;
  final String description;
  final String returnUrl;
  final String email;
  final String language;
  final boolean delayedCapture;
  final boolean moto;
  final Map<String, Object> metadata;
  final String authorisationMode;
  final String agreementId;
  final String setUpAgreement;
  final String agreementPaymentType;
  final Card.Address prefilledAddress;
  final String prefilledName;
  final Instant created;

  String status = "created";
  String code;
  String message;
  Boolean canRetry;
  Card card;
  String providerId;
  Instant captureSubmitTime;
  Instant capturedAt;
  boolean disputed;
  /** The MOTO one-time token and whether it was spent. */
  String oneTimeToken;
  boolean oneTimeTokenUsed;
  final List<Refund> refunds = new ArrayList<>();
  final List<Event> events = new ArrayList<>();

  /** A state change, as {@code GET /v1/payments/{id}/events} lists it. */
  record Event(String status, String code, String message, Boolean canRetry, Instant at) {}

  Payment(Builder b) {
    this.id = b.id;
    this.account = b.account;
    this.amount = b.amount;
    this.reference = b.reference;
    this.description = b.description;
    this.returnUrl = b.returnUrl;
    this.email = b.email;
    this.language = b.language;
    this.delayedCapture = b.delayedCapture;
    this.moto = b.moto;
    this.metadata = b.metadata;
    this.authorisationMode = b.authorisationMode;
    this.agreementId = b.agreementId;
    this.setUpAgreement = b.setUpAgreement;
    this.agreementPaymentType = b.agreementPaymentType;
    this.prefilledAddress = b.prefilledAddress;
    this.prefilledName = b.prefilledName;
    this.created = b.created;
    events.add(new Event("created", null, null, null, created));
  }

  boolean finished() {
    return FINISHED.contains(status);
  }

  boolean web() {
    return "web".equals(authorisationMode);
  }

  /** Moves to a status and records the event. */
  void moveTo(String newStatus, String newCode, String newMessage, Instant at) {
    status = newStatus;
    code = newCode;
    message = newMessage;
    events.add(new Event(newStatus, newCode, newMessage, canRetry, at));
  }

  /** Refunded so far (sandbox refunds succeed at once, so every refund counts). */
  long refunded() {
    return refunds.stream().mapToLong(Refund::amount).sum();
  }

  long amountAvailable() {
    return Math.max(0, amount - refunded());
  }

  /** {@code refund_summary.status}, as connector's {@code ExternalChargeRefundAvailability} works it out. */
  String refundStatus() {
    return switch (status) {
      case "created", "started", "submitted", "capturable" -> "pending";
      case "success" -> disputed || amountAvailable() <= 0 ? (disputed ? "unavailable" : "full") : "available";
      default -> "unavailable";
    };
  }

  /** The fields of a create request, gathered before the payment exists. */
  static final class Builder {
    String id;
    PayAccount account;
    int amount;
    String reference;
    String description;
    String returnUrl;
    String email;
    String language = "en";
    boolean delayedCapture;
    boolean moto;
    Map<String, Object> metadata;
    String authorisationMode = "web";
    String agreementId;
    String setUpAgreement;
    String agreementPaymentType;
    Card.Address prefilledAddress;
    String prefilledName;
    Instant created;
  }
}
