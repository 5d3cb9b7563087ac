package io.github.councilplatform.sandbox.pay;

import static io.github.councilplatform.sandbox.pay.Html.esc;
import static io.github.councilplatform.sandbox.pay.PageText.t;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.councilplatform.sandbox.internal.Responses;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hosted payment pages behind {@code next_url}: the single-use token link sets a session cookie and
 * starts the payment, then the card-details form (card number, expiry, CVC, name, billing address), the
 * confirm page, the cancel button, and finally the redirect to the service's {@code return_url}. The sandbox
 * test cards decide the outcome. Plain, accessible HTML without JavaScript.
 */
final class PaymentPages {
  static final String COOKIE = "pay_sandbox_session";
  private static final Map<String, String> COUNTRIES = countries();

  private final PayEngine engine;
  /** Session id → the payments its browser may see. */
  private final Map<String, Set<String>> sessions = new ConcurrentHashMap<>();

  PaymentPages(PayEngine engine) {
    this.engine = engine;
  }

  void reset() {
    sessions.clear();
  }

  static boolean handles(String path) {
    return path.equals("/secure") || path.startsWith("/secure/") || path.startsWith("/card_details/");
  }

  ResponseDefinition handle(String path, Request request) {
    boolean post = request.getMethod().equals(RequestMethod.POST);
    if (path.startsWith("/secure")) {
      String token = path.startsWith("/secure/") ? path.substring("/secure/".length())
          : post ? form(request).get("chargeTokenId") : null;
      return enter(token, request);
    }
    String[] parts = path.substring("/card_details/".length()).split("/");
    Payment p = engine.find(parts[0]);
    if (p == null || !allowed(request, p)) {
      return expiredSession();
    }
    String action = parts.length > 1 ? parts[1] : "";
    return switch (action) {
      case "" -> post ? submitCard(p, form(request)) : cardForm(p, Map.of(), Map.of());
      case "confirm" -> post ? confirm(p) : confirmPage(p);
      case "cancel" -> post ? cancel(p) : notFound();
      default -> notFound();
    };
  }

  /** Spends the token, remembers the payment in the browser's session and sends the user to the right page. */
  private ResponseDefinition enter(String token, Request request) {
    Payment p = engine.redeemChargeToken(token);
    if (p == null) {
      // A spent token only works again in the browser that spent it (its session cookie).
      Payment spent = engine.spentChargeToken(token);
      return spent != null && allowed(request, spent) ? see("/card_details/" + spent.id) : expiredSession();
    }
    String session = sessionId(request);
    boolean fresh = session == null;
    if (fresh) {
      session = PayIds.token();
    }
    sessions.computeIfAbsent(session, s -> ConcurrentHashMap.newKeySet()).add(p.id);
    engine.start(p);
    String location = "/card_details/" + p.id;
    if (fresh) {
      return Responses.of(303, new byte[0], new HttpHeader("Location", location),
          new HttpHeader("Set-Cookie", COOKIE + "=" + session + "; Path=/; HttpOnly; SameSite=Lax"));
    }
    return Responses.of(303, new byte[0], new HttpHeader("Location", location));
  }

  private ResponseDefinition cardForm(Payment p, Map<String, String> values, Map<String, String> errors) {
    synchronized (p.account) {
      if (!"created".equals(p.status) && !"started".equals(p.status)) {
        return "submitted".equals(p.status) ? see("/card_details/" + p.id + "/confirm") : finished(p);
      }
    }
    Map<String, String> v = new LinkedHashMap<>(values);
    if (values.isEmpty()) {
      v.put("cardholderName", p.prefilledName);
      if (p.prefilledAddress != null) {
        v.put("addressLine1", p.prefilledAddress.line1());
        v.put("addressLine2", p.prefilledAddress.line2());
        v.put("addressCity", p.prefilledAddress.city());
        v.put("addressPostcode", p.prefilledAddress.postcode());
        v.put("addressCountry", p.prefilledAddress.country());
      }
    }
    String lang = p.language;
    StringBuilder b = new StringBuilder();
    if (!errors.isEmpty()) {
      b.append("<div class=\"summary\" role=\"alert\" aria-labelledby=\"error-summary-title\" tabindex=\"-1\">")
          .append("<h2 id=\"error-summary-title\">").append(esc(t(lang, "There is a problem"))).append("</h2><ul>");
      errors.forEach((field, msg) -> b.append("<li><a href=\"#").append(field).append("\">").append(esc(t(lang, msg)))
          .append("</a></li>"));
      b.append("</ul></div>");
    }
    b.append("<h1>").append(esc(t(lang, "Enter card details"))).append("</h1>")
        .append("<dl><div><dt>").append(esc(t(lang, "Payment for"))).append("</dt><dd id=\"payment-description\">")
        .append(esc(p.description)).append("</dd></div><div><dt>").append(esc(t(lang, "Total amount")))
        .append("</dt><dd class=\"amount\" id=\"amount\">")
        .append(Html.money(p.amount)).append("</dd></div></dl>")
        .append("<form method=\"post\" action=\"/card_details/").append(p.id).append("\" novalidate>")
        .append(input(lang, "cardNo", "Card number", "Accepted cards: Visa, Mastercard, American Express", v, errors,
            "cc-number", "w20", "numeric"))
        .append(expiry(lang, v, errors))
        .append(input(lang, "cardholderName", "Name on card", null, v, errors, "cc-name", "w20", null))
        .append(input(lang, "cvc", "Card security code", "The last 3 digits on the back of the card", v, errors,
            "cc-csc", "w4", "numeric"))
        .append("<fieldset><legend class=\"legend\">").append(esc(t(lang, "Billing address")))
        .append("</legend>").append(country(lang, v))
        .append(input(lang, "addressLine1", "Address line 1", null, v, errors, "address-line1", "w20", null))
        .append(input(lang, "addressLine2", "Address line 2 (optional)", null, v, errors, "address-line2", "w20", null))
        .append(input(lang, "addressCity", "Town or city", null, v, errors, "address-level2", "w20", null))
        .append(input(lang, "addressPostcode", "Postcode", null, v, errors, "postal-code", "w4", null))
        .append("</fieldset>")
        .append("<button class=\"button\" type=\"submit\" id=\"submit-card-details\">")
        .append(esc(t(lang, "Continue"))).append("</button></form>")
        .append(cancelForm(p));
    return Responses.html(200, Html.page(t(lang, "Enter card details"), lang, b.toString()));
  }

  private ResponseDefinition submitCard(Payment p, Map<String, String> f) {
    synchronized (p.account) {
      if (!"created".equals(p.status) && !"started".equals(p.status)) {
        return cardForm(p, Map.of(), Map.of());
      }
    }
    Map<String, String> errors = new LinkedHashMap<>();
    String number = TestCards.normalise(f.get("cardNo"));
    if (!number.matches("\\d{12,19}") || !(TestCards.known(number) || TestCards.luhn(number))) {
      errors.put("cardNo", number.isEmpty() ? "Enter a card number" : "Enter a valid card number");
    }
    String month = trim(f.get("expiryMonth"));
    String year = trim(f.get("expiryYear"));
    YearMonth expiry = expiry(month, year);
    if (expiry == null) {
      errors.put("expiryMonth", "Enter a valid expiry date");
    } else if (engine.cardHasExpired(expiry)) {
      errors.put("expiryMonth", "Enter a valid expiry date. The card has expired");
    }
    String name = trim(f.get("cardholderName"));
    if (name.isEmpty()) {
      errors.put("cardholderName", "Enter the name as it appears on the card");
    } else if (name.length() > 255) {
      errors.put("cardholderName", "Card holder name must be 255 characters or fewer");
    }
    if (!trim(f.get("cvc")).matches("\\d{3,4}")) {
      errors.put("cvc", "Enter a valid card security code");
    }
    if (trim(f.get("addressLine1")).isEmpty()) {
      errors.put("addressLine1", "Enter a building name or number and street");
    }
    if (trim(f.get("addressCity")).isEmpty()) {
      errors.put("addressCity", "Enter a town or city");
    }
    String postcode = trim(f.get("addressPostcode"));
    if (postcode.isEmpty() || postcode.length() > 25) {
      errors.put("addressPostcode", "Enter a valid postcode");
    }
    if (!errors.isEmpty()) {
      return cardForm(p, f, errors);
    }
    String country = COUNTRIES.containsKey(f.get("addressCountry")) ? f.get("addressCountry") : "GB";
    String line2 = trim(f.get("addressLine2"));
    Card card = new Card(number, TestCards.brand(number), TestCards.type(number),
        String.format("%02d/%02d", expiry.getMonthValue(), expiry.getYear() % 100), name,
        new Card.Address(trim(f.get("addressLine1")), line2.isEmpty() ? null : line2, postcode,
            trim(f.get("addressCity")), country));
    return switch (engine.authorise(p, card)) {
      case AUTHORISED -> see("/card_details/" + p.id + "/confirm");
      case DECLINED, ERROR -> finished(p);
    };
  }

  private ResponseDefinition confirmPage(Payment p) {
    Card c;
    synchronized (p.account) {
      if (!"submitted".equals(p.status)) {
        return "created".equals(p.status) || "started".equals(p.status) ? see("/card_details/" + p.id)
            : finished(p);
      }
      c = p.card;
    }
    String lang = p.language;
    StringBuilder b = new StringBuilder("<h1>").append(esc(t(lang, "Confirm your payment"))).append("</h1><dl>")
        .append(row(t(lang, "Payment for"), esc(p.description)))
        .append(row(t(lang, "Total amount"), "<span class=\"amount\">" + Html.money(p.amount) + "</span>"))
        .append(row(t(lang, "Card number"), "•••• •••• •••• " + esc(c.lastDigits())))
        .append(row(t(lang, "Expiry date"), esc(c.expiryDate())))
        .append(row(t(lang, "Name on card"), esc(c.cardholderName())))
        .append(row(t(lang, "Billing address"), esc(c.address().line1()) + ", " + esc(c.address().city()) + ", "
            + esc(c.address().postcode())));
    if (p.email != null) {
      b.append(row(t(lang, "Confirmation email"), esc(p.email)));
    }
    b.append("</dl><form method=\"post\" action=\"/card_details/").append(p.id).append("/confirm\">")
        .append("<button class=\"button\" type=\"submit\" id=\"confirm\">").append(esc(t(lang, "Confirm payment")))
        .append("</button></form>").append(cancelForm(p));
    return Responses.html(200, Html.page(t(lang, "Confirm your payment"), lang, b.toString()));
  }

  private ResponseDefinition confirm(Payment p) {
    engine.confirm(p);
    synchronized (p.account) {
      if ("success".equals(p.status) || "capturable".equals(p.status)) {
        return see(p.returnUrl);
      }
    }
    return confirmPage(p);
  }

  private ResponseDefinition cancel(Payment p) {
    engine.cancelByUser(p);
    return finished(p);
  }

  /** The page for a payment that can no longer be paid: declined, error, cancelled, expired or done. */
  private ResponseDefinition finished(Payment p) {
    String title;
    String text;
    synchronized (p.account) {
      String code = p.code == null ? "" : p.code;
      switch (p.status + code) {
        case "failedP0010" -> {
          title = "Your payment has been declined";
          text = "No money has been taken from your account.";
        }
        case "failedP0030" -> {
          title = "Your payment has been cancelled";
          text = "No money has been taken from your account.";
        }
        case "failedP0020" -> {
          title = "Your payment session has expired";
          text = "No money has been taken from your account.";
        }
        case "cancelledP0040" -> {
          title = "Your payment has been cancelled by the service";
          text = "No money has been taken from your account.";
        }
        case "errorP0050" -> {
          title = "We’re experiencing technical problems";
          text = "No money has been taken from your account. Please try again later.";
        }
        default -> {
          title = "Your payment is complete";
          text = "You have already paid.";
        }
      }
    }
    String lang = p.language;
    String body = "<h1>" + esc(t(lang, title)) + "</h1><p>" + esc(t(lang, text)) + "</p><p><a href=\""
        + esc(p.returnUrl) + "\" id=\"return-url\">" + esc(t(lang, "Go back to the service")) + "</a></p>";
    return Responses.html(200, Html.page(t(lang, title), lang, body));
  }

  private ResponseDefinition expiredSession() {
    return Responses.html(400, Html.page("Your payment session has expired", "en",
        "<h1>Your payment session has expired</h1><p>This payment link has already been used or does not exist."
            + " No money has been taken from your account. Go back to the service to try again.</p>"));
  }

  private static ResponseDefinition notFound() {
    return Responses.html(404, Html.page("Page not found", "en", "<h1>Page not found</h1>"));
  }

  private static ResponseDefinition see(String location) {
    return Responses.of(303, new byte[0], new HttpHeader("Location", location));
  }

  private boolean allowed(Request request, Payment p) {
    String session = sessionId(request);
    Set<String> ids = session == null ? null : sessions.get(session);
    return ids != null && ids.contains(p.id);
  }

  private static String sessionId(Request request) {
    String cookies = request.getHeader("Cookie");
    if (cookies == null) {
      return null;
    }
    for (String c : cookies.split(";")) {
      String t = c.trim();
      if (t.startsWith(COOKIE + "=")) {
        return t.substring(COOKIE.length() + 1);
      }
    }
    return null;
  }

  private static Map<String, String> form(Request request) {
    Map<String, String> out = new LinkedHashMap<>();
    String body = request.getBodyAsString();
    if (body == null || body.isEmpty()) {
      return out;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.put(k, v);
    }
    return out;
  }

  private static YearMonth expiry(String month, String year) {
    if (!month.matches("\\d{1,2}") || !(year.matches("\\d{2}") || year.matches("\\d{4}"))) {
      return null;
    }
    int m = Integer.parseInt(month);
    int y = Integer.parseInt(year);
    if (m < 1 || m > 12) {
      return null;
    }
    return YearMonth.of(y < 100 ? 2000 + y : y, m);
  }

  private static String trim(String s) {
    return s == null ? "" : s.trim();
  }

  private static String row(String key, String valueHtml) {
    return "<div><dt>" + esc(key) + "</dt><dd>" + valueHtml + "</dd></div>";
  }

  private static String cancelForm(Payment p) {
    String lang = p.language;
    return "<form method=\"post\" action=\"/card_details/" + p.id + "/cancel\"><p>"
        + "<button class=\"linkbutton\" type=\"submit\" id=\"cancel-payment\">" + esc(t(lang, "Cancel payment")) + "</button></p></form>";
  }

  private static String input(String lang, String name, String label, String hint, Map<String, String> v,
      Map<String, String> errors, String autocomplete, String width, String inputMode) {
    String error = errors.get(name);
    StringBuilder b = new StringBuilder("<div class=\"group").append(error != null ? " error" : "").append("\">")
        .append("<label for=\"").append(name).append("\">").append(esc(t(lang, label))).append("</label>");
    String describedBy = "";
    if (hint != null) {
      b.append("<div class=\"hint\" id=\"").append(name).append("-hint\">").append(esc(t(lang, hint))).append("</div>");
      describedBy = name + "-hint";
    }
    if (error != null) {
      b.append("<span class=\"message\" id=\"").append(name).append("-error\"><span class=\"skip\">")
          .append(esc(t(lang, "Error:"))).append("</span> ").append(esc(t(lang, error))).append("</span>");
      describedBy = (describedBy + " " + name + "-error").trim();
    }
    b.append("<input class=\"").append(width).append("\" id=\"").append(name).append("\" name=\"").append(name)
        .append("\" type=\"text\" autocomplete=\"").append(autocomplete).append("\" value=\"")
        .append(esc(name.equals("cardNo") || name.equals("cvc") ? "" : v.get(name))).append("\"");
    if (inputMode != null) {
      b.append(" inputmode=\"").append(inputMode).append("\" spellcheck=\"false\"");
    }
    if (!describedBy.isEmpty()) {
      b.append(" aria-describedby=\"").append(describedBy).append("\"");
    }
    if (error != null) {
      b.append(" aria-invalid=\"true\"");
    }
    return b.append("></div>").toString();
  }

  private static String expiry(String lang, Map<String, String> v, Map<String, String> errors) {
    String error = errors.get("expiryMonth");
    StringBuilder b = new StringBuilder("<div class=\"group").append(error != null ? " error" : "").append("\">")
        .append("<fieldset role=\"group\" aria-describedby=\"expiry-hint")
        .append(error != null ? " expiry-error" : "").append("\"><legend class=\"legend\">")
        .append(esc(t(lang, "Expiry date"))).append("</legend><div class=\"hint\" id=\"expiry-hint\">")
        .append(esc(t(lang, "For example, 10/30"))).append("</div>");
    if (error != null) {
      b.append("<span class=\"message\" id=\"expiry-error\"><span class=\"skip\">").append(esc(t(lang, "Error:")))
          .append("</span> ").append(esc(t(lang, error))).append("</span>");
    }
    b.append("<div class=\"inline\"><label for=\"expiryMonth\">" + esc(t(lang, "Month")) + "</label><input class=\"w2\" id=\"expiryMonth\"")
        .append(" name=\"expiryMonth\" type=\"text\" inputmode=\"numeric\" autocomplete=\"cc-exp-month\" value=\"")
        .append(esc(v.get("expiryMonth"))).append("\"></div>")
        .append("<div class=\"inline\"><label for=\"expiryYear\">" + esc(t(lang, "Year")) + "</label><input class=\"w4\" id=\"expiryYear\"")
        .append(" name=\"expiryYear\" type=\"text\" inputmode=\"numeric\" autocomplete=\"cc-exp-year\" value=\"")
        .append(esc(v.get("expiryYear"))).append("\"></div></fieldset></div>");
    return b.toString();
  }

  private static String country(String lang, Map<String, String> v) {
    String selected = COUNTRIES.containsKey(v.get("addressCountry")) ? v.get("addressCountry") : "GB";
    StringBuilder b = new StringBuilder("<div class=\"group\"><label for=\"addressCountry\">")
        .append(esc(t(lang, "Country or territory"))).append("</label><select id=\"addressCountry\" name=\"addressCountry\" autocomplete=\"country\">");
    COUNTRIES.forEach((code, name) -> b.append("<option value=\"").append(code).append("\"")
        .append(code.equals(selected) ? " selected" : "").append(">").append(esc(t(lang, name))).append("</option>"));
    return b.append("</select></div>").toString();
  }

  private static Map<String, String> countries() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("GB", "United Kingdom");
    m.put("IE", "Ireland");
    m.put("FR", "France");
    m.put("DE", "Germany");
    m.put("ES", "Spain");
    m.put("NL", "Netherlands");
    m.put("US", "United States");
    m.put("CA", "Canada");
    m.put("AU", "Australia");
    return m;
  }
}
