package io.github.councilplatform.sandbox.internal.pay;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.function.Predicate;

/**
 * Parses and validates {@code POST /v1/payments} in pay-publicapi's order, failing fast with the first error:
 * JSON syntax (400 P0197), then each field's presence and JSON type (400 P0101/P0102), then sizes and ranges
 * (422 P0102), then the {@code Idempotency-Key} header (422), then the connector's rules (modes, unexpected
 * attributes, return URL, agreements).
 */
final class CreatePaymentParser {
  static final String P0101 = "P0101";
  static final String P0102 = "P0102";
  private static final List<String> MODES = List.of("web", "moto_api", "agreement");
  private static final List<String> AGREEMENT_PAYMENT_TYPES = List.of("instalment", "recurring", "unscheduled");

  private CreatePaymentParser() {}

  /**
   * Checks a parsed body's fields and types and returns the request. Throws {@link PayError} on the first
   * problem.
   *
   * @param body the JSON body (an object)
   * @param account the calling account (zero-amount and Stripe minimums depend on it)
   * @return the request fields
   */
  static Payment.Builder parse(JsonNode body, PayAccount account) {
    Payment.Builder b = new Payment.Builder();
    JsonNode amount = body.get("amount");
    if (amount == null || amount.isNull()) {
      throw PayError.missing(P0101, "amount");
    }
    if (!amount.isInt()) {
      throw PayError.invalid(400, P0102, "amount", "Must be a valid numeric format");
    }
    b.amount = amount.intValue();
    b.reference = requiredString(body, "reference");
    b.description = requiredString(body, "description");
    b.returnUrl = optionalString(body, "return_url", "Must be a valid URL format");
    b.moto = bool(body, "moto");
    if (body.has("set_up_agreement")) {
      b.setUpAgreement = body.get("set_up_agreement").textValue();
    }
    if (body.has("language")) {
      JsonNode lang = body.get("language");
      if (!lang.isTextual()) {
        throw PayError.invalid(400, P0102, "language", "Must be \"en\" or \"cy\"");
      }
      if (!lang.textValue().equals("en") && !lang.textValue().equals("cy")) {
        throw PayError.invalid(422, P0102, "language", "Must be \"en\" or \"cy\"");
      }
      b.language = lang.textValue();
    }
    b.delayedCapture = bool(body, "delayed_capture");
    b.email = optionalString(body, "email", "Field must be a string");
    JsonNode prefilled = body.get("prefilled_cardholder_details");
    if (prefilled != null && prefilled.isObject()) {
      b.prefilledName = optionalString(prefilled, "cardholder_name", "Field must be a string");
      JsonNode address = prefilled.get("billing_address");
      if (address != null && address.isObject()) {
        b.prefilledAddress = new Card.Address(
            optionalString(address, "line1", "Field must be a string"),
            optionalString(address, "line2", "Field must be a string"),
            optionalString(address, "postcode", "Field must be a string"),
            optionalString(address, "city", "Field must be a string"),
            optionalString(address, "country", "Field must be a string"));
      }
    }
    if (body.has("metadata")) {
      b.metadata = Metadata.parse(body.get("metadata"));
    }
    if (body.has("authorisation_mode")) {
      JsonNode mode = body.get("authorisation_mode");
      String why = "Must be one of web, moto_api, agreement";
      if (!mode.isTextual()) {
        throw PayError.invalid(400, P0102, "authorisation_mode", why);
      }
      if (!MODES.contains(mode.textValue())) {
        throw PayError.invalid(422, P0102, "authorisation_mode", why);
      }
      b.authorisationMode = mode.textValue();
    }
    if (body.has("agreement_id")) {
      b.agreementId = optionalString(body, "agreement_id", "Must be a valid string format");
    }
    if (body.has("agreement_payment_type")) {
      JsonNode t = body.get("agreement_payment_type");
      String why = "Must be one of instalment, recurring, unscheduled";
      if (!t.isTextual()) {
        throw PayError.invalid(400, P0102, "agreement_payment_type", why);
      }
      if (!AGREEMENT_PAYMENT_TYPES.contains(t.textValue())) {
        throw PayError.invalid(422, P0102, "agreement_payment_type", why);
      }
      b.agreementPaymentType = t.textValue();
    }
    checkSizes(b, account);
    return b;
  }

  /** Bean-validation limits: 422 P0102. */
  private static void checkSizes(Payment.Builder b, PayAccount account) {
    if (b.amount > 10_000_000) {
      throw PayError.invalid(422, P0102, "amount", "Must be less than or equal to 10000000");
    }
    if (b.amount < 0 || (b.amount == 0 && !account.zeroAmountAllowed)) {
      throw PayError.invalid(422, P0102, "amount", "Must be greater than or equal to 1");
    }
    maxLength("reference", b.reference, 255);
    maxLength("description", b.description, 255);
    maxLength("return_url", b.returnUrl, 2000);
    maxLength("email", b.email, 254);
    maxLength("cardholder_name", b.prefilledName, 255);
    if (b.prefilledAddress != null) {
      maxLength("line1", b.prefilledAddress.line1(), 255);
      maxLength("line2", b.prefilledAddress.line2(), 255);
      maxLength("city", b.prefilledAddress.city(), 255);
      maxLength("postcode", b.prefilledAddress.postcode(), 25);
    }
    exactLength("agreement_id", b.agreementId);
    exactLength("set_up_agreement", b.setUpAgreement);
    if ("stripe".equals(account.paymentProvider) && b.amount > 0 && b.amount < 30) {
      throw PayError.invalid(422, P0102, "amount", "Must be greater than or equal to 30");
    }
  }

  /**
   * The connector's rules about which fields go with which authorisation mode (400 P0101/P0104) and the
   * return URL's format (422). Runs after the header checks.
   */
  static void checkModeRules(Payment.Builder b, JsonNode body) {
    String mode = b.authorisationMode;
    if (b.agreementId != null && !mode.equals("agreement")) {
      throw unexpected("agreement_id");
    }
    if (b.agreementPaymentType != null && b.setUpAgreement == null && !mode.equals("agreement")) {
      throw unexpected("agreement_payment_type");
    }
    if (mode.equals("web") && b.returnUrl == null) {
      throw PayError.missing(P0101, "return_url");
    }
    if (!mode.equals("web") && b.returnUrl != null) {
      throw unexpected("return_url");
    }
    if (mode.equals("agreement")) {
      if (b.email != null) {
        throw unexpected("email");
      }
      if (body.has("prefilled_cardholder_details")) {
        throw unexpected("prefilled_cardholder_details");
      }
      if (b.setUpAgreement != null) {
        throw unexpected("set_up_agreement");
      }
      if (b.agreementId == null) {
        throw PayError.missing(P0101, "agreement_id");
      }
    }
    if (b.returnUrl != null && !validUrl(b.returnUrl)) {
      throw PayError.invalid(422, P0102, "return_url", "Must be a valid URL format");
    }
  }

  /** Apache UrlValidator's essentials: an absolute http(s) URL with a host (local hosts allowed). */
  static boolean validUrl(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          && uri.getHost() != null && !uri.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static PayError unexpected(String field) {
    return PayError.field(400, field, "P0104", "Unexpected attribute: " + field);
  }

  private static void maxLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw PayError.invalid(422, P0102, field, "Must be less than or equal to " + max + " characters length");
    }
  }

  private static void exactLength(String field, String value) {
    if (value != null && value.length() != 26) {
      throw PayError.invalid(422, P0102, field, "Field [" + field + "] length must be 26");
    }
  }

  /** A required string: missing, null or blank is P0101; another JSON type or a firewall character is P0102. */
  static String requiredString(JsonNode body, String field) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      throw PayError.missing(P0101, field);
    }
    if (!n.isTextual()) {
      throw PayError.invalid(400, P0102, field, "Must be a valid string format");
    }
    if (n.textValue().isBlank()) {
      throw PayError.missing(P0101, field);
    }
    if (containsAny(n.textValue(), c -> c == '<' || c == '>' || c == '|')) {
      throw PayError.invalid(400, P0102, field, "Must be a valid string format");
    }
    return n.textValue();
  }

  /** An optional string: absent or null is skipped; another JSON type is 400 P0102 with the given reason. */
  static String optionalString(JsonNode body, String field, String why) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw PayError.invalid(400, P0102, field, why);
    }
    return n.textValue();
  }

  private static boolean bool(JsonNode body, String field) {
    if (!body.has(field)) {
      return false;
    }
    JsonNode n = body.get(field);
    if (!n.isBoolean()) {
      throw PayError.invalid(400, P0102, field, "Must be true or false");
    }
    return n.booleanValue();
  }

  private static boolean containsAny(String s, Predicate<Character> p) {
    for (int i = 0; i < s.length(); i++) {
      if (p.test(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
