package io.github.councilplatform.pay;

import io.github.councilplatform.core.Redaction;
import io.github.councilplatform.core.RequestValidationException;
import io.github.councilplatform.pay.internal.PayValidation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What to send to create a payment ({@code POST /v1/payments}). Build one with {@link #builder()}. The
 * constructor checks every GOV.UK Pay rule that depends on the request alone, so a request that exists is
 * valid; {@code PayClient.createPayment} adds the two that depend on the account: an amount of 0 needs zero
 * amounts turned on, and a live API key needs an https return URL.
 *
 * <p>Three kinds of payment:
 * <ul>
 *   <li><b>web</b> (the default): needs {@code returnUrl}; send the payer to {@link Payment#nextUrl()}.
 *       Add {@code setUpAgreement} to make it the set-up payment of a recurring agreement.
 *   <li><b>{@link AuthorisationMode#MOTO_API}</b>: no {@code returnUrl}; send the card details with
 *       {@code PayClient.authoriseMotoPayment}.
 *   <li><b>{@link AuthorisationMode#AGREEMENT}</b>: a recurring payment against an active agreement
 *       ({@code agreementId}); no {@code returnUrl}, {@code email} or {@code prefilledCardholderDetails}. Sent
 *       with an {@code Idempotency-Key} so that a retry never charges twice.
 * </ul>
 *
 * @param amount the amount in pence, 1 to 10,000,000 (0 only on accounts with zero amounts turned on)
 * @param reference your reference, 1 to 255 characters, none of {@code < > |}; use it to reconcile
 * @param description shown to the payer, 1 to 255 characters, none of {@code < > |}
 * @param returnUrl where the payer returns after paying (web payments only), at most 2000 characters,
 *     http or https (https with a live API key)
 * @param email the payer's email address to prefill, at most 254 characters, or {@code null}
 * @param language the payment pages' language, or {@code null} for English
 * @param delayedCapture whether to wait for {@code capturePayment} before taking the money, or {@code null}
 * @param moto whether this is a MOTO payment (the service must have MOTO turned on), or {@code null}
 * @param prefilledCardholderDetails details to prefill on the card page, or {@code null}
 * @param metadata up to 15 key-value pairs for reconciliation; never null
 * @param authorisationMode how the payment is authorised, or {@code null} for web
 * @param agreementId for agreement payments, the 26-character agreement id
 * @param setUpAgreement on a web payment, the 26-character id of the agreement this payment sets up
 * @param agreementPaymentType the kind of agreement payment; only with {@code setUpAgreement} or agreement
 *     mode
 * @param idempotencyKey the {@code Idempotency-Key} header, 1 to 255 letters, digits and hyphens, or
 *     {@code null}; agreement payments get a generated one when null
 */
public record CreatePaymentRequest(
    long amount,
    String reference,
    String description,
    String returnUrl,
    String email,
    Language language,
    Boolean delayedCapture,
    Boolean moto,
    PrefilledCardholderDetails prefilledCardholderDetails,
    Map<String, Object> metadata,
    AuthorisationMode authorisationMode,
    String agreementId,
    String setUpAgreement,
    AgreementPaymentType agreementPaymentType,
    String idempotencyKey) {

  /**
   * Checks the request against GOV.UK Pay's rules and copies the metadata, keeping its order.
   *
   * @param amount the amount in pence, 1 to 10,000,000 (0 only on accounts with zero amounts turned on)
   * @param reference your reference, 1 to 255 characters, none of {@code < > |}; use it to reconcile
   * @param description shown to the payer, 1 to 255 characters, none of {@code < > |}
   * @param returnUrl where the payer returns after paying (web payments only), at most 2000 characters,
   *     http or https (https with a live API key)
   * @param email the payer's email address to prefill, at most 254 characters, or {@code null}
   * @param language the payment pages' language, or {@code null} for English
   * @param delayedCapture whether to wait for {@code capturePayment} before taking the money, or {@code null}
   * @param moto whether this is a MOTO payment (the service must have MOTO turned on), or {@code null}
   * @param prefilledCardholderDetails details to prefill on the card page, or {@code null}
   * @param metadata up to 15 key-value pairs for reconciliation; never null
   * @param authorisationMode how the payment is authorised, or {@code null} for web
   * @param agreementId for agreement payments, the 26-character agreement id
   * @param setUpAgreement on a web payment, the 26-character id of the agreement this payment sets up
   * @param agreementPaymentType the kind of agreement payment; only with {@code setUpAgreement} or agreement
   *     mode
   * @param idempotencyKey the {@code Idempotency-Key} header, 1 to 255 letters, digits and hyphens, or
   *     {@code null}; agreement payments get a generated one when null
   * @throws RequestValidationException naming the first field that breaks a rule, and what to do
   */
  public CreatePaymentRequest {
    // LinkedHashMap, not Map.copyOf: it keeps the caller's order and lets a null value reach the check below,
    // which names the key, instead of failing with a bare NullPointerException.
    metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    AuthorisationMode mode = authorisationMode == null ? AuthorisationMode.WEB : authorisationMode;
    if (mode == AuthorisationMode.EXTERNAL || mode == AuthorisationMode.UNKNOWN) {
      PayValidation.fail("authorisation_mode", "must be one of web, moto_api, agreement.");
    }
    if (amount < 0 || amount > PayValidation.MAX_AMOUNT) {
      PayValidation.fail("amount", "must be between 1 and " + PayValidation.MAX_AMOUNT + " pence (£100,000), or 0"
          + " on accounts with zero amounts turned on; got " + amount + ".");
    }
    PayValidation.payText("reference", reference);
    PayValidation.payText("description", description);
    checkReturnUrl(returnUrl, mode);
    if (email != null) {
      if (mode == AuthorisationMode.AGREEMENT) {
        PayValidation.fail("email", "must not be set on agreement payments; the payer is not present.");
      }
      PayValidation.maxLength("email", email, PayValidation.MAX_EMAIL);
    }
    if (language == Language.UNKNOWN) {
      PayValidation.fail("language", "must be \"en\" or \"cy\".");
    }
    if (prefilledCardholderDetails != null && mode == AuthorisationMode.AGREEMENT) {
      PayValidation.fail("prefilled_cardholder_details", "must not be set on agreement payments; the payer is not"
          + " present.");
    }
    PayValidation.metadata(metadata);
    checkAgreementFields(mode, agreementId, setUpAgreement, agreementPaymentType);
    if (idempotencyKey != null) {
      PayValidation.idempotencyKey(idempotencyKey);
    }
  }

  /**
   * This request with another {@code Idempotency-Key}: how to resend an agreement payment with the key an
   * earlier attempt used ({@code OutcomeUnknownException.idempotencyKey()} or
   * {@code AgreementPaymentResult.idempotencyKey()}), so that GOV.UK Pay returns the original payment instead of
   * taking a second one.
   *
   * @param key the key, 1 to 255 letters, digits and hyphens
   * @return a copy with that key
   */
  public CreatePaymentRequest withIdempotencyKey(String key) {
    return new CreatePaymentRequest(amount, reference, description, returnUrl, email, language, delayedCapture,
        moto, prefilledCardholderDetails, metadata, authorisationMode, agreementId, setUpAgreement,
        agreementPaymentType, Objects.requireNonNull(key, "key"));
  }

  private static void checkReturnUrl(String url, AuthorisationMode mode) {
    if (mode == AuthorisationMode.MOTO_API || mode == AuthorisationMode.AGREEMENT) {
      if (url != null) {
        PayValidation.fail("return_url", "must not be set on " + mode.wireValue() + " payments: the payer never"
            + " visits GOV.UK Pay's pages.");
      }
      return;
    }
    if (url == null || url.isBlank()) {
      PayValidation.fail("return_url", "is required for web payments: it is where GOV.UK Pay sends the payer back"
          + " to.");
    }
    PayValidation.maxLength("return_url", url, MAX_RETURN_URL);
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new RequestValidationException("return_url", "must be a valid URL (" + e.getReason() + ").");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getHost().isEmpty()) {
      PayValidation.fail("return_url", "must be a valid http or https URL with a host, for example"
          + " https://council.example/pay/return.");
    }
  }

  private static void checkAgreementFields(AuthorisationMode mode, String agreementId, String setUpAgreement,
      AgreementPaymentType type) {
    if (mode == AuthorisationMode.AGREEMENT) {
      if (agreementId == null || agreementId.isBlank()) {
        PayValidation.fail("agreement_id", "is required for agreement payments.");
      }
    } else if (agreementId != null) {
      PayValidation.fail("agreement_id", "is allowed only with authorisation_mode agreement; to set up an agreement"
          + " with this payment use setUpAgreement.");
    }
    PayValidation.optionalId("agreement_id", agreementId);
    PayValidation.optionalId("set_up_agreement", setUpAgreement);
    if (type != null) {
      if (type == AgreementPaymentType.UNKNOWN) {
        PayValidation.fail("agreement_payment_type", "must be one of instalment, recurring, unscheduled.");
      }
      if (setUpAgreement == null && mode != AuthorisationMode.AGREEMENT) {
        PayValidation.fail("agreement_payment_type", "is allowed only with set_up_agreement or authorisation_mode"
            + " agreement.");
      }
    }
  }

  private static final int MAX_RETURN_URL = 2000;

  /** {@return a builder for a request} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the authorisation mode, {@link AuthorisationMode#WEB} when none was set} */
  public AuthorisationMode effectiveAuthorisationMode() {
    return authorisationMode == null ? AuthorisationMode.WEB : authorisationMode;
  }

  /** Masks the email address and hides the prefilled details and metadata values. */
  @Override
  public String toString() {
    return "CreatePaymentRequest{amount=" + amount + ", reference=" + reference + ", authorisationMode="
        + effectiveAuthorisationMode() + ", email=" + Redaction.maskEmail(email) + ", metadataKeys="
        + metadata.keySet() + '}';
  }

  /** Builds a {@link CreatePaymentRequest}. Not thread-safe. */
  public static final class Builder {
    private long amount;
    private String reference;
    private String description;
    private String returnUrl;
    private String email;
    private Language language;
    private Boolean delayedCapture;
    private Boolean moto;
    private PrefilledCardholderDetails prefilledCardholderDetails;
    private final Map<String, Object> metadata = new LinkedHashMap<>();
    private AuthorisationMode authorisationMode;
    private String agreementId;
    private String setUpAgreement;
    private AgreementPaymentType agreementPaymentType;
    private String idempotencyKey;

    private Builder() {}

    /**
     * The amount in pence.
     *
     * @param pence 1 to 10,000,000
     * @return this builder
     */
    public Builder amount(long pence) {
      this.amount = pence;
      return this;
    }

    /**
     * Your reference (required).
     *
     * @param reference 1 to 255 characters, none of {@code < > |}
     * @return this builder
     */
    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    /**
     * The description the payer sees (required).
     *
     * @param description 1 to 255 characters, none of {@code < > |}
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Where the payer returns (required for web payments, forbidden otherwise). Do not put the payment id or
     * reference in it; find the payer's payment from their session.
     *
     * @param returnUrl an http(s) URL, at most 2000 characters
     * @return this builder
     */
    public Builder returnUrl(String returnUrl) {
      this.returnUrl = returnUrl;
      return this;
    }

    /**
     * The payer's email address to prefill (not for agreement payments).
     *
     * @param email at most 254 characters
     * @return this builder
     */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /**
     * The payment pages' language.
     *
     * @param language {@link Language#ENGLISH} or {@link Language#WELSH}
     * @return this builder
     */
    public Builder language(Language language) {
      this.language = language;
      return this;
    }

    /**
     * Whether to hold the payment until {@code capturePayment} (capturable for 5 days).
     *
     * @param delayedCapture true to delay capture
     * @return this builder
     */
    public Builder delayedCapture(boolean delayedCapture) {
      this.delayedCapture = delayedCapture;
      return this;
    }

    /**
     * Whether this is a MOTO (mail order, telephone order) payment.
     *
     * @param moto true for MOTO; the service must have MOTO turned on
     * @return this builder
     */
    public Builder moto(boolean moto) {
      this.moto = moto;
      return this;
    }

    /**
     * Details to prefill on the card page (not for agreement payments).
     *
     * @param details the details
     * @return this builder
     */
    public Builder prefilledCardholderDetails(PrefilledCardholderDetails details) {
      this.prefilledCardholderDetails = details;
      return this;
    }

    /**
     * Adds all of a map's entries to the metadata.
     *
     * @param metadata keys 1 to 30 characters, unique ignoring case; values strings, numbers or booleans
     * @return this builder
     */
    public Builder metadata(Map<String, ?> metadata) {
      this.metadata.putAll(Objects.requireNonNull(metadata, "metadata"));
      return this;
    }

    /**
     * Adds one metadata entry.
     *
     * @param key 1 to 30 characters
     * @param value a string, number or boolean; its text at most 100 characters
     * @return this builder
     */
    public Builder metadata(String key, Object value) {
      this.metadata.put(key, value);
      return this;
    }

    /**
     * How the payment is authorised (default web).
     *
     * @param mode {@link AuthorisationMode#WEB}, {@link AuthorisationMode#MOTO_API} or
     *     {@link AuthorisationMode#AGREEMENT}
     * @return this builder
     */
    public Builder authorisationMode(AuthorisationMode mode) {
      this.authorisationMode = mode;
      return this;
    }

    /**
     * Makes this an agreement payment against an active agreement: sets the mode to
     * {@link AuthorisationMode#AGREEMENT} and the agreement id.
     *
     * @param agreementId the 26-character agreement id
     * @return this builder
     */
    public Builder agreementPayment(String agreementId) {
      this.authorisationMode = AuthorisationMode.AGREEMENT;
      this.agreementId = agreementId;
      return this;
    }

    /**
     * The agreement to charge (agreement mode only).
     *
     * @param agreementId the 26-character agreement id
     * @return this builder
     */
    public Builder agreementId(String agreementId) {
      this.agreementId = agreementId;
      return this;
    }

    /**
     * Makes this web payment the set-up payment of an agreement; when it succeeds the agreement becomes
     * active.
     *
     * @param agreementId the 26-character agreement id
     * @return this builder
     */
    public Builder setUpAgreement(String agreementId) {
      this.setUpAgreement = agreementId;
      return this;
    }

    /**
     * The kind of agreement payment (only with {@link #setUpAgreement} or agreement mode).
     *
     * @param type the type
     * @return this builder
     */
    public Builder agreementPaymentType(AgreementPaymentType type) {
      this.agreementPaymentType = type;
      return this;
    }

    /**
     * The {@code Idempotency-Key} to send. GOV.UK Pay honours it for agreement payments only (for 24 hours);
     * the SDK generates one for agreement payments when none is set. Set your own (for example derived from
     * your own record id) to de-duplicate across process restarts.
     *
     * @param key 1 to 255 letters, digits and hyphens
     * @return this builder
     */
    public Builder idempotencyKey(String key) {
      this.idempotencyKey = key;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws RequestValidationException naming the first field that breaks a GOV.UK Pay rule, and what to do
     */
    public CreatePaymentRequest build() {
      return new CreatePaymentRequest(amount, reference, description, returnUrl, email, language, delayedCapture,
          moto, prefilledCardholderDetails, metadata, authorisationMode, agreementId, setUpAgreement,
          agreementPaymentType, idempotencyKey);
    }
  }
}
