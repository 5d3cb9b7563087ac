package io.github.councilplatform.sandbox.internal.notify;

import io.github.councilplatform.sandbox.internal.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notify's formatting, rendered as Notify's own previews do (notifications-utils {@code markdown.py}: mistune
 * with Notify's grammar changes). Emails: {@code #} is a heading and {@code ##} a smaller one, {@code ^} starts
 * inset text, {@code *}, {@code -}, {@code •} and {@code 1.} start bulleted and numbered lists (no space needed
 * after the marker), {@code ---} or {@code ***} is a horizontal rule, {@code [text](url)} is a link, a bare
 * {@code http(s)} address becomes a link without its trailing punctuation or closing bracket, and every line
 * break is kept. Letters differ as Notify's letter preview does: only {@code #} is a heading, a rule is a page
 * break, inset text is plain, links stay as typed and addresses are printed in bold without their protocol.
 * Bold, italics and code spans are not Notify formatting and stay as typed. Output is escaped; no raw HTML passes.
 */
final class NotifyMarkdown {
  /** Whom the output is for. */
  enum Kind {
    EMAIL,
    LETTER
  }

  private static final Pattern HEADING = Pattern.compile("^ *(#{1,6}) *(.*?) *#* *$");
  private static final Pattern RULE = Pattern.compile("^ {0,3}[-*_]( *[-*_]){2,} *$");
  private static final Pattern SETEXT = Pattern.compile("^ *(=+|-+) *$");
  private static final Pattern QUOTE = Pattern.compile("^ *\\^ ?(.*)$");
  private static final Pattern BULLET = Pattern.compile("^( *)([•*-]|\\d+\\.)[ \\t]*(.*)$");
  /** mistune's {@code url} rule as Notify sets it: the last character is never {@code . , : " ' ) ]}. */
  private static final Pattern URL = Pattern.compile("https?://[^\\s<]+[^<.,:\"')\\]\\s]");
  /** A mistune link: {@code [text](url)} or {@code [text](url "title")}. */
  private static final Pattern LINK = Pattern.compile(
      "\\[((?:\\[[^^\\]]*]|[^\\[\\]]|](?=[^\\[]*]))*)]\\(\\s*<?([^\\s)>]*?)>?(?:\\s+['\"]([^\\n]*?)['\"])?\\s*\\)");

  private final Kind kind;

  private NotifyMarkdown(Kind kind) {
    this.kind = kind;
  }

  /** An email body as HTML. */
  static String email(String text) {
    return new NotifyMarkdown(Kind.EMAIL).blocks(lines(text));
  }

  /** A letter body as HTML, as Notify's letter preview shows it. */
  static String letter(String text) {
    return new NotifyMarkdown(Kind.LETTER).blocks(lines(text));
  }

  private static List<String> lines(String text) {
    String t = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
    return List.of(t.split("\n", -1));
  }

  private String blocks(List<String> lines) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (line.isBlank()) {
        i++;
        continue;
      }
      Matcher m;
      if (RULE.matcher(line).matches()) {
        out.append(kind == Kind.EMAIL ? "<hr>\n" : "<div class=\"page-break\">Page break</div>\n");
        i++;
      } else if ((m = HEADING.matcher(line)).matches()) {
        out.append(heading(m.group(1).length(), m.group(2)));
        i++;
      } else if (QUOTE.matcher(line).matches()) {
        List<String> inner = new ArrayList<>();
        // A quote runs on over following non-blank lines, with or without their own caret.
        while (i < lines.size() && !lines.get(i).isBlank()) {
          Matcher q = QUOTE.matcher(lines.get(i));
          inner.add(q.matches() ? q.group(1) : lines.get(i));
          i++;
        }
        String content = blocks(inner);
        out.append(kind == Kind.EMAIL ? "<blockquote class=\"inset\">\n" + content + "</blockquote>\n" : content);
      } else if (BULLET.matcher(line).matches()) {
        i = list(lines, i, out);
      } else {
        List<String> para = new ArrayList<>();
        while (i < lines.size() && !lines.get(i).isBlank()) {
          String l = lines.get(i);
          if (!para.isEmpty() && SETEXT.matcher(l).matches()) {
            // "Title" over "===" or "---" is a heading, as in mistune, not a paragraph and a rule.
            out.append(paragraph(para.subList(0, para.size() - 1)));
            out.append(heading(l.strip().startsWith("=") ? 1 : 2, para.get(para.size() - 1)));
            para.clear();
            i++;
            continue;
          }
          if (!para.isEmpty() && (RULE.matcher(l).matches() || HEADING.matcher(l).matches()
              || QUOTE.matcher(l).matches() || BULLET.matcher(l).matches())) {
            break;
          }
          para.add(l);
          i++;
        }
        out.append(paragraph(para));
      }
    }
    return out.toString();
  }

  /** Reads one list from line {@code i}; returns the index after it. Blank lines between items keep the list. */
  private int list(List<String> lines, int i, StringBuilder out) {
    Matcher first = BULLET.matcher(lines.get(i));
    first.matches();
    boolean ordered = Character.isDigit(first.group(2).charAt(0));
    List<List<String>> items = new ArrayList<>();
    while (i < lines.size()) {
      String line = lines.get(i);
      if (line.isBlank()) {
        int next = i;
        while (next < lines.size() && lines.get(next).isBlank()) {
          next++;
        }
        if (next < lines.size() && BULLET.matcher(lines.get(next)).matches()
            && !RULE.matcher(lines.get(next)).matches()) {
          i = next;
          continue;
        }
        break;
      }
      if (RULE.matcher(line).matches()) {
        break;
      }
      Matcher b = BULLET.matcher(line);
      if (b.matches()) {
        items.add(new ArrayList<>(List.of(b.group(3))));
      } else {
        items.get(items.size() - 1).add(line.strip());
      }
      i++;
    }
    out.append(ordered ? "<ol>\n" : "<ul>\n");
    for (List<String> item : items) {
      // Notify's email renderer writes the items with nothing between them; its letter renderer, one a line.
      out.append("<li>").append(String.join("<br>", item.stream().map(l -> inline(l.strip())).toList()))
          .append(kind == Kind.EMAIL ? "</li>" : "</li>\n");
    }
    if (kind == Kind.EMAIL) {
      out.append('\n');
    }
    out.append(ordered ? "</ol>\n" : "</ul>\n");
    return i;
  }

  private String heading(int level, String text) {
    if (level == 1) {
      return "<h2>" + inline(text) + "</h2>\n";
    }
    if (level == 2 && kind == Kind.EMAIL) {
      return "<h3>" + inline(text) + "</h3>\n";
    }
    return paragraph(List.of(text));
  }

  private String paragraph(List<String> lines) {
    if (lines.isEmpty() || lines.stream().allMatch(String::isBlank)) {
      return "";
    }
    return "<p>" + String.join("<br>", lines.stream().map(l -> inline(l.strip())).toList()) + "</p>\n";
  }

  /** Links and addresses in one line; everything else escaped. */
  private String inline(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    int plainFrom = 0;
    while (i < text.length()) {
      Matcher link = LINK.matcher(text).region(i, text.length());
      Matcher url = URL.matcher(text).region(i, text.length());
      String html = null;
      int end = i;
      if (text.charAt(i) == '[' && link.lookingAt()) {
        // As in mistune, a link's text holds no further links.
        html = kind == Kind.EMAIL ? anchor(link.group(2), Html.escape(link.group(1)), link.group(3))
            : Html.escape(link.group());
        end = link.end();
      } else if ((text.charAt(i) == 'h' || text.charAt(i) == 'H') && url.lookingAt()
          && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        String address = url.group();
        html = kind == Kind.EMAIL ? anchor(address, Html.escape(address), null)
            : "<strong>" + Html.escape(address.replaceFirst("^https?://", "")) + "</strong>";
        end = url.end();
      }
      if (html == null) {
        i++;
        continue;
      }
      out.append(Html.escape(text.substring(plainFrom, i))).append(html);
      i = end;
      plainFrom = end;
    }
    out.append(Html.escape(text.substring(plainFrom)));
    return out.toString();
  }

  /** An email link, as notifications-utils' {@code create_sanitised_html_for_url}: no protocol means http. */
  static String anchor(String href, String textHtml, String title) {
    String target = href.matches("(?i)^(ftp|file|https?|mailto|tel):.*") ? href : "http://" + href;
    return "<a href=\"" + Html.escape(target) + "\"" + (title == null ? "" : " title=\"" + Html.escape(title) + "\"")
        + ">" + textHtml + "</a>";
  }
}
