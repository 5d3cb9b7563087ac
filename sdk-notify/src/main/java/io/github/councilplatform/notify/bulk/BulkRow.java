package io.github.councilplatform.notify.bulk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a batch from code (an {@code Iterable} or {@code Stream}), laid out like a row of Notify's CSV
 * upload: the recipient under {@code email address}, {@code phone number} or {@code address line 1} …
 * {@code address line 7} (and {@code postcode}), and the template's placeholders by name. Column names are
 * matched as Notify matches them: case, spaces, underscores and hyphens are ignored.
 *
 * @param key the row's key, unique within the batch and the same every run (an account number, say); it makes
 *     the row's Notify {@code reference}. {@code null} numbers rows by position, which is only safe while the
 *     source keeps its order
 * @param columns the row's values by column name (never {@code null}); empty values count as missing
 */
public record BulkRow(String key, Map<String, String> columns) {

  /**
   * Copies the columns.
   *
   * @param key the row's key, or {@code null} to number rows by position
   * @param columns the row's values by column name
   */
  public BulkRow {
    Objects.requireNonNull(columns, "columns");
    columns = Map.copyOf(new LinkedHashMap<>(columns));
  }

  /**
   * A row for an email batch.
   *
   * @param key the row's key, or {@code null}
   * @param emailAddress the recipient
   * @param personalisation the template's placeholder values
   * @return the row
   */
  public static BulkRow email(String key, String emailAddress, Map<String, String> personalisation) {
    return with(key, Map.of("email address", nullToEmpty(emailAddress)), personalisation);
  }

  /**
   * A row for a text message batch.
   *
   * @param key the row's key, or {@code null}
   * @param phoneNumber the recipient
   * @param personalisation the template's placeholder values
   * @return the row
   */
  public static BulkRow sms(String key, String phoneNumber, Map<String, String> personalisation) {
    return with(key, Map.of("phone number", nullToEmpty(phoneNumber)), personalisation);
  }

  /**
   * A row for a letter batch.
   *
   * @param key the row's key, or {@code null}
   * @param addressLines the address lines before the postcode (the first is usually the name), 2 to 6
   * @param postcode the postcode (or, abroad, the country)
   * @param personalisation the template's other placeholder values
   * @return the row
   */
  public static BulkRow letter(String key, List<String> addressLines, String postcode,
      Map<String, String> personalisation) {
    Map<String, String> address = new LinkedHashMap<>();
    for (int i = 0; i < addressLines.size(); i++) {
      address.put("address line " + (i + 1), nullToEmpty(addressLines.get(i)));
    }
    address.put("postcode", nullToEmpty(postcode));
    return with(key, address, personalisation);
  }

  private static BulkRow with(String key, Map<String, String> recipient, Map<String, String> personalisation) {
    Map<String, String> all = new LinkedHashMap<>(recipient);
    if (personalisation != null) {
      personalisation.forEach((k, v) -> all.put(k, nullToEmpty(v)));
    }
    return new BulkRow(key, all);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /** Prints the key and column names only: the values are personal data. */
  @Override
  public String toString() {
    return "BulkRow{key=" + key + ", columns="
        + columns.keySet() + '}';
  }
}
