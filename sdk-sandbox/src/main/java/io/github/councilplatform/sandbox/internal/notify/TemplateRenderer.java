package io.github.councilplatform.sandbox.internal.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notify's {@code ((placeholder))} substitution, as notifications-utils does it: names match case-insensitively
 * ignoring spaces, hyphens and underscores; {@code ((name??text))} shows {@code text} only when {@code name} is
 * truthy; a list value becomes a bullet list.
 */
final class TemplateRenderer {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\(\\(([^()]+)\\)\\)");

  private TemplateRenderer() {}

  /** The placeholder names in a text, de-duplicated (case-insensitively), in order. */
  static List<String> placeholders(String text) {
    Map<String, String> seen = new LinkedHashMap<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      String name = nameOf(m.group(1));
      seen.putIfAbsent(normalise(name), name);
    }
    return new ArrayList<>(seen.values());
  }

  /** Which placeholders of a text have no value in the personalisation. */
  static List<String> missing(String text, Map<String, Object> personalisation) {
    Map<String, Object> values = normalised(personalisation);
    List<String> missing = new ArrayList<>();
    for (String name : placeholders(text)) {
      if (!values.containsKey(normalise(name)) || values.get(normalise(name)) == null) {
        missing.add(name);
      }
    }
    return missing;
  }

  /** Replaces every placeholder that has a value; leaves the others as they are. */
  static String render(String text, Map<String, Object> personalisation) {
    if (text == null) {
      return null;
    }
    Map<String, Object> values = normalised(personalisation);
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String inner = m.group(1);
      String key = normalise(nameOf(inner));
      String replacement;
      if (!values.containsKey(key) || values.get(key) == null) {
        replacement = m.group();
      } else if (inner.contains("??")) {
        replacement = truthy(values.get(key)) ? inner.substring(inner.indexOf("??") + 2) : "";
      } else {
        replacement = asText(values.get(key));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String asText(Object value) {
    if (value instanceof List<?> list) {
      List<String> items = new ArrayList<>();
      for (Object o : list) {
        if (o != null && !String.valueOf(o).isBlank()) {
          items.add("* " + o);
        }
      }
      return items.isEmpty() ? "" : "\n\n" + String.join("\n", items) + "\n";
    }
    return String.valueOf(value);
  }

  private static boolean truthy(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String s) {
      String t = s.trim().toLowerCase(Locale.ROOT);
      return !t.isEmpty() && !t.equals("no") && !t.equals("false") && !t.equals("0");
    }
    if (value instanceof List<?> l) {
      return !l.isEmpty();
    }
    if (value instanceof Number n) {
      return n.doubleValue() != 0;
    }
    return value != null;
  }

  private static String nameOf(String inner) {
    int q = inner.indexOf("??");
    return (q < 0 ? inner : inner.substring(0, q)).trim();
  }

  static String normalise(String name) {
    return name.toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "").replace("-", "");
  }

  private static Map<String, Object> normalised(Map<String, Object> personalisation) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (personalisation != null) {
      personalisation.forEach((k, v) -> values.put(normalise(k), v));
    }
    return values;
  }
}
