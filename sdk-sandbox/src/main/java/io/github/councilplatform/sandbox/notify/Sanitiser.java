package io.github.councilplatform.sandbox.notify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code sanitise_content_for}: the named personalisation values of an email lose their links and have Markdown
 * escaped before the template is filled in, exactly as notifications-api's
 * {@code app/v2/notifications/post_notifications.py _prepare_personalisation_for_post_notification} (lines
 * 171-210) does with notifications-utils' {@code formatters.url} pattern.
 */
final class Sanitiser {
  /**
   * notifications-utils {@code formatters.py:48-56} {@code url}: Python's {@code \w} and {@code \b} are Unicode-aware
   * for str patterns, hence UNICODE_CHARACTER_CLASS. A path starts at {@code / ? #} and runs to whitespace or
   * {@code <}; a bare domain has no path, so a bracket after it stays.
   */
  private static final Pattern URL = Pattern.compile(
      "\\b(?<![@.])(https?://)?([\\w\\-]+\\.)+([a-z]{2,63})(?!@)\\b([/?#][^<\\s]*)?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
  /** {@code _could_be_accidental_link}: only letters, digits, dots and hyphens (a bare domain). */
  private static final Pattern ACCIDENTAL_LINK = Pattern.compile("[a-zA-Z0-9.\\-]+");
  /** {@code _escape_markdown_characters}. */
  private static final Pattern MARKDOWN = Pattern.compile("([`*_()\\\\{}\\[\\]<>#+\\-.!|])");

  private Sanitiser() {}

  /**
   * The personalisation with the named values sanitised, and what changed.
   *
   * @param personalisation the request's values
   * @param names the {@code sanitise_content_for} names (matched as placeholders are), or empty
   * @return the values to fill the template with, and Notify's {@code sanitised_content} map
   */
  static Result sanitise(Map<String, Object> personalisation, List<String> names) {
    Set<String> wanted = names.stream().map(TemplateRenderer::normalise).collect(Collectors.toSet());
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, Object> changed = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : personalisation.entrySet()) {
      Object value = e.getValue();
      // Notify runs re.sub on the value, so only strings can be sanitised (anything else is a 500 there).
      if (wanted.contains(TemplateRenderer.normalise(e.getKey())) && value instanceof String s) {
        String clean = escapeMarkdown(removeLinks(s));
        values.put(e.getKey(), clean);
        // _get_sanitised_content lists only the values that changed.
        if (!clean.equals(s)) {
          Map<String, Object> entry = new LinkedHashMap<>();
          entry.put("unsanitised", s);
          entry.put("sanitised", clean);
          changed.put(e.getKey(), entry);
        }
      } else {
        values.put(e.getKey(), value);
      }
    }
    return new Result(values, changed);
  }

  /**
   * What sanitising gave.
   *
   * @param personalisation the values to fill the template with
   * @param sanitisedContent the response's {@code sanitised_content}: changed values only
   */
  record Result(Map<String, Object> personalisation, Map<String, Object> sanitisedContent) {}

  /** {@code _find_and_sanitise_urls}: a bare domain is broken up ({@code a. b}), any other link removed. */
  static String removeLinks(String value) {
    Matcher m = URL.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String link = m.group();
      String replacement = ACCIDENTAL_LINK.matcher(link).matches() ? link.replace(".", ". ") : "";
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  static String escapeMarkdown(String value) {
    return MARKDOWN.matcher(value).replaceAll("\\\\$1");
  }
}
