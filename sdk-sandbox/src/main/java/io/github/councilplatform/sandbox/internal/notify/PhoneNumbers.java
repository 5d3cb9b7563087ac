package io.github.councilplatform.sandbox.internal.notify;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The phone-number rules of notifications-utils' {@code PhoneNumber}, on Google's libphonenumber with GB as the
 * default region: letters and symbols refused; a number that does not parse is retried with its {@code +} signs
 * and leading zeros removed ({@code 0+44…}, {@code +07…}); a number that is not possible as written is retried
 * as international (a dropped {@code +}); premium-rate and unassigned numbers refused, except Ofcom's TV numbers
 * ({@code 07700 …}). Messages are the v2 API's legacy ones.
 */
final class PhoneNumbers {
  static final String TOO_MANY = "Too many digits";
  static final String NOT_ENOUGH = "Not enough digits";
  static final String UNKNOWN_CHARACTER = "Must not contain letters or symbols";
  static final String BAD_PREFIX = "Not a valid country prefix";
  static final String INVALID = "Number is not valid \u2013 double check the phone number you entered";

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final int CACHE_LIMIT = 10_000;
  private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();
  private static final Set<PhoneNumberType> ALLOWED = Set.of(PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE,
      PhoneNumberType.FIXED_LINE_OR_MOBILE, PhoneNumberType.UAN, PhoneNumberType.PERSONAL_NUMBER);
  private static final Set<PhoneNumberType> LANDLINE = Set.of(PhoneNumberType.FIXED_LINE,
      PhoneNumberType.FIXED_LINE_OR_MOBILE, PhoneNumberType.UAN);

  /**
   * A valid number.
   *
   * @param e164Digits the normalised number, E.164 without the {@code +}
   * @param international whether it is outside the UK (Crown dependencies count as UK)
   * @param ukLandline whether it is a UK landline
   */
  record Parsed(String e164Digits, boolean international, boolean ukLandline) {}

  /** Thrown with one of the legacy messages above. */
  static final class InvalidPhone extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidPhone(String message) {
      super(message, null, false, false);
    }
  }

  private PhoneNumbers() {}

  /**
   * Validates and normalises a number.
   *
   * @throws InvalidPhone with Notify's message
   */
  static Parsed parse(String raw) {
    // libphonenumber is the slowest step of a send, and services text the same numbers over and over: the
    // answer depends only on the text, so remember it (bounded, so a flood of distinct numbers cannot grow it).
    Object cached = CACHE.get(raw);
    if (cached == null) {
      try {
        cached = parseUncached(raw);
      } catch (InvalidPhone e) {
        cached = e.getMessage();
      }
      if (CACHE.size() >= CACHE_LIMIT) {
        CACHE.clear();
      }
      CACHE.put(raw, cached);
    }
    if (cached instanceof Parsed parsed) {
      return parsed;
    }
    throw new InvalidPhone((String) cached);
  }

  private static Parsed parseUncached(String raw) {
    PhoneNumber number;
    try {
      number = parseNumber(raw);
    } catch (InvalidPhone e) {
      number = parseNumber(raw.replace("+", "").replaceFirst("^0+", ""));
    }
    String e164 = UTIL.format(number, PhoneNumberFormat.E164).substring(1);
    boolean uk = number.getCountryCode() == 44;
    boolean landline = uk && LANDLINE.contains(UTIL.getNumberType(number));
    return new Parsed(e164, !uk, landline);
  }

  private static PhoneNumber parseNumber(String s) {
    for (char c : s.toCharArray()) {
      if (!(Character.isDigit(c) || Character.isWhitespace(c) || "()-+".indexOf(c) >= 0)) {
        throw new InvalidPhone(UNKNOWN_CHARACTER);
      }
    }
    if (s.isEmpty()) {
      throw new InvalidPhone(NOT_ENOUGH);
    }
    PhoneNumber number;
    try {
      number = UTIL.parse(s, "GB");
    } catch (NumberParseException e) {
      throw new InvalidPhone(INVALID);
    }
    // Notify bills by country; non-geographic codes (+800, +881…) are not countries it can send to.
    if (!UTIL.getSupportedCallingCodes().contains(number.getCountryCode())
        || UTIL.getSupportedGlobalNetworkCallingCodes().contains(number.getCountryCode())) {
      throw new InvalidPhone(BAD_PREFIX);
    }
    ValidationResult reason = UTIL.isPossibleNumberWithReason(number);
    if (reason != ValidationResult.IS_POSSIBLE) {
      PhoneNumber forced = forcedInternational(s);
      if (forced == null) {
        throw new InvalidPhone(switch (reason) {
          case TOO_LONG -> TOO_MANY;
          case TOO_SHORT, IS_POSSIBLE_LOCAL_ONLY -> NOT_ENOUGH;
          case INVALID_COUNTRY_CODE -> BAD_PREFIX;
          default -> INVALID;
        });
      }
      number = forced;
    }
    PhoneNumberType type = UTIL.getNumberType(number);
    if (!UTIL.isValidNumber(number) || type == PhoneNumberType.PREMIUM_RATE || !ALLOWED.contains(type)) {
      // libphonenumber does not know Ofcom's numbers for TV and film; notifications-utils lets them through.
      if (String.valueOf(number.getNationalNumber()).matches("7700\\d.*")) {
        return number;
      }
      throw new InvalidPhone(INVALID);
    }
    return number;
  }

  /** A number written without its {@code +} (spreadsheets drop it), if it is possible that way. */
  private static PhoneNumber forcedInternational(String s) {
    try {
      PhoneNumber n = UTIL.parse("+" + s, "ZZ");
      return UTIL.isPossibleNumber(n) ? n : null;
    } catch (NumberParseException e) {
      return null;
    }
  }
}
