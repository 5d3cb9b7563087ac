package io.github.councilplatform.sandbox.internal.notify;

import static io.github.councilplatform.sandbox.internal.Html.escape;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The previews of message bodies: emails and letters through {@link NotifyMarkdown}, text
 * messages as Notify's SMS preview shows them (line breaks kept, web addresses made links).
 */
final class Previews {
  /**
   * notifications-utils' {@code formatters.url}: an address with or without {@code http(s)://}, not preceded by
   * {@code @} or {@code .} and not followed by {@code @} (so email addresses stay text).
   */
  private static final Pattern URL = Pattern.compile("(?i)\\b(?<![@.])(https?://)?([\\w\\-]+\\.)+([a-z]{2,63})"
      + "(?!@)\\b([/?#][^<\\s]*)?");

  private Previews() {}


  /**
   * A text message as Notify's SMS preview shows it: escaped, line breaks kept, web addresses made links. A
   * closing bracket or full stop at the end of an address stays outside the link unless the address opened
   * the bracket itself ({@code make_link_from_url}).
   */
  static String text(String s) {
    String raw = s == null ? "" : s.strip().replace("\r\n", "\n");
    StringBuilder out = new StringBuilder();
    Matcher m = URL.matcher(raw);
    int from = 0;
    while (m.find()) {
      String linked = m.group();
      String trailing = "";
      while (!linked.isEmpty() && ").],:".indexOf(linked.charAt(linked.length() - 1)) >= 0) {
        char last = linked.charAt(linked.length() - 1);
        char opening = last == ')' ? '(' : last == ']' ? '[' : 0;
        if (opening != 0 && count(linked, opening) >= count(linked, last)) {
          break;
        }
        trailing = last + trailing;
        linked = linked.substring(0, linked.length() - 1);
      }
      out.append(escape(raw.substring(from, m.start()))).append(NotifyMarkdown.anchor(linked, escape(linked), null))
          .append(escape(trailing));
      from = m.end();
    }
    out.append(escape(raw.substring(from)));
    return out.toString().replace("\n", "<br>");
  }

  /** An email body as Notify renders it (see {@link NotifyMarkdown}). */
  static String markdown(String text) {
    return NotifyMarkdown.email(text);
  }

  private static long count(String s, char c) {
    return s.chars().filter(x -> x == c).count();
  }
}
