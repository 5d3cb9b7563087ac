package io.github.councilplatform.notify.bulk;

import io.github.councilplatform.notify.TemplateType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Notify's column rules for CSV uploads (notifications-utils {@code recipients.py} and {@code insensitive_dict.py}). */
final class Columns {
  static final String EMAIL = "emailaddress";
  static final String PHONE = "phonenumber";
  static final String POSTCODE = "postcode";
  /** address line 1 … 7, normalised. */
  static final List<String> ADDRESS_LINES = List.of("addressline1", "addressline2", "addressline3",
      "addressline4", "addressline5", "addressline6", "addressline7");

  private Columns() {}

  /** As Notify compares column names and placeholders: without spaces, underscores or hyphens, lower case. */
  static String normalise(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != ' ' && c != '_' && c != '-') {
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  static boolean isAddressColumn(String normalised) {
    return ADDRESS_LINES.contains(normalised) || POSTCODE.equals(normalised);
  }

  /**
   * Whether the headers hold the channel's recipient: one column for email and text messages; for letters at
   * least 3 of address lines 1 to 6 and postcode, or of address lines 1 to 7, as Notify's upload requires.
   */
  static boolean hasRecipient(TemplateType channel, Set<String> normalisedHeaders) {
    return switch (channel) {
      case EMAIL -> normalisedHeaders.contains(EMAIL);
      case SMS -> normalisedHeaders.contains(PHONE);
      case LETTER -> {
        long withPostcode = ADDRESS_LINES.subList(0, 6).stream().filter(normalisedHeaders::contains).count()
            + (normalisedHeaders.contains(POSTCODE) ? 1 : 0);
        long sevenLines = ADDRESS_LINES.stream().filter(normalisedHeaders::contains).count();
        yield withPostcode >= 3 || sevenLines >= 3;
      }
      default -> false;
    };
  }

  /** The channel whose recipient column the headers hold, for a clearer error, or {@code null}. */
  static TemplateType channelOf(Set<String> normalisedHeaders) {
    for (TemplateType t : List.of(TemplateType.EMAIL, TemplateType.SMS, TemplateType.LETTER)) {
      if (hasRecipient(t, normalisedHeaders)) {
        return t;
      }
    }
    return null;
  }

  static String recipientColumnsFor(TemplateType channel) {
    return switch (channel) {
      case EMAIL -> "'email address'";
      case SMS -> "'phone number'";
      default -> "'address line 1' to 'address line 7' (at least 3, or 'address line 1' to 'address line 6' and"
          + " 'postcode')";
    };
  }

  /** Notify strips surrounding whitespace (and obscure spaces) from every cell. */
  static String clean(String value) {
    if (value == null) {
      return "";
    }
    String v = value.replace('\u00A0', ' ').replace("\u200B", "").replace("\u2060", "").replace("\uFEFF", "");
    return v.strip();
  }
}
