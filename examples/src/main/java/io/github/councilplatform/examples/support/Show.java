package io.github.councilplatform.examples.support;

import io.github.councilplatform.core.Redaction;
import java.util.Locale;

/** Formats values for the printed steps; personal data only ever masked. */
public final class Show {
  private Show() {}

  /**
   * Formats pence as pounds.
   *
   * @param pence the amount
   * @return for example {@code £25.00}
   */
  public static String money(long pence) {
    return String.format(Locale.UK, "£%d.%02d", pence / 100, pence % 100);
  }

  /**
   * Masks an email address.
   *
   * @param email the address, may be null
   * @return for example {@code k***@example.com}
   */
  public static String email(String email) {
    return email == null ? "(none)" : Redaction.maskEmail(email);
  }

  /**
   * Masks a phone number.
   *
   * @param phone the number, may be null
   * @return the number with most digits hidden
   */
  public static String phone(String phone) {
    return phone == null ? "(none)" : Redaction.maskPhone(phone);
  }

  /**
   * Shortens an opaque id or subject for printing.
   *
   * @param id the id
   * @return its first 12 characters and an ellipsis
   */
  public static String id(Object id) {
    String s = String.valueOf(id);
    return s.length() <= 14 ? s : s.substring(0, 12) + "...";
  }
}
