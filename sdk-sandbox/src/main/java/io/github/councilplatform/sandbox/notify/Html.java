package io.github.councilplatform.sandbox.notify;

import java.util.ArrayList;
import java.util.List;

/** HTML escaping and the small part of Notify's Markdown the sandbox renders: paragraphs and bullet lists. */
final class Html {
  private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("https?://[^\\s<>\"']+");

  private Html() {}

  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Escaped text with web addresses made into links, as an email client shows them. */
  static String text(String s) {
    return URL.matcher(escape(s)).replaceAll("<a href=\"$0\">$0</a>");
  }

  /** Paragraphs split on blank lines; lines starting {@code * } or {@code - } become a bullet list. */
  static String markdown(String text) {
    StringBuilder out = new StringBuilder();
    for (String block : text.replace("\r\n", "\n").split("\n\\s*\n")) {
      String[] lines = block.split("\n");
      List<String> items = new ArrayList<>();
      List<String> plain = new ArrayList<>();
      for (String line : lines) {
        String t = line.strip();
        if (t.startsWith("* ") || t.startsWith("- ") || t.startsWith("\u2022 ")) {
          items.add(t.substring(2).strip());
        } else if (!t.isEmpty()) {
          plain.add(t);
        }
      }
      if (!plain.isEmpty()) {
        out.append("<p>").append(String.join("<br>", plain.stream().map(Html::text).toList())).append("</p>\n");
      }
      if (!items.isEmpty()) {
        out.append("<ul>");
        items.forEach(i -> out.append("<li>").append(text(i)).append("</li>"));
        out.append("</ul>\n");
      }
    }
    return out.toString();
  }
}
