package io.github.councilplatform.identity.internal;

import java.net.URI;
import java.util.Set;

/**
 * Prints a URL with the values of its one-use secrets masked: {@code state}, {@code nonce},
 * {@code id_token_hint} (a signed token naming the user) and {@code code}, wherever they appear in the query or
 * fragment. Everything else is kept, so the printed URL still shows where the browser is sent.
 */
public final class UriMasking {
  private static final Set<String> MASKED = Set.of("state", "nonce", "id_token_hint", "code", "code_verifier",
      "client_assertion", "logout_token", "access_token", "id_token");

  private UriMasking() {}

  /**
   * The URL as text with masked values.
   *
   * @param uri the URL, or {@code null}
   * @return the masked text, or {@code "null"}
   */
  public static String mask(URI uri) {
    if (uri == null) {
      return "null";
    }
    String s = uri.toString();
    int q = s.indexOf('?');
    int h = s.indexOf('#');
    if (q < 0 && h < 0) {
      return s;
    }
    int start = q >= 0 ? q : h;
    StringBuilder out = new StringBuilder(s.substring(0, start));
    int i = start;
    while (i < s.length()) {
      char sep = s.charAt(i);
      int end = i + 1;
      while (end < s.length() && s.charAt(end) != '&' && s.charAt(end) != '#' && s.charAt(end) != '?') {
        end++;
      }
      out.append(sep).append(maskPair(s.substring(i + 1, end)));
      i = end;
    }
    return out.toString();
  }

  private static String maskPair(String pair) {
    int eq = pair.indexOf('=');
    if (eq < 0) {
      return pair;
    }
    return MASKED.contains(pair.substring(0, eq)) ? pair.substring(0, eq + 1) + "***" : pair;
  }
}
