package io.github.councilplatform.sandbox.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The fakes' one decoder and encoder of {@code application/x-www-form-urlencoded} text (query strings and form
 * bodies).
 *
 * <p>Decoding: {@code +} is a space; a parameter without {@code =} has the empty value; empty pairs are skipped;
 * <b>the last value of a repeated parameter wins</b>. That is what every consumer needs: One Login's real token
 * endpoint reads the form into a HashMap (orchestration-shared {@code RequestBodyHelper.parseRequestBody}) and API
 * Gateway hands its other lambdas the last value of each query parameter, and Pay's payment pages read single
 * fields only. A broken {@code %} escape is a {@link MalformedRequestException} (a clear 400).
 */
public final class Form {
  private Form() {}

  /**
   * Decodes {@code a=b&c=d}.
   *
   * @param encoded a query string (without {@code ?}) or a form body; null or empty is no parameters
   * @return the parameters in first-seen order, each with its last value
   * @throws MalformedRequestException on a broken {@code %} escape
   */
  public static Map<String, String> decode(String encoded) {
    Map<String, String> out = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return out;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      out.put(unescape(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : unescape(pair.substring(eq + 1)));
    }
    return out;
  }

  /**
   * The decoded query string of a request URL.
   *
   * @param url a request URL or path, with or without {@code ?…}
   * @return the parameters, as {@link #decode(String)}
   */
  public static Map<String, String> query(String url) {
    int q = url.indexOf('?');
    return q < 0 ? new LinkedHashMap<>() : decode(url.substring(q + 1));
  }

  /**
   * Encodes parameters, skipping null values.
   *
   * @param params names and values, in the order to write them
   * @return {@code a=b&c=d}
   */
  public static String encode(Map<String, String> params) {
    StringJoiner j = new StringJoiner("&");
    params.forEach((k, v) -> {
      if (v != null) {
        j.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
      }
    });
    return j.toString();
  }

  /**
   * Appends encoded parameters to a URI's query, or after {@code #} for OAuth's fragment response mode.
   *
   * @param uri the URI
   * @param params the parameters (null values skipped)
   * @param fragment whether to write a fragment rather than a query
   * @return the URI with the parameters
   */
  public static String append(String uri, Map<String, String> params, boolean fragment) {
    String encoded = encode(params);
    if (fragment) {
      return uri + "#" + encoded;
    }
    return uri + (uri.contains("?") ? "&" : "?") + encoded;
  }

  private static String unescape(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new MalformedRequestException("The request has a malformed %-escape in '" + s
          + "': percent-encode a literal % as %25");
    }
  }
}
