package io.github.councilplatform.pay;

/** GOV.UK Pay response bodies, shaped as the published spec and reference/pay.md section 4 describe. */
final class Fixtures {
  static final String PAYMENT_ID = "hu20sqlact5260q2nanm0q8u93";
  static final String AGREEMENT_ID = "cgc1ocvh0pt9fqs0ma67r42l58";
  static final String REFUND_ID = "act4c33g40j3edfmi8jknab84x";

  private Fixtures() {}

  /** A web payment just created (spec CreatePaymentResult). */
  static String createdWebPayment(String base) {
    return """
        {"amount": 2500, "description": "Parking fine", "reference": "PCN-123", "language": "en",
         "state": {"status": "created", "finished": false},
         "payment_id": "%1$s", "payment_provider": "sandbox", "created_date": "2026-11-27T10:15:00.000Z",
         "refund_summary": {"status": "pending", "amount_available": 2500, "amount_submitted": 0},
         "settlement_summary": {}, "delayed_capture": false, "moto": false,
         "return_url": "https://council.example/pay/return",
         "_links": {
           "self": {"href": "%2$s/v1/payments/%1$s", "method": "GET"},
           "next_url": {"href": "https://card.payments.service.gov.uk/secure/b8b8f1c5", "method": "GET"},
           "next_url_post": {"type": "application/x-www-form-urlencoded", "params": {"chargeTokenId": "b8b8f1c5"},
                             "href": "https://card.payments.service.gov.uk/secure", "method": "POST"},
           "events": {"href": "%2$s/v1/payments/%1$s/events", "method": "GET"},
           "refunds": {"href": "%2$s/v1/payments/%1$s/refunds", "method": "GET"},
           "cancel": {"href": "%2$s/v1/payments/%1$s/cancel", "method": "POST"}}}
        """.formatted(PAYMENT_ID, base);
  }

  /** A MOTO API payment just created: no next_url, an auth_url_post with the one-time token. */
  static String createdMotoPayment(String base) {
    return """
        {"amount": 1500, "description": "Council tax", "reference": "CT-77", "language": "en",
         "state": {"status": "created", "finished": false},
         "payment_id": "%1$s", "payment_provider": "sandbox", "created_date": "2026-11-27T10:15:00.000Z",
         "refund_summary": {"status": "pending", "amount_available": 1500, "amount_submitted": 0},
         "settlement_summary": {}, "delayed_capture": false, "moto": true,
         "_links": {
           "self": {"href": "%2$s/v1/payments/%1$s", "method": "GET"},
           "auth_url_post": {"type": "application/json", "params": {"one_time_token": "tok-9f8e7d"},
                             "href": "%2$s/v1/auth", "method": "POST"},
           "events": {"href": "%2$s/v1/payments/%1$s/events", "method": "GET"},
           "refunds": {"href": "%2$s/v1/payments/%1$s/refunds", "method": "GET"},
           "cancel": {"href": "%2$s/v1/payments/%1$s/cancel", "method": "POST"}}}
        """.formatted(PAYMENT_ID, base);
  }

  /** An agreement payment just created: no next_url and no cancel link. */
  static String createdAgreementPayment(String base) {
    return """
        {"amount": 999, "description": "Garden waste", "reference": "GW-2026-11", "language": "en",
         "state": {"status": "created", "finished": false},
         "payment_id": "%1$s", "payment_provider": "sandbox", "created_date": "2026-11-27T10:15:00.000Z",
         "refund_summary": {"status": "pending", "amount_available": 999, "amount_submitted": 0},
         "settlement_summary": {}, "delayed_capture": false, "moto": false,
         "_links": {
           "self": {"href": "%2$s/v1/payments/%1$s", "method": "GET"},
           "events": {"href": "%2$s/v1/payments/%1$s/events", "method": "GET"},
           "refunds": {"href": "%2$s/v1/payments/%1$s/refunds", "method": "GET"}}}
        """.formatted(PAYMENT_ID, base);
  }

  /** A finished, successful web payment as GET /v1/payments/{id} returns it (spec PaymentWithAllLinks). */
  static String successfulPayment(String base) {
    return payment(base, PAYMENT_ID, "PCN-123", """
        {"status": "success", "finished": true}""");
  }

  /** A payment with a given id, reference and state object. */
  static String payment(String base, String id, String reference, String state) {
    return """
        {"amount": 2500, "description": "Parking fine", "reference": "%3$s", "language": "cy",
         "email": "amala.smith@example.org", "state": %4$s,
         "payment_id": "%1$s", "payment_provider": "sandbox", "provider_id": "reference-from-provider",
         "created_date": "2026-11-27T10:15:00.000Z", "return_url": "https://council.example/pay/return",
         "authorisation_mode": "web", "delayed_capture": false, "moto": false,
         "refund_summary": {"status": "available", "amount_available": 2500, "amount_submitted": 0},
         "settlement_summary": {"capture_submit_time": "2026-11-27T10:20:00.000Z", "captured_date": "2026-11-27"},
         "card_details": {"last_digits_card_number": "1111", "first_digits_card_number": "444433",
           "cardholder_name": "Amala Smith", "expiry_date": "04/29", "card_brand": "Visa", "card_type": "debit",
           "billing_address": {"line1": "1 High Street", "line2": "Flat 2", "postcode": "AB1 2CD",
                               "city": "Exampleton", "country": "GB"}},
         "metadata": {"ledger_code": "AB100", "internal_reference_number": 200, "paid_online": true},
         "corporate_card_surcharge": 250, "total_amount": 2750, "fee": 5, "net_amount": 2745,
         "authorisation_summary": {"three_d_secure": {"required": true}},
         "_links": {
           "self": {"href": "%2$s/v1/payments/%1$s", "method": "GET"},
           "events": {"href": "%2$s/v1/payments/%1$s/events", "method": "GET"},
           "refunds": {"href": "%2$s/v1/payments/%1$s/refunds", "method": "GET"}}}
        """.formatted(id, base, reference, state);
  }

  /** A refund (spec Refund). */
  static String refund(String base, String status) {
    return """
        {"refund_id": "%1$s", "payment_id": "%2$s", "amount": 500, "status": "%4$s",
         "created_date": "2026-11-27T11:00:00.000Z", "settlement_summary": {},
         "_links": {"self": {"href": "%3$s/v1/payments/%2$s/refunds/%1$s", "method": "GET"},
                    "payment": {"href": "%3$s/v1/payments/%2$s", "method": "GET"}}}
        """.formatted(REFUND_ID, PAYMENT_ID, base, status);
  }

  /** An agreement (spec Agreement, with card_details as on the wire). */
  static String agreement(String status) {
    return """
        {"agreement_id": "%s", "reference": "GW-ACC-42", "description": "Garden waste subscription",
         "user_identifier": "resident-0042", "status": "%s", "created_date": "2026-11-27T09:00:00.000Z",
         "payment_instrument": {"type": "card", "created_date": "2026-11-27T09:05:00.000Z",
           "card_details": {"last_digits_card_number": "5100", "first_digits_card_number": "510510",
             "cardholder_name": "Amala Smith", "expiry_date": "04/29", "card_brand": "Mastercard",
             "card_type": "credit"}}}
        """.formatted(AGREEMENT_ID, status);
  }
}
