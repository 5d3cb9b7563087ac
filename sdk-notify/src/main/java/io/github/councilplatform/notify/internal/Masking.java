package io.github.councilplatform.notify.internal;

import io.github.councilplatform.core.Redaction;

/** Masks a recipient that may be an email address or a phone number. */
public final class Masking {
  private Masking() {}

  /**
   * Masks an email address or a phone number; {@code null} stays {@code null}.
   *
   * @param to an email address or phone number, may be {@code null}
   * @return the masked recipient
   */
  public static String recipient(String to) {
    if (to == null) {
      return null;
    }
    return to.indexOf('@') >= 0 ? Redaction.maskEmail(to) : Redaction.maskPhone(to);
  }
}
