package io.github.councilplatform.pay.internal;

import io.github.councilplatform.core.RequestValidationException;
import io.github.councilplatform.pay.CreatePaymentRequest;
import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * GOV.UK Pay's request rules (reference/pay.md sections 3, 5, 6, 7 and 8: pay-publicapi's
 * {@code RequestJsonParser} and bean validation, pay-connector's {@code ReturnUrlValidator}, pay-java-commons'
 * {@code ExternalMetadata}). Each violation is a {@link RequestValidationException} naming the field in
 * GOV.UK Pay's own spelling.
 *
 * <p>The request and filter records check their own fields in their constructors with the checks here, so a
 * record that exists is valid. Only the rules that depend on the client stay with the client:
 * {@link #createPayment} (the API key's kind, the account's zero-amount setting), plus the checks on plain
 * method arguments ({@link #refund}, {@link #pathId}).
 */
public final class PayValidation {
  /** GOV.UK Pay's maximum amount, in pence (£100,000). */
  public static final long MAX_AMOUNT = 10_000_000L;
  /** The longest reference, description and most other text fields. */
  public static final int MAX_TEXT = 255;
  /** The longest email address. */
  public static final int MAX_EMAIL = 254;
  private static final int MAX_METADATA_KEYS = 15;
  private static final int MAX_METADATA_KEY = 30;
  private static final int MAX_METADATA_VALUE = 100;
  private static final int ID_LENGTH = 26;
  private static final int MAX_DISPLAY_SIZE = 500;
  private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("^[a-zA-Z0-9-]{1,255}$");
  private static final Pattern PATH_ID = Pattern.compile("^[A-Za-z0-9_-]{1,100}$");

  private PayValidation() {}

  /**
   * Checks the create-payment rules that need the client's state; the request checked the rest itself.
   *
   * @param r the request
   * @param liveKey whether the API key is a live one (then {@code return_url} must be https)
   * @param zeroAmounts whether the account has zero-amount payments turned on
   * @throws RequestValidationException naming the field that breaks a rule
   */
  public static void createPayment(CreatePaymentRequest r, boolean liveKey, boolean zeroAmounts) {
    if (r.amount() == 0 && !zeroAmounts) {
      fail("amount", "must be at least 1 penny. GOV.UK Pay accepts 0 only on accounts with zero amounts turned on;"
          + " if yours has, build the client with zeroAmountsEnabled(true).");
    }
    // The request's constructor made sure a return URL, when present, parses with an http(s) scheme.
    if (liveKey && r.returnUrl() != null
        && !"https".equals(URI.create(r.returnUrl()).getScheme().toLowerCase(Locale.ROOT))) {
      fail("return_url", "must begin with https:// when using a live API key.");
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

  /**
   * Checks metadata: at most 15 pairs; keys 1 to 30 characters, unique ignoring case; values strings, numbers
   * or booleans whose text is at most 100 characters.
   *
   * @param metadata the metadata (may be empty)
   */
  public static void metadata(Map<String, Object> metadata) {
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

  /**
   * Checks a search's page size.
   *
   * @param size results per page, or {@code null} for GOV.UK Pay's default
   */
  public static void displaySize(Integer size) {
    if (size != null && (size < 1 || size > MAX_DISPLAY_SIZE)) {
      fail("display_size", "must be between 1 and " + MAX_DISPLAY_SIZE + "; got " + size + ".");
    }
  }

  /**
   * Checks a reference or description: required, at most 255 characters, none of the firewall's characters.
   *
   * @param field the field name
   * @param value the value
   */
  public static void payText(String field, String value) {
    required(field, value);
    maxLength(field, value, MAX_TEXT);
    for (char c : new char[] {'<', '>', '|'}) {
      if (value.indexOf(c) >= 0) {
        fail(field, "must not contain '" + c + "' (GOV.UK Pay rejects < > and |).");
      }
    }
  }

  /**
   * Checks that a value is present and not blank.
   *
   * @param field the field name
   * @param value the value
   */
  public static void required(String field, String value) {
    if (value == null || value.isBlank()) {
      fail(field, "is required and must not be blank.");
    }
  }

  /**
   * Checks a present value's length.
   *
   * @param field the field name
   * @param value the value, not null
   * @param max the longest allowed
   */
  public static void maxLength(String field, String value, int max) {
    if (value.length() > max) {
      fail(field, "must be at most " + max + " characters long; got " + value.length() + ".");
    }
  }

  /**
   * Checks an optional value's length.
   *
   * @param field the field name
   * @param value the value, or {@code null}
   * @param max the longest allowed
   */
  public static void optionalMax(String field, String value, int max) {
    if (value != null) {
      maxLength(field, value, max);
    }
  }

  /**
   * Checks that an optional value is a 26-character GOV.UK Pay id.
   *
   * @param field the field name
   * @param value the value, or {@code null}
   */
  public static void optionalId(String field, String value) {
    if (value != null && value.length() != ID_LENGTH) {
      fail(field, "must be a " + ID_LENGTH + "-character GOV.UK Pay id; got " + value.length() + " characters.");
    }
  }

  /**
   * Refuses a field.
   *
   * @param field the field name, in GOV.UK Pay's spelling
   * @param message what is wrong and what to do, as a sentence
   * @throws RequestValidationException always
   */
  public static void fail(String field, String message) {
    throw new RequestValidationException(field, message);
  }
}
