package io.github.councilplatform.pay.internal;

import io.github.councilplatform.core.RequestValidationException;
import io.github.councilplatform.pay.AgreementPaymentType;
import io.github.councilplatform.pay.AgreementSearch;
import io.github.councilplatform.pay.AgreementStatus;
import io.github.councilplatform.pay.Address;
import io.github.councilplatform.pay.AuthorisationMode;
import io.github.councilplatform.pay.CreateAgreementRequest;
import io.github.councilplatform.pay.CreatePaymentRequest;
import io.github.councilplatform.pay.DisputeSearch;
import io.github.councilplatform.pay.DisputeStatus;
import io.github.councilplatform.pay.Language;
import io.github.councilplatform.pay.MotoCardDetails;
import io.github.councilplatform.pay.PaymentSearch;
import io.github.councilplatform.pay.PaymentStatus;
import io.github.councilplatform.pay.PrefilledCardholderDetails;
import io.github.councilplatform.pay.RefundSearch;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * GOV.UK Pay's request rules, checked before anything is sent (reference/pay.md sections 3, 5, 6, 7 and 8:
 * pay-publicapi's {@code RequestJsonParser} and bean validation, pay-connector's {@code ReturnUrlValidator},
 * pay-java-commons' {@code ExternalMetadata}). Each violation is a {@link RequestValidationException} naming
 * the field in GOV.UK Pay's own spelling.
 */
public final class PayValidation {
  /** GOV.UK Pay's maximum amount, in pence (£100,000). */
  public static final long MAX_AMOUNT = 10_000_000L;
  private static final int MAX_TEXT = 255;
  private static final int MAX_RETURN_URL = 2000;
  private static final int MAX_EMAIL = 254;
  private static final int MAX_POSTCODE = 25;
  private static final int MAX_METADATA_KEYS = 15;
  private static final int MAX_METADATA_KEY = 30;
  private static final int MAX_METADATA_VALUE = 100;
  private static final int ID_LENGTH = 26;
  private static final int MAX_DISPLAY_SIZE = 500;
  private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("^[a-zA-Z0-9-]{1,255}$");
  private static final Pattern PATH_ID = Pattern.compile("^[A-Za-z0-9_-]{1,100}$");
  private static final Pattern SIX_DIGITS = Pattern.compile("^[0-9]{6}$");
  private static final Pattern FOUR_DIGITS = Pattern.compile("^[0-9]{4}$");

  private PayValidation() {}

  /**
   * Checks a create-payment request.
   *
   * @param r the request
   * @param liveKey whether the API key is a live one (then {@code return_url} must be https)
   * @param zeroAmounts whether the account has zero-amount payments turned on
   * @throws RequestValidationException naming the first field that breaks a rule
   */
  public static void createPayment(CreatePaymentRequest r, boolean liveKey, boolean zeroAmounts) {
    AuthorisationMode mode = r.effectiveAuthorisationMode();
    if (mode == AuthorisationMode.EXTERNAL || mode == AuthorisationMode.UNKNOWN) {
      fail("authorisation_mode", "must be one of web, moto_api, agreement.");
    }
    if (r.amount() < 0 || r.amount() > MAX_AMOUNT) {
      fail("amount", "must be between 1 and " + MAX_AMOUNT + " pence (£100,000); got " + r.amount() + ".");
    }
    if (r.amount() == 0 && !zeroAmounts) {
      fail("amount", "must be at least 1 penny. GOV.UK Pay accepts 0 only on accounts with zero amounts turned on;"
          + " if yours has, build the client with zeroAmountsEnabled(true).");
    }
    payText("reference", r.reference());
    payText("description", r.description());
    returnUrl(r.returnUrl(), mode, liveKey);
    if (r.email() != null) {
      if (mode == AuthorisationMode.AGREEMENT) {
        fail("email", "must not be set on agreement payments; the payer is not present.");
      }
      maxLength("email", r.email(), MAX_EMAIL);
    }
    if (r.language() == Language.UNKNOWN) {
      fail("language", "must be \"en\" or \"cy\".");
    }
    prefilled(r.prefilledCardholderDetails(), mode);
    metadata(r.metadata());
    agreementFields(r, mode);
    if (r.idempotencyKey() != null) {
      idempotencyKey(r.idempotencyKey());
    }
  }

  /**
   * Checks an {@code Idempotency-Key}.
   *
   * @param key the key
   * @throws RequestValidationException if it is not 1 to 255 letters, digits and hyphens
   */
  public static void idempotencyKey(String key) {
    if (key.isEmpty() || key.length() > MAX_TEXT) {
      fail("Idempotency-Key", "must be between 1 and 255 characters long; got " + key.length() + ".");
    }
    if (!IDEMPOTENCY_KEY.matcher(key).matches()) {
      fail("Idempotency-Key", "can only contain letters (a-z, A-Z), digits and hyphens.");
    }
  }

  private static void returnUrl(String url, AuthorisationMode mode, boolean liveKey) {
    if (mode == AuthorisationMode.MOTO_API || mode == AuthorisationMode.AGREEMENT) {
      if (url != null) {
        fail("return_url", "must not be set on " + mode.wireValue() + " payments: the payer never visits GOV.UK Pay's"
            + " pages.");
      }
      return;
    }
    if (url == null || url.isBlank()) {
      fail("return_url", "is required for web payments: it is where GOV.UK Pay sends the payer back to.");
    }
    maxLength("return_url", url, MAX_RETURN_URL);
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new RequestValidationException("return_url", "must be a valid URL (" + e.getReason() + ").");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getHost().isEmpty()) {
      fail("return_url", "must be a valid http or https URL with a host, for example"
          + " https://council.example/pay/return.");
    }
    if (liveKey && !scheme.equals("https")) {
      fail("return_url", "must begin with https:// when using a live API key.");
    }
  }

  private static void prefilled(PrefilledCardholderDetails p, AuthorisationMode mode) {
    if (p == null) {
      return;
    }
    if (mode == AuthorisationMode.AGREEMENT) {
      fail("prefilled_cardholder_details", "must not be set on agreement payments; the payer is not present.");
    }
    optionalMax("prefilled_cardholder_details.cardholder_name", p.cardholderName(), MAX_TEXT);
    Address a = p.billingAddress();
    if (a != null) {
      optionalMax("prefilled_cardholder_details.billing_address.line1", a.line1(), MAX_TEXT);
      optionalMax("prefilled_cardholder_details.billing_address.line2", a.line2(), MAX_TEXT);
      optionalMax("prefilled_cardholder_details.billing_address.city", a.city(), MAX_TEXT);
      optionalMax("prefilled_cardholder_details.billing_address.postcode", a.postcode(), MAX_POSTCODE);
    }
  }

  /**
   * Checks metadata: at most 15 pairs; keys 1 to 30 characters, unique ignoring case; values strings, numbers
   * or booleans whose text is at most 100 characters.
   *
   * @param metadata the metadata (may be empty)
   */
  static void metadata(Map<String, Object> metadata) {
    if (metadata.size() > MAX_METADATA_KEYS) {
      fail("metadata", "can have at most " + MAX_METADATA_KEYS + " key-value pairs; got " + metadata.size() + ".");
    }
    Set<String> seen = new HashSet<>();
    for (Map.Entry<String, Object> e : metadata.entrySet()) {
      String key = e.getKey();
      if (key == null || key.isEmpty() || key.length() > MAX_METADATA_KEY) {
        fail("metadata", "keys must be between 1 and " + MAX_METADATA_KEY + " characters long; got "
            + (key == null ? "null" : "'" + key + "' (" + key.length() + ")") + ".");
      }
      if (!seen.add(key.toLowerCase(Locale.ROOT))) {
        fail("metadata", "keys must be unique ignoring case; '" + key + "' repeats another key.");
      }
      Object v = e.getValue();
      if (!(v instanceof String || v instanceof Number || v instanceof Boolean)) {
        fail("metadata", "the value of '" + key + "' must be a string, number or boolean; got "
            + (v == null ? "null" : v.getClass().getSimpleName()) + ".");
      }
      if (v.toString().length() > MAX_METADATA_VALUE) {
        fail("metadata", "the value of '" + key + "' must be at most " + MAX_METADATA_VALUE + " characters long; got "
            + v.toString().length() + ".");
      }
    }
  }

  private static void agreementFields(CreatePaymentRequest r, AuthorisationMode mode) {
    if (mode == AuthorisationMode.AGREEMENT) {
      if (r.agreementId() == null || r.agreementId().isBlank()) {
        fail("agreement_id", "is required for agreement payments.");
      }
    } else if (r.agreementId() != null) {
      fail("agreement_id", "is allowed only with authorisation_mode agreement; to set up an agreement with this"
          + " payment use setUpAgreement.");
    }
    exactLength("agreement_id", r.agreementId());
    exactLength("set_up_agreement", r.setUpAgreement());
    AgreementPaymentType type = r.agreementPaymentType();
    if (type != null) {
      if (type == AgreementPaymentType.UNKNOWN) {
        fail("agreement_payment_type", "must be one of instalment, recurring, unscheduled.");
      }
      if (r.setUpAgreement() == null && mode != AuthorisationMode.AGREEMENT) {
        fail("agreement_payment_type", "is allowed only with set_up_agreement or authorisation_mode agreement.");
      }
    }
  }

  /**
   * Checks a refund.
   *
   * @param amount pence to refund
   * @param refundAmountAvailable the caller's view of {@code refund_summary.amount_available}, or {@code null}
   */
  public static void refund(long amount, Long refundAmountAvailable) {
    if (amount < 1 || amount > MAX_AMOUNT) {
      fail("amount", "must be between 1 and " + MAX_AMOUNT + " pence; got " + amount + ".");
    }
    if (refundAmountAvailable != null && (refundAmountAvailable < 1 || refundAmountAvailable > MAX_AMOUNT)) {
      fail("refund_amount_available", "must be between 1 and " + MAX_AMOUNT + " pence (the payment's"
          + " refund_summary.amount_available); got " + refundAmountAvailable + ". At 0 nothing is left to refund.");
    }
  }

  /**
   * Checks a create-agreement request.
   *
   * @param r the request
   */
  public static void createAgreement(CreateAgreementRequest r) {
    required("reference", r.reference());
    maxLength("reference", r.reference(), MAX_TEXT);
    required("description", r.description());
    maxLength("description", r.description(), MAX_TEXT);
    if (r.userIdentifier() != null) {
      required("user_identifier", r.userIdentifier());
      maxLength("user_identifier", r.userIdentifier(), MAX_TEXT);
    }
  }

  /**
   * Checks MOTO card details.
   *
   * @param c the details
   */
  public static void motoCard(MotoCardDetails c) {
    required("one_time_token", c.oneTimeToken());
    required("card_number", c.cardNumber());
    if (c.cardNumber().length() < 12 || c.cardNumber().length() > 19) {
      fail("card_number", "must be between 12 and 19 characters long.");
    }
    required("cvc", c.cvc());
    if (c.cvc().length() < 3 || c.cvc().length() > 4) {
      fail("cvc", "must be 3 or 4 characters long.");
    }
    required("expiry_date", c.expiryDate());
    if (c.expiryDate().length() != 5) {
      fail("expiry_date", "must be 5 characters long, MM/YY.");
    }
    required("cardholder_name", c.cardholderName());
    maxLength("cardholder_name", c.cardholderName(), MAX_TEXT);
  }

  /**
   * Checks payment-search filters.
   *
   * @param s the filters
   */
  public static void paymentSearch(PaymentSearch s) {
    optionalMax("reference", s.reference(), MAX_TEXT);
    optionalMax("email", s.email(), MAX_EMAIL);
    optionalMax("card_brand", s.cardBrand(), 20);
    if (s.state() == PaymentStatus.CAPTURABLE || s.state() == PaymentStatus.UNKNOWN) {
      fail("state", "must be one of created, started, submitted, success, failed, cancelled, error (GOV.UK Pay"
          + " cannot search for " + s.state().wireValue() + ").");
    }
    if (s.firstDigitsCardNumber() != null && !SIX_DIGITS.matcher(s.firstDigitsCardNumber()).matches()) {
      fail("first_digits_card_number", "must be exactly 6 digits.");
    }
    if (s.lastDigitsCardNumber() != null && !FOUR_DIGITS.matcher(s.lastDigitsCardNumber()).matches()) {
      fail("last_digits_card_number", "must be exactly 4 digits.");
    }
    displaySize(s.displaySize());
  }

  /**
   * Checks refund-search filters.
   *
   * @param s the filters
   */
  public static void refundSearch(RefundSearch s) {
    displaySize(s.displaySize());
  }

  /**
   * Checks dispute-search filters.
   *
   * @param s the filters
   */
  public static void disputeSearch(DisputeSearch s) {
    if (s.status() == DisputeStatus.UNKNOWN) {
      fail("status", "must be one of needs_response, under_review, lost, won.");
    }
    displaySize(s.displaySize());
  }

  /**
   * Checks agreement-search filters.
   *
   * @param s the filters
   */
  public static void agreementSearch(AgreementSearch s) {
    optionalMax("reference", s.reference(), MAX_TEXT);
    if (s.status() == AgreementStatus.UNKNOWN) {
      fail("status", "must be one of created, active, cancelled, inactive.");
    }
    displaySize(s.displaySize());
  }

  /**
   * Checks an id that goes into a URL path.
   *
   * @param field the field name, for example {@code payment_id}
   * @param id the id
   * @return the id
   */
  public static String pathId(String field, String id) {
    if (id == null || !PATH_ID.matcher(id).matches()) {
      fail(field, "must be a GOV.UK Pay id (letters and digits, for example hu20sqlact5260q2nanm0q8u93); got "
          + (id == null ? "null" : "'" + id + "'") + ".");
    }
    return id;
  }

  private static void displaySize(Integer size) {
    if (size != null && (size < 1 || size > MAX_DISPLAY_SIZE)) {
      fail("display_size", "must be between 1 and " + MAX_DISPLAY_SIZE + "; got " + size + ".");
    }
  }

  /** Reference and description: required, at most 255, none of the firewall's characters. */
  private static void payText(String field, String value) {
    required(field, value);
    maxLength(field, value, MAX_TEXT);
    for (char c : new char[] {'<', '>', '|'}) {
      if (value.indexOf(c) >= 0) {
        fail(field, "must not contain '" + c + "' (GOV.UK Pay rejects < > and |).");
      }
    }
  }

  private static void required(String field, String value) {
    if (value == null || value.isBlank()) {
      fail(field, "is required and must not be blank.");
    }
  }

  private static void maxLength(String field, String value, int max) {
    if (value.length() > max) {
      fail(field, "must be at most " + max + " characters long; got " + value.length() + ".");
    }
  }

  private static void optionalMax(String field, String value, int max) {
    if (value != null) {
      maxLength(field, value, max);
    }
  }

  private static void exactLength(String field, String value) {
    if (value != null && value.length() != ID_LENGTH) {
      fail(field, "must be a " + ID_LENGTH + "-character GOV.UK Pay id; got " + value.length() + " characters.");
    }
  }

  private static void fail(String field, String message) {
    throw new RequestValidationException(field, message);
  }
}
