package io.github.councilplatform.sandbox.internal.pay;

import static io.github.councilplatform.sandbox.internal.Html.escape;

import io.github.councilplatform.sandbox.internal.GovukStyle;
import java.util.Locale;

/**
 * The payment pages' HTML building blocks: a plain page after the GOV.UK Design System's look (black header,
 * Arial, clear focus states, green buttons, error summaries), with no JavaScript and no external assets.
 */
final class PageHtml {
  /** Shared with One Login's and Notify's pages, so every page a person sees has one look. */
  private static final String STYLE = GovukStyle.CSS;

  private PageHtml() {}

  /** A whole page. */
  static String page(String title, String lang, String body) {
    return "<!DOCTYPE html>\n<html lang=\"" + escape(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + escape(title) + " – GOV.UK Pay (sandbox)</title>\n<style>" + STYLE + "</style>\n</head>\n"
        + "<body>\n<a class=\"skip\" href=\"#main\">" + escape(PageText.t(lang, "Skip to main content")) + "</a>\n"
        + "<header><span class=\"logo\">GOV.UK</span> <span class=\"service\">Pay</span></header>\n"
        + "<main id=\"main\">\n<p class=\"banner\"><strong>" + escape(PageText.t(lang, "Sandbox:")) + "</strong> "
        + escape(PageText.t(lang, "this is a test payment page. No money will be taken.")) + "</p>\n" + body
        + "\n</main>\n</body>\n</html>\n";
  }


  /** Pence as pounds, e.g. {@code £12.50}. */
  static String money(long pence) {
    return String.format(Locale.UK, "£%d.%02d", pence / 100, pence % 100);
  }
}
