package io.github.councilplatform.sandbox.internal.pay;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the sandbox's state in GOV.UK Pay's JSON shapes (snake_case names, {@code _links} of
 * {@code {href, method}}, absent rather than null optional fields).
 */
final class PayJson {
  /** Pay's timestamps: {@code YYYY-MM-DDThh:mm:ss.SSSZ}, UTC. */
  static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private final String baseUrl;

  PayJson(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  static String time(Instant t) {
    return TIMESTAMP.format(t);
  }

  /** The payment object without links: the webhook {@code resource}, and the base of the API shapes. */
  Map<String, Object> paymentResource(Payment p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("amount", p.amount);
    m.put("description", p.description);
    m.put("reference", p.reference);
    m.put("language", p.language);
    if (p.email != null) {
      m.put("email", p.email);
    }
    m.put("state", state(p.status, p.code, p.message, p.canRetry));
    m.put("payment_id", p.id);
    m.put("payment_provider", p.account.paymentProvider);
    m.put("created_date", time(p.created));
    m.put("refund_summary", refundSummary(p));
    m.put("settlement_summary", settlementSummary(p));
    if (p.card != null) {
      m.put("card_details", cardDetails(p.card));
      m.put("card_brand", p.card.brand());
    }
    m.put("delayed_capture", p.delayedCapture);
    m.put("moto", p.moto);
    if (p.returnUrl != null) {
      m.put("return_url", p.returnUrl);
    }
    if (p.metadata != null) {
      m.put("metadata", p.metadata);
    }
    if (p.providerId != null) {
      m.put("provider_id", p.providerId);
    }
    m.put("authorisation_mode", p.authorisationMode);
    String agreement = p.agreementId != null ? p.agreementId : p.setUpAgreement;
    if (agreement != null) {
      m.put("agreement_id", agreement);
    }
    if (p.agreementPaymentType != null) {
      m.put("agreement_payment_type", p.agreementPaymentType);
    }
    return m;
  }

  /**
   * The payment as a webhook's {@code resource}: pay-webhooks builds it from ledger data
   * ({@code PaymentApiRepresentation}), which has no links, provider id, card brand copy or agreement fields.
   */
  Map<String, Object> webhookResource(Payment p) {
    Map<String, Object> m = paymentResource(p);
    for (String key : new String[] {"provider_id", "card_brand", "authorisation_mode", "agreement_id",
        "agreement_payment_type"}) {
      m.remove(key);
    }
    return m;
  }

  /**
   * The payment as {@code GET /v1/payments/{id}} and create return it.
   *
   * @param chargeToken a freshly minted single-use token for {@code next_url}, or null when there is none
   */
  Map<String, Object> payment(Payment p, String chargeToken) {
    Map<String, Object> m = paymentResource(p);
    Map<String, Object> links = new LinkedHashMap<>();
    links.put("self", link(paymentUrl(p), "GET"));
    if (chargeToken != null) {
      links.put("next_url", link(baseUrl + "/secure/" + chargeToken, "GET"));
      Map<String, Object> post = postLink(baseUrl + "/secure");
      post.put("type", "application/x-www-form-urlencoded");
      post.put("params", Map.of("chargeTokenId", chargeToken));
      links.put("next_url_post", post);
    }
    if ("moto_api".equals(p.authorisationMode) && "created".equals(p.status) && !p.oneTimeTokenUsed) {
      Map<String, Object> auth = postLink(baseUrl + "/v1/auth");
      auth.put("type", "application/json");
      auth.put("params", Map.of("one_time_token", p.oneTimeToken));
      links.put("auth_url_post", auth);
    }
    links.put("events", link(paymentUrl(p) + "/events", "GET"));
    links.put("refunds", link(paymentUrl(p) + "/refunds", "GET"));
    addActionLinks(p, links);
    m.put("_links", links);
    return m;
  }

  /** A payment as a search result: no {@code next_url}. */
  Map<String, Object> paymentForSearch(Payment p) {
    Map<String, Object> m = paymentResource(p);
    Map<String, Object> links = new LinkedHashMap<>();
    links.put("self", link(paymentUrl(p), "GET"));
    links.put("events", link(paymentUrl(p) + "/events", "GET"));
    links.put("refunds", link(paymentUrl(p) + "/refunds", "GET"));
    addActionLinks(p, links);
    m.put("_links", links);
    return m;
  }

  private void addActionLinks(Payment p, Map<String, Object> links) {
    if (!p.finished() && !"agreement".equals(p.authorisationMode)) {
      links.put("cancel", postLink(paymentUrl(p) + "/cancel"));
    }
    if ("capturable".equals(p.status)) {
      links.put("capture", postLink(paymentUrl(p) + "/capture"));
    }
  }

  /** {@code GET /v1/payments/{id}/events}. */
  Map<String, Object> events(Payment p) {
    List<Map<String, Object>> events = p.events.stream().map(e -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("payment_id", p.id);
      m.put("state", state(e.status(), e.code(), e.message(), e.canRetry()));
      m.put("updated", time(e.at()));
      m.put("_links", Map.of("payment_url", link(paymentUrl(p), "GET")));
      return m;
    }).toList();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("payment_id", p.id);
    m.put("events", events);
    m.put("_links", Map.of("self", link(paymentUrl(p) + "/events", "GET")));
    return m;
  }

  /** A refund. */
  Map<String, Object> refund(Refund r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("refund_id", r.id());
    m.put("created_date", time(r.created()));
    m.put("amount", r.amount());
    m.put("status", "success");
    m.put("settlement_summary", Map.of());
    m.put("payment_id", r.paymentId());
    Map<String, Object> links = new LinkedHashMap<>();
    links.put("self", link(baseUrl + "/v1/payments/" + r.paymentId() + "/refunds/" + r.id(), "GET"));
    links.put("payment", link(baseUrl + "/v1/payments/" + r.paymentId(), "GET"));
    m.put("_links", links);
    return m;
  }

  /** {@code GET /v1/payments/{id}/refunds}. */
  Map<String, Object> refunds(Payment p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("payment_id", p.id);
    Map<String, Object> links = new LinkedHashMap<>();
    links.put("self", link(paymentUrl(p) + "/refunds", "GET"));
    links.put("payment", link(paymentUrl(p), "GET"));
    m.put("_links", links);
    m.put("_embedded", Map.of("refunds", p.refunds.stream().map(this::refund).toList()));
    return m;
  }

  /** An agreement. */
  Map<String, Object> agreement(Agreement a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("agreement_id", a.id);
    m.put("reference", a.reference);
    m.put("description", a.description);
    m.put("status", a.status);
    m.put("created_date", time(a.created));
    if (a.userIdentifier != null) {
      m.put("user_identifier", a.userIdentifier);
    }
    if (a.cancelled != null) {
      m.put("cancelled_date", time(a.cancelled));
    }
    if (a.card != null) {
      Map<String, Object> instrument = new LinkedHashMap<>();
      instrument.put("type", "card");
      instrument.put("card_details", cardDetails(a.card));
      instrument.put("created_date", time(a.instrumentCreated));
      m.put("payment_instrument", instrument);
    }
    return m;
  }

  /** A dispute in search results. */
  Map<String, Object> dispute(Dispute d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("amount", d.amount());
    m.put("created_date", time(d.created()));
    m.put("dispute_id", d.id());
    m.put("evidence_due_date", time(d.evidenceDue()));
    m.put("fee", d.fee());
    m.put("net_amount", d.netAmount());
    m.put("payment_id", d.paymentId());
    m.put("reason", d.reason());
    m.put("settlement_summary", Map.of());
    m.put("status", d.status());
    m.put("_links", Map.of("payment", link(baseUrl + "/v1/payments/" + d.paymentId(), "GET")));
    return m;
  }

  static Map<String, Object> state(String status, String code, String message, Boolean canRetry) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("status", status);
    s.put("finished", Payment.FINISHED.contains(status));
    if (code != null) {
      s.put("code", code);
      s.put("message", message);
    }
    if (canRetry != null) {
      s.put("can_retry", canRetry);
    }
    return s;
  }

  private static Map<String, Object> refundSummary(Payment p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", p.refundStatus());
    m.put("amount_available", switch (p.status) {
      case "success" -> p.amountAvailable();
      case "created", "started", "submitted", "capturable" -> (long) p.amount;
      default -> 0L;
    });
    m.put("amount_submitted", p.refunded());
    return m;
  }

  private static Map<String, Object> settlementSummary(Payment p) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (p.captureSubmitTime != null) {
      m.put("capture_submit_time", time(p.captureSubmitTime));
    }
    if (p.capturedAt != null) {
      m.put("captured_date", DATE.format(p.capturedAt));
    }
    return m;
  }

  static Map<String, Object> cardDetails(Card c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("last_digits_card_number", c.lastDigits());
    m.put("first_digits_card_number", c.firstDigits());
    m.put("cardholder_name", c.cardholderName());
    m.put("expiry_date", c.expiryDate());
    if (c.address() == null) {
      m.put("billing_address", null);
    } else {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("line1", c.address().line1());
      if (c.address().line2() != null) {
        a.put("line2", c.address().line2());
      }
      a.put("postcode", c.address().postcode());
      a.put("city", c.address().city());
      a.put("country", c.address().country());
      m.put("billing_address", a);
    }
    m.put("card_brand", c.brand());
    m.put("card_type", c.type());
    return m;
  }

  String paymentUrl(Payment p) {
    return baseUrl + "/v1/payments/" + p.id;
  }

  static Map<String, Object> link(String href, String method) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("href", href);
    m.put("method", method);
    return m;
  }

  static Map<String, Object> postLink(String href) {
    return link(href, "POST");
  }
}
