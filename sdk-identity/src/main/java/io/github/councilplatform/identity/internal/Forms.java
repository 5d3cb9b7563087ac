package io.github.councilplatform.identity.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** {@code application/x-www-form-urlencoded} and query strings. */
final class Forms {
  private Forms() {}

  /** Encodes parameters in order; spaces become {@code %20}, which every server reads the same way. */
  static String encode(Map<String, String> params) {
    StringJoiner out = new StringJoiner("&");
    params.forEach((k, v) -> {
      if (v != null) {
        out.add(enc(k) + "=" + enc(v));
      }
    });
    return out.toString();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * Decodes a query or form body. A repeated parameter is an error for OAuth ("parameters MUST NOT be
   * included more than once"), so its value becomes {@link #REPEATED}.
   *
   * @throws IllegalArgumentException if the text is not valid percent-encoding; the message is fixed and
   *     there is no cause, because the decoder's own message quotes the input
   */
  static Map<String, String> decode(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = dec(eq < 0 ? pair : pair.substring(0, eq));
      String v = eq < 0 ? "" : dec(pair.substring(eq + 1));
      out.merge(k, v, (a, b) -> REPEATED);
    }
    return out;
  }

  private static String dec(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not valid percent-encoding");
    }
  }

  /** The value recorded for a parameter that appeared more than once. */
  static final String REPEATED = "\u0000repeated";
}
