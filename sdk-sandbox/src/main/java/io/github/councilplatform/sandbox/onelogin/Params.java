package io.github.councilplatform.sandbox.onelogin;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * URL query and form encoding helpers. The last value of a repeated parameter wins, as in the real provider:
 * its token endpoint reads the form into a HashMap (orchestration-shared RequestBodyHelper.parseRequestBody) and
 * API Gateway hands its other lambdas the last value of each query parameter.
 */
final class Params {
  private Params() {}

  /** Decodes {@code a=b&c=d} (a query string or a form body). */
  static Map<String, String> decode(String encoded) {
    Map<String, String> out = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return out;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        out.put(k, v);
      } catch (IllegalArgumentException e) {
        // A malformed %-escape: the parameter is treated as absent, so validation reports it as missing.
      }
    }
    return out;
  }

  /** The query string of a request URL, decoded. */
  static Map<String, String> query(String url) {
    int q = url.indexOf('?');
    return q < 0 ? new LinkedHashMap<>() : decode(url.substring(q + 1));
  }

  /** Encodes parameters (null values skipped). */
  static String encode(Map<String, String> params) {
    StringJoiner j = new StringJoiner("&");
    params.forEach((k, v) -> {
      if (v != null) {
        j.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
      }
    });
    return j.toString();
  }

  /** Appends encoded parameters to a URI's query ({@code ?} or {@code &}) or, for fragment mode, after {@code #}. */
  static String append(String uri, Map<String, String> params, boolean fragment) {
    String encoded = encode(params);
    if (fragment) {
      return uri + "#" + encoded;
    }
    return uri + (uri.contains("?") ? "&" : "?") + encoded;
  }

  /** Escapes text for HTML. */
  static String html(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
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
