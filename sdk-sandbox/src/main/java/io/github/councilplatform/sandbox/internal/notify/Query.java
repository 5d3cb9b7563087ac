package io.github.councilplatform.sandbox.internal.notify;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A request's query string as Flask reads it: repeated names kept, {@code +} decoded as a space. */
final class Query {
  private final Map<String, List<String>> values;

  private Query(Map<String, List<String>> values) {
    this.values = values;
  }

  static Query of(String url) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    int q = url.indexOf('?');
    if (q >= 0) {
      for (String pair : url.substring(q + 1).split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
    }
    return new Query(values);
  }

  Map<String, List<String>> all() {
    return values;
  }

  List<String> list(String name) {
    return values.getOrDefault(name, List.of());
  }

  String first(String name) {
    List<String> l = values.get(name);
    return l == null || l.isEmpty() ? null : l.get(0);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
