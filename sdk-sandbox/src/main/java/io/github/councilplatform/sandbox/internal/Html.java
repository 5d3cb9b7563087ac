package io.github.councilplatform.sandbox.internal;

/** The one HTML escaper of every page the sandbox shows (Pay's payment pages, One Login's, Notify's). */
public final class Html {
  private Html() {}

  /**
   * Escapes text for element content and (double- or single-quoted) attribute values.
   *
   * @param s the text; null is the empty string
   * @return the escaped text
   */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
