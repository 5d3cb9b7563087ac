package io.github.councilplatform.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The payer's side of the sandbox's GOV.UK Pay, for tests: what a resident does on the payment pages, without a
 * browser. Each action goes through the sandbox's own code for it: {@code POST /_sandbox/pay/payments/{id}/complete}
 * for card payments, and the payment pages' own "Cancel payment" button for {@link #abandon}. Get one from
 * {@link Sandbox#pay()}; it acts on the seeded account unless made with {@link #forAccount}. Because
 * {@link #abandon} uses Pay's API and pages, a fault queued with {@code failNext(PAY, …)} applies to it as it
 * would to a browser. Thread-safe.
 */
public final class PaySandbox {
  private final AdminHttp http;
  private final String apiKey;

  PaySandbox(AdminHttp http, String apiKey) {
    this.http = http;
    this.apiKey = apiKey;
  }

  /**
   * The same helper for another account made with {@code POST /_sandbox/pay/accounts}.
   *
   * @param apiKey that account's API key
   * @return a helper acting on that account
   */
  public PaySandbox forAccount(String apiKey) {
    return new PaySandbox(http, Objects.requireNonNull(apiKey, "apiKey"));
  }

  /**
   * Pays a web payment as the resident would: enters the card and confirms. An authorised card makes the payment
   * {@code success} (or {@code submitted} when the service asked for delayed capture); a declined card makes it
   * {@code failed} with {@code P0010}; {@link TestCard#PROCESSING_ERROR} makes it {@code error}.
   *
   * @param paymentId the payment's id (from {@code PayClient}'s create call)
   * @param card the test card that decides the outcome
   * @return the payment's state afterwards
   * @throws IllegalArgumentException when the payment is not a web payment of this account, or is past paying
   */
  public PayerOutcome complete(String paymentId, TestCard card) {
    return complete(paymentId, Objects.requireNonNull(card, "card").number());
  }

  /**
   * Pays with any card number (see {@link #complete(String, TestCard)}); an unknown number is a provider error.
   *
   * @param paymentId the payment's id
   * @param cardNumber the card number, spaces allowed
   * @return the payment's state afterwards
   */
  public PayerOutcome complete(String paymentId, String cardNumber) {
    return card(paymentId, Objects.requireNonNull(cardNumber, "cardNumber"), true);
  }

  /**
   * Pays with {@link TestCard#DECLINED}: the bank declines, the payment fails with {@code P0010}.
   *
   * @param paymentId the payment's id
   * @return the payment's state afterwards
   */
  public PayerOutcome decline(String paymentId) {
    return complete(paymentId, TestCard.DECLINED);
  }

  /**
   * Enters a card but stops on the "Confirm your payment" page: the payment stays {@code submitted} until it
   * expires, as when a resident closes the tab there.
   *
   * @param paymentId the payment's id
   * @param card the test card
   * @return the payment's state afterwards
   */
  public PayerOutcome enterCardWithoutConfirming(String paymentId, TestCard card) {
    return card(paymentId, Objects.requireNonNull(card, "card").number(), false);
  }

  /**
   * The resident gives up: opens the payment page and presses "Cancel payment". The payment fails with
   * {@code P0030} ("Payment was cancelled by the user") and the service's webhooks and return page see it as
   * they would in Pay. (A resident who just walks away is the expiry after 90 minutes:
   * {@link Sandbox#advanceClock}.)
   *
   * @param paymentId the payment's id
   * @return the payment's state afterwards
   * @throws IllegalArgumentException when the payment is not this account's or can no longer be cancelled
   */
  public PayerOutcome abandon(String paymentId) {
    Objects.requireNonNull(paymentId, "paymentId");
    // A fresh single-use next_url, exactly what the service would send the resident to.
    JsonNode payment = payment(paymentId);
    String nextUrl = payment.path("_links").path("next_url").path("href").asText(null);
    if (nextUrl == null) {
      throw new IllegalArgumentException("Payment " + paymentId + " is " + payment.path("state").path("status")
          .asText() + " and has no payment page any more; it cannot be abandoned");
    }
    AdminHttp.Reply entered = http.get(nextUrl, Map.of());
    if (entered.status() != 303 || entered.location() == null || entered.cookie() == null) {
      throw new IllegalStateException("The payment page did not open for " + paymentId + ": HTTP "
          + entered.status());
    }
    AdminHttp.Reply cancelled = http.form(entered.location() + "/cancel", Map.of(),
        Map.of("Cookie", entered.cookie()));
    if (cancelled.status() >= 400) {
      throw new IllegalStateException("The payment page did not cancel " + paymentId + ": HTTP "
          + cancelled.status());
    }
    return outcome(payment(paymentId));
  }

  private PayerOutcome card(String paymentId, String number, boolean confirm) {
    Objects.requireNonNull(paymentId, "paymentId");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("cardNumber", number);
    body.put("confirm", confirm);
    AdminHttp.Reply r = http.json("POST", "/_sandbox/pay/payments/" + paymentId + "/complete", body, auth());
    if (r.status() != 200) {
      throw new IllegalArgumentException(r.message());
    }
    return outcome(r.json());
  }

  private JsonNode payment(String paymentId) {
    AdminHttp.Reply r = http.get("/v1/payments/" + paymentId, Map.of("Authorization", "Bearer " + apiKey,
        "Accept", "application/json"));
    if (r.status() == 404) {
      throw new IllegalArgumentException("No payment " + paymentId + " in this account");
    }
    if (r.status() != 200) {
      throw new IllegalStateException("GET /v1/payments/" + paymentId + " answered HTTP " + r.status() + ": "
          + r.body());
    }
    return r.json();
  }

  private Map<String, String> auth() {
    return Map.of("Authorization", "Bearer " + apiKey);
  }

  private static PayerOutcome outcome(JsonNode payment) {
    JsonNode state = payment.path("state");
    return new PayerOutcome(payment.path("payment_id").asText(), state.path("status").asText(),
        state.path("finished").asBoolean(), state.path("code").asText(null), state.path("message").asText(null));
  }

  @Override
  public String toString() {
    return "PaySandbox{apiKey=***}";
  }
}
