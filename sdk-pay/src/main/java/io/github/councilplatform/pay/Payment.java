package io.github.councilplatform.pay;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.councilplatform.core.Redaction;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A GOV.UK Pay payment, as returned by create, get and search, and inside webhook messages. Fields GOV.UK
 * Pay leaves out are {@code null}. {@link #toString()} masks the email address and hides card details.
 *
 * @param paymentId GOV.UK Pay's 26-character id
 * @param amount the amount in pence
 * @param description what the payer sees on the payment pages
 * @param reference your reference
 * @param language the payment pages' language
 * @param email the payer's email address, when one was sent or entered
 * @param returnUrl where the payer returns to (web payments)
 * @param state the payment's state; {@link #status()} is a shortcut
 * @param createdDate when the payment was created
 * @param paymentProvider {@code sandbox}, {@code stripe} or {@code worldpay}
 * @param providerId the payment provider's reference, once authorisation was attempted
 * @param refundSummary how much can still be refunded
 * @param settlementSummary capture and settlement dates
 * @param cardDetails the card used, once entered
 * @param delayedCapture whether the payment waits for {@code capturePayment}
 * @param moto whether this is a MOTO payment
 * @param authorisationMode how the payment is authorised
 * @param agreementId for agreement payments, the agreement
 * @param agreementPaymentType for agreement payments, their type
 * @param metadata your metadata, echoed back; never null
 * @param corporateCardSurcharge a surcharge added for a corporate card, in pence
 * @param totalAmount the amount plus any surcharge, in pence
 * @param fee the provider's fee in pence (Stripe only)
 * @param netAmount the amount less the fee, in pence (Stripe only; can be negative)
 * @param authorisationSummary 3-D Secure information
 * @param links the payment's links ({@code _links}); absent on webhook resources
 */
public record Payment(
    String paymentId,
    long amount,
    String description,
    String reference,
    Language language,
    String email,
    String returnUrl,
    PaymentState state,
    Instant createdDate,
    String paymentProvider,
    String providerId,
    RefundSummary refundSummary,
    SettlementSummary settlementSummary,
    CardDetails cardDetails,
    Boolean delayedCapture,
    Boolean moto,
    AuthorisationMode authorisationMode,
    String agreementId,
    AgreementPaymentType agreementPaymentType,
    Map<String, Object> metadata,
    Long corporateCardSurcharge,
    Long totalAmount,
    Long fee,
    Long netAmount,
    AuthorisationSummary authorisationSummary,
    @JsonProperty("_links") PaymentLinks links) {

  /**
   * Copies the metadata; a missing state becomes {@link PaymentStatus#UNKNOWN}.
   *
   * @param paymentId GOV.UK Pay's 26-character id
   * @param amount the amount in pence
   * @param description what the payer sees on the payment pages
   * @param reference your reference
   * @param language the payment pages' language
   * @param email the payer's email address, when one was sent or entered
   * @param returnUrl where the payer returns to (web payments)
   * @param state the payment's state; {@link #status()} is a shortcut
   * @param createdDate when the payment was created
   * @param paymentProvider {@code sandbox}, {@code stripe} or {@code worldpay}
   * @param providerId the payment provider's reference, once authorisation was attempted
   * @param refundSummary how much can still be refunded
   * @param settlementSummary capture and settlement dates
   * @param cardDetails the card used, once entered
   * @param delayedCapture whether the payment waits for {@code capturePayment}
   * @param moto whether this is a MOTO payment
   * @param authorisationMode how the payment is authorised
   * @param agreementId for agreement payments, the agreement
   * @param agreementPaymentType for agreement payments, their type
   * @param metadata your metadata, echoed back; never null
   * @param corporateCardSurcharge a surcharge added for a corporate card, in pence
   * @param totalAmount the amount plus any surcharge, in pence
   * @param fee the provider's fee in pence (Stripe only)
   * @param netAmount the amount less the fee, in pence (Stripe only; can be negative)
   * @param authorisationSummary 3-D Secure information
   * @param links the payment's links ({@code _links}); absent on webhook resources
   */
  public Payment {
    metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    state = state == null ? new PaymentState(PaymentStatus.UNKNOWN, false, null, null, null) : state;
  }

  /** {@return the payment's status ({@code state.status})} */
  public PaymentStatus status() {
    return state.status();
  }

  /** {@return whether the payment has reached a final status} */
  public boolean isFinished() {
    return state.status().isFinished();
  }

  /** {@return whether the payer paid ({@link PaymentStatus#SUCCESS})} */
  public boolean isSuccess() {
    return state.status().isSuccess();
  }

  /**
   * Where to send the payer ({@code _links.next_url.href}), present only for unfinished web payments. The URL
   * is single-use: to resume a payment, fetch it again with {@code getPayment} for a fresh one. Never show it
   * to anyone but the payer.
   *
   * @return the URL, or empty when there is none
   */
  public Optional<String> nextUrl() {
    return href(links == null ? null : links.nextUrl());
  }

  /**
   * For a MOTO API payment, the {@code one_time_token} to send with the card details
   * ({@code _links.auth_url_post.params.one_time_token}).
   *
   * @return the token, or empty when this is not an unfinished MOTO API payment
   */
  public Optional<String> oneTimeToken() {
    if (links == null || links.authUrlPost() == null) {
      return Optional.empty();
    }
    Object token = links.authUrlPost().params().get("one_time_token");
    return token == null ? Optional.empty() : Optional.of(token.toString());
  }

  /** {@return whether GOV.UK Pay offers to cancel this payment ({@code _links.cancel} present)} */
  public boolean canBeCancelled() {
    return links != null && links.cancel() != null;
  }

  /** {@return whether GOV.UK Pay offers to capture this payment ({@code _links.capture} present)} */
  public boolean canBeCaptured() {
    return links != null && links.capture() != null;
  }

  private static Optional<String> href(Link link) {
    return link == null ? Optional.empty() : Optional.ofNullable(link.href());
  }

  @Override
  public String toString() {
    return "Payment{paymentId=" + paymentId + ", amount=" + amount + ", reference=" + reference + ", status="
        + state.status() + (state.code() == null ? "" : ", code=" + state.code()) + ", authorisationMode="
        + authorisationMode + ", email=" + Redaction.maskEmail(email) + ", createdDate=" + createdDate + '}';
  }
}
