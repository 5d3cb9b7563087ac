package io.github.councilplatform.sandbox.onelogin;

import static io.github.councilplatform.sandbox.onelogin.Params.html;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.councilplatform.sandbox.internal.Responses;
import java.util.List;

/** The provider's HTML pages: plain, accessible (labels, fieldset and legend, error summary), no JavaScript. */
final class Pages {
  private Pages() {}

  static ResponseDefinition error(int status, String message) {
    return Responses.html(status, page("en", "Sorry, there is a problem",
        "<h1>Sorry, there is a problem</h1>\n<p>" + html(message) + "</p>\n"
            + "<p>This is the GOV.UK One Login sandbox. Nothing was sent back to the service.</p>"));
  }

  static ResponseDefinition signedOut(String message) {
    return Responses.html(200, page("en", "You have signed out",
        "<h1>You have signed out</h1>\n" + (message == null ? "" : "<p>" + html(message) + "</p>")));
  }

  /** The sign-in page: pick a test resident, or cancel. */
  static ResponseDefinition signIn(String journey, AuthRequest request, List<Resident> residents, String error) {
    boolean cy = "cy".equals(request.uiLocale());
    String title = cy ? "Mewngofnodi i GOV.UK One Login (blwch tywod)" : "Sign in to GOV.UK One Login (sandbox)";
    StringBuilder b = new StringBuilder();
    if (error != null) {
      b.append("<div role=\"alert\" aria-labelledby=\"error-summary-title\" tabindex=\"-1\">\n")
          .append("<h2 id=\"error-summary-title\">").append(cy ? "Mae problem wedi codi" : "There is a problem")
          .append("</h2>\n<ul><li><a href=\"#user-").append(html(residents.isEmpty() ? "" : residents.get(0).id()))
          .append("\">").append(html(error)).append("</a></li></ul>\n</div>\n");
    }
    b.append("<h1>").append(html(title)).append("</h1>\n");
    b.append("<p>").append(cy ? "Gwasanaeth: " : "Service: ").append("<code>").append(html(request.clientId()))
        .append("</code>. ").append(request.identityRequested()
            ? (cy ? "Mae'r gwasanaeth yn gofyn am brawf hunaniaeth (" : "The service asks for proof of identity (")
                + html(request.levelOfConfidence()) + ")."
            : (cy ? "Mewngofnodi yn unig." : "Sign-in only (no identity check)."))
        .append("</p>\n");
    b.append("<form method=\"post\" action=\"/sign-in\" novalidate>\n")
        .append("<input type=\"hidden\" name=\"journey\" value=\"").append(html(journey)).append("\">\n")
        .append("<fieldset>\n<legend><h2>")
        .append(cy ? "Dewiswch breswylydd prawf" : "Choose a test resident").append("</h2></legend>\n");
    boolean first = true;
    for (Resident r : residents) {
      String id = "user-" + r.id();
      b.append("<div>\n<input type=\"radio\" id=\"").append(html(id)).append("\" name=\"user\" value=\"")
          .append(html(r.id())).append("\"").append(first ? " checked" : "").append(" aria-describedby=\"")
          .append(html(id)).append("-hint\">\n<label for=\"").append(html(id)).append("\">")
          .append(html(r.displayName())).append("</label>\n<p id=\"").append(html(id)).append("-hint\">")
          .append(html(describe(r))).append("</p>\n</div>\n");
      first = false;
    }
    b.append("</fieldset>\n")
        .append("<button type=\"submit\" name=\"action\" value=\"continue\">")
        .append(cy ? "Parhau" : "Continue").append("</button>\n")
        .append("<button type=\"submit\" name=\"action\" value=\"cancel\">")
        .append(cy ? "Canslo (access_denied)" : "Cancel (returns access_denied)").append("</button>\n")
        .append("</form>\n");
    return Responses.html(200, page(request.uiLocale(), title, b.toString()));
  }

  private static String describe(Resident r) {
    StringBuilder d = new StringBuilder("Born " + r.birthDate() + ". ");
    if (r.identityProven()) {
      d.append("Identity proven (P2)");
      if (!r.passports().isEmpty()) {
        d.append(" with a passport");
      }
      if (!r.drivingPermits().isEmpty()) {
        d.append(" with a driving licence");
      }
      d.append(". ").append(r.addresses().size()).append(" address(es).");
    } else if (!r.returnCodes().isEmpty()) {
      d.append("Identity check failed, return codes ").append(String.join(", ", r.returnCodes())).append('.');
    } else {
      d.append("Has not proved their identity (sign-in only).");
    }
    return d.toString();
  }

  private static String page(String lang, String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"" + html(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + html(title)
        + " - GOV.UK One Login</title>\n</head>\n<body>\n<header><p>GOV.UK One Login <strong>sandbox</strong></p>"
        + "</header>\n<main id=\"main-content\">\n" + body + "</main>\n</body>\n</html>\n";
  }
}
