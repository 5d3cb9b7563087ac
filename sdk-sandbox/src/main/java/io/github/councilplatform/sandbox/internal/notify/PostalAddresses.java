package io.github.councilplatform.sandbox.internal.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Letter-address rules of notifications-utils' {@code PostalAddress} and the API's {@code validate_address}:
 * 3–7 non-empty lines, no country after a BFPO address, a real UK postcode last (or a country, for services
 * allowed international letters), no line starting with a forbidden character, no "no fixed abode". The
 * countries known are a short list of common ones.
 */
final class PostalAddresses {
  private static final Pattern POSTCODE =
      Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}|GIR0AA|BFPO[0-9]{1,4})$");
  private static final String FORBIDDEN_FIRST = "@()=[]\"\u201d\\/,<>~";
  private static final Pattern NFA = Pattern.compile("\\b(nfa|no fixed (abode|address))\\b", Pattern.CASE_INSENSITIVE);
  private static final Set<String> EUROPE = Set.of("france", "germany", "ireland", "spain", "italy", "netherlands",
      "belgium", "portugal", "poland", "sweden", "norway", "denmark", "finland", "austria", "switzerland", "greece",
      "czechia", "hungary", "romania", "iceland", "luxembourg", "malta", "cyprus");
  private static final Set<String> REST_OF_WORLD = Set.of("usa", "united states", "united states of america",
      "canada", "australia", "new zealand", "india", "japan", "china", "brazil", "south africa", "nigeria", "kenya",
      "mexico", "singapore", "pakistan", "bangladesh", "jamaica");

  /** A valid address: its lines (postcode or country last) and the postage it forces, if international. */
  record Address(List<String> lines, String internationalPostage) {}

  private PostalAddresses() {}

  /**
   * Validates the address in a letter's personalisation.
   *
   * @throws NotifyError a ValidationError with Notify's message
   */
  static Address validate(Map<String, Object> personalisation, boolean allowInternational) {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      addLines(lines, personalisation.get("address_line_" + i));
    }
    // As in notifications-utils: address_line_7, when given, replaces postcode.
    addLines(lines, personalisation.get(personalisation.containsKey("address_line_7") ? "address_line_7"
        : "postcode"));
    if (lines.size() < 3) {
      throw NotifyError.validation("Address must be at least 3 lines");
    }
    if (lines.size() > 7) {
      throw NotifyError.validation("Address must be no more than 7 lines");
    }
    String last = lines.get(lines.size() - 1);
    if (lines.stream().anyMatch(l -> l.toUpperCase(Locale.ROOT).contains("BFPO")) && isCountry(last)) {
      throw NotifyError.validation("The last line of a BFPO address must not be a country.");
    }
    String postage = null;
    if (!isPostcode(last)) {
      String country = last.toLowerCase(Locale.ROOT).trim();
      if (!allowInternational) {
        throw NotifyError.validation("Must be a real UK postcode");
      }
      if (!isCountry(last)) {
        throw NotifyError.validation("Last line of address must be a real UK postcode or another country");
      }
      postage = EUROPE.contains(country) ? "europe" : "rest-of-world";
    }
    for (String line : lines) {
      if (FORBIDDEN_FIRST.indexOf(line.charAt(0)) >= 0) {
        throw NotifyError.validation("Address lines must not start with any of the following characters:"
            + " @ ( ) = [ ] \u201d \\ / , < >");
      }
    }
    for (String line : lines) {
      if (NFA.matcher(line).find()) {
        throw NotifyError.validation("Must be a real address");
      }
    }
    if (!lines.get(0).matches(".*[A-Za-z0-9].*") || !lines.get(1).matches(".*[A-Za-z0-9].*")) {
      throw NotifyError.validation(
          "The first 2 lines of the address must both include at least one alphanumeric character");
    }
    return new Address(List.copyOf(lines), postage);
  }

  private static boolean isCountry(String line) {
    String country = line.toLowerCase(Locale.ROOT).trim();
    return EUROPE.contains(country) || REST_OF_WORLD.contains(country);
  }

  /** Whether a line is a real UK postcode (spaces and case ignored). */
  static boolean isPostcode(String line) {
    return POSTCODE.matcher(line.replaceAll("\\s", "").toUpperCase(Locale.ROOT)).matches();
  }

  /** Adds a value's lines (a value may hold several), each stripped of trailing spaces and commas. */
  private static void addLines(List<String> lines, Object value) {
    if (value == null) {
      return;
    }
    for (String line : String.valueOf(value).split("\\R")) {
      String t = line.strip().replaceAll("[ ,]+$", "");
      if (!t.isEmpty()) {
        lines.add(t);
      }
    }
  }
}
