package io.github.councilplatform.sandbox.pay;

import java.util.Locale;

/**
 * The payment pages' HTML building blocks: a plain page after the GOV.UK Design System's look (black header,
 * Arial, clear focus states, green buttons, error summaries), with no JavaScript and no external assets.
 */
final class Html {
  private static final String STYLE = """
      *{box-sizing:border-box}
      body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:19px;line-height:1.32;color:#0b0c0c;background:#fff}
      a{color:#1d70b8}a:focus,button:focus,input:focus,select:focus{outline:3px solid #fd0;outline-offset:0;box-shadow:inset 0 0 0 2px #0b0c0c}
      .skip{position:absolute;left:-9999px}.skip:focus{position:static}
      header{background:#0b0c0c;color:#fff;padding:10px 15px;border-bottom:10px solid #1d70b8}
      header .logo{font-weight:700;font-size:30px;color:#fff;text-decoration:none;margin-right:10px}
      header .service{font-size:19px;font-weight:700}
      .banner{background:#f3f2f1;border-left:5px solid #1d70b8;padding:10px 15px;margin:0 0 20px}
      main{max-width:960px;margin:0 auto;padding:20px 15px 60px}
      h1{font-size:36px;margin:0 0 30px}
      .group{margin-bottom:25px}.group.error{border-left:5px solid #d4351c;padding-left:15px}
      label,.legend{display:block;font-weight:700;margin-bottom:5px}
      .hint{color:#505a5f;margin-bottom:10px}
      .message{color:#d4351c;font-weight:700;display:block;margin-bottom:10px}
      input,select{font:inherit;border:2px solid #0b0c0c;padding:5px;height:40px}
      input.w20{width:100%;max-width:24em}input.w4{width:5.4em}input.w2{width:3.4em}
      fieldset{border:0;padding:0;margin:0 0 25px}
      .inline{display:inline-block;margin-right:20px}
      .button{font:inherit;background:#00703c;color:#fff;border:0;box-shadow:0 2px 0 #002d18;padding:8px 10px;cursor:pointer}
      .linkbutton{font:inherit;background:none;border:0;color:#1d70b8;text-decoration:underline;padding:0;cursor:pointer}
      .summary{border:5px solid #d4351c;padding:15px;margin-bottom:30px}.summary h2{margin-top:0}
      .summary a{color:#d4351c;font-weight:700}
      dl{margin:0 0 30px}dl div{display:flex;border-bottom:1px solid #b1b4b6;padding:10px 0}
      dt{font-weight:700;width:40%}dd{margin:0}
      .amount{font-size:36px;font-weight:700}
      """;

  private Html() {}

  /** A whole page. */
  static String page(String title, String lang, String body) {
    return "<!DOCTYPE html>\n<html lang=\"" + esc(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + esc(title) + " – GOV.UK Pay (sandbox)</title>\n<style>" + STYLE + "</style>\n</head>\n"
        + "<body>\n<a class=\"skip\" href=\"#main\">" + esc(PageText.t(lang, "Skip to main content")) + "</a>\n"
        + "<header><span class=\"logo\">GOV.UK</span> <span class=\"service\">Pay</span></header>\n"
        + "<main id=\"main\">\n<p class=\"banner\"><strong>" + esc(PageText.t(lang, "Sandbox:")) + "</strong> "
        + esc(PageText.t(lang, "this is a test payment page. No money will be taken.")) + "</p>\n" + body
        + "\n</main>\n</body>\n</html>\n";
  }

  /** HTML-escapes text for element content and attribute values. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Pence as pounds, e.g. {@code £12.50}. */
  static String money(long pence) {
    return String.format(Locale.UK, "£%d.%02d", pence / 100, pence % 100);
  }
}
