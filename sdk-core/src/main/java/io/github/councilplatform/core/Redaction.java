package io.github.councilplatform.core;

/**
 * Masks personal data for logs. Use these whenever a log line would otherwise show a resident's email
 * address or phone number: enough stays visible to tell records apart, not enough to identify anyone.
 */
public final class Redaction {
  private Redaction() {}

  /**
   * Masks an email address: {@code amala.smith@example.org} becomes {@code a***@e***.org}.
   *
   * @param email the address, may be {@code null}
   * @return the masked address; {@code null} stays {@code null}, anything that is not an address becomes
   *     {@code ***}
   */
  public static String maskEmail(String email) {
    if (email == null) {
      return null;
    }
    String e = email.trim();
    int at = e.lastIndexOf('@');
    if (at <= 0 || at == e.length() - 1) {
      return "***";
    }
    String domain = e.substring(at + 1);
    int dot = domain.lastIndexOf('.');
    String tld = dot > 0 ? domain.substring(dot) : "";
    return e.charAt(0) + "***@" + domain.charAt(0) + "***" + tld;
  }

  /**
   * Masks a phone number, keeping only its last three digits: {@code 07700 900123} becomes
   * {@code ********123}.
   *
   * @param phone the number, may be {@code null}
   * @return the masked number; {@code null} stays {@code null}
   */
  public static String maskPhone(String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.replaceAll("[^0-9]", "");
    if (digits.length() <= 3) {
      return "***";
    }
    return "*".repeat(digits.length() - 3) + digits.substring(digits.length() - 3);
  }

  /**
   * Masks a secret entirely, saying only whether it is set.
   *
   * @param secret the secret, may be {@code null}
   * @return {@code "<unset>"} or {@code "****"}
   */
  public static String maskSecret(String secret) {
    return secret == null || secret.isEmpty() ? "<unset>" : "****";
  }
}
