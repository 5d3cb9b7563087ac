package io.github.councilplatform.sandbox.internal.notify;

import java.net.IDN;
import java.util.regex.Pattern;

/** Email-address rules of notifications-utils. */
final class EmailAddresses {
  static final String INVALID = "Not a valid email address";

  private static final Pattern LOCAL = Pattern.compile("^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~\\-]+$");
  private static final Pattern LABEL = Pattern.compile("^(xn|[a-z0-9]+)(-?-[a-z0-9]+)*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern TLD = Pattern.compile("^([a-z]{2,63}|xn--([a-z0-9]+-)*[a-z0-9]+)$",
      Pattern.CASE_INSENSITIVE);

  private EmailAddresses() {}

  /** Whether Notify would accept the address. */
  static boolean isValid(String raw) {
    String email = raw.strip();
    if (email.length() > 320 || email.contains("..")) {
      return false;
    }
    int at = email.lastIndexOf('@');
    if (at <= 0 || at == email.length() - 1) {
      return false;
    }
    String local = email.substring(0, at);
    String host = email.substring(at + 1);
    if (!LOCAL.matcher(local).matches()) {
      return false;
    }
    String ascii;
    try {
      ascii = IDN.toASCII(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (ascii.length() > 253) {
      return false;
    }
    String[] labels = ascii.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (label.isEmpty() || label.length() > 63 || !LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return TLD.matcher(labels[labels.length - 1]).matches();
  }
}
