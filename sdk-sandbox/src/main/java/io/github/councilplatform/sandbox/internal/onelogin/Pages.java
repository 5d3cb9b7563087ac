package io.github.councilplatform.sandbox.internal.onelogin;

import static io.github.councilplatform.sandbox.internal.Html.escape;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.councilplatform.sandbox.internal.GovukStyle;
import io.github.councilplatform.sandbox.internal.Responses;
import java.util.List;

/**
 * The provider's HTML pages in the GOV.UK Design System's look (the stylesheet the Pay pages use): the
 * sign-in page where the integrator picks a test resident (which is also the identity choice when the service
 * asks for proof of identity), the error pages and the signed-out page. Accessible (labels, fieldset and legend,
 * error summary), no JavaScript, no external assets.
 */
final class Pages {
  private Pages() {}

  static ResponseDefinition error(int status, String message) {
    return Responses.html(status, page("en", "Sorry, there is a problem",
        "<h1>Sorry, there is a problem</h1>\n<p id=\"error-message\">" + escape(message) + "</p>\n"
            + "<div class=\"inset\"><p>This is the GOV.UK One Login sandbox. Nothing was sent back to the"
            + " service.</p></div>\n"));
  }

  /**
   * The page for a redirect URI the client did not register. The real provider shows only "Invalid Redirect in
   * request"; the sandbox adds what the developer needs to fix it: the URIs that are registered and how to add
   * one (the admin path and the Java helper).
   */
  static ResponseDefinition redirectMismatch(ClientRegistration client, String redirectUri) {
    // With no redirect_uri at all, the instructions show where the service's own callback URI goes.
    String wanted = redirectUri == null ? "https://your-service.example/callback" : redirectUri;
    StringBuilder b = new StringBuilder();
    b.append("<h1>Sorry, there is a problem</h1>\n<p id=\"error-message\">Invalid Redirect in request ")
        .append(escape(redirectUri)).append("</p>\n")
        .append("<p>The service asked to come back to <code id=\"requested-redirect-uri\">")
        .append(escape(redirectUri == null ? "(no redirect_uri)" : redirectUri)).append("</code>, which is not")
        .append(" registered for client <code>").append(escape(client.clientId())).append("</code>.</p>\n")
        .append("<h2>Registered redirect URIs</h2>\n<ul class=\"list\" id=\"registered-redirect-uris\">\n");
    for (String uri : client.redirectUris()) {
      b.append("<li><code>").append(escape(uri)).append("</code></li>\n");
    }
    b.append("</ul>\n<p>The redirect URI must match one of these exactly: scheme, host, port and path.</p>\n")
        .append("<h2>How to add one</h2>\n<p>In Java:</p>\n<p><code id=\"add-redirect-java\">sandbox.oneLogin()")
        .append(".addRedirectUri(URI.create(\"").append(escape(wanted)).append("\"))</code></p>\n")
        .append("<p>Over HTTP (any language), send every URI you want registered:</p>\n")
        .append("<p><code id=\"add-redirect-http\">PUT /_sandbox/one-login/clients/").append(escape(client.clientId()))
        .append(" {\"redirectUris\": [");
    List<String> all = new java.util.ArrayList<>(client.redirectUris());
    all.add(wanted);
    for (int i = 0; i < all.size(); i++) {
      b.append(i == 0 ? "" : ", ").append("\"").append(escape(all.get(i))).append("\"");
    }
    b.append("]}</code></p>\n<div class=\"inset\"><p>On the real GOV.UK One Login, redirect URIs are part of")
        .append(" your client's registration: change them in the GOV.UK One Login admin tool.</p></div>\n");
    return Responses.html(400, page("en", "Sorry, there is a problem", b.toString()));
  }

  static ResponseDefinition signedOut(String message) {
    return Responses.html(200, page("en", "You have signed out",
        "<h1>You have signed out</h1>\n" + (message == null ? "" : "<p>" + escape(message) + "</p>\n")
            + "<p>You have signed out of GOV.UK One Login.</p>\n"
            + "<div class=\"inset\"><p>This is the GOV.UK One Login sandbox. Close the page, or go back to the"
            + " service to sign in again.</p></div>\n"));
  }

  /** The sign-in page: pick a test resident, or cancel. */
  static ResponseDefinition signIn(String journey, AuthRequest request, List<Resident> residents, String error) {
    boolean cy = "cy".equals(request.uiLocale());
    String title = cy ? "Mewngofnodi i GOV.UK One Login (blwch tywod)" : "Sign in to GOV.UK One Login (sandbox)";
    StringBuilder b = new StringBuilder();
    if (error != null) {
      b.append("<div class=\"summary\" role=\"alert\" aria-labelledby=\"error-summary-title\" tabindex=\"-1\">\n")
          .append("<h2 id=\"error-summary-title\">").append(cy ? "Mae problem wedi codi" : "There is a problem")
          .append("</h2>\n<ul class=\"list\"><li><a href=\"#user-")
          .append(escape(residents.isEmpty() ? "" : residents.get(0).id()))
          .append("\">").append(escape(error)).append("</a></li></ul>\n</div>\n");
    }
    b.append("<h1>").append(escape(title)).append("</h1>\n");
    b.append("<p>").append(cy ? "Gwasanaeth: " : "Service: ").append("<code>").append(escape(request.clientId()))
        .append("</code></p>\n");
    if (request.identityRequested()) {
      b.append("<div class=\"inset\" id=\"identity-requested\"><p>")
          .append(cy ? "Mae'r gwasanaeth yn gofyn am brawf hunaniaeth (" : "The service asks for proof of identity (")
          .append(escape(request.levelOfConfidence())).append(cy ? "). Dewiswch breswylydd sydd wedi profi pwy ydyn nhw,"
              + " neu un y methodd eu gwiriad." : "). Choose a resident who has proved their identity, or one whose"
              + " check failed.").append("</p></div>\n");
    } else {
      b.append("<p>").append(cy ? "Mewngofnodi yn unig (dim gwiriad hunaniaeth)."
          : "Sign-in only (no identity check).").append("</p>\n");
    }
    b.append("<form method=\"post\" action=\"/sign-in\" novalidate>\n")
        .append("<input type=\"hidden\" name=\"journey\" value=\"").append(escape(journey)).append("\">\n")
        .append("<div class=\"group").append(error == null ? "" : " error").append("\">\n")
        .append("<fieldset>\n<legend class=\"heading\">")
        .append(cy ? "Dewiswch breswylydd prawf" : "Choose a test resident").append("</legend>\n");
    if (error != null) {
      b.append("<span class=\"message\"><span class=\"skip\">Error:</span> ").append(escape(error)).append("</span>\n");
    }
    b.append("<div class=\"radios\">\n");
    boolean first = true;
    for (Resident r : residents) {
      String id = "user-" + r.id();
      b.append("<div class=\"item\">\n<input type=\"radio\" id=\"").append(escape(id)).append("\" name=\"user\" value=\"")
          .append(escape(r.id())).append("\"").append(first ? " checked" : "").append(" aria-describedby=\"")
          .append(escape(id)).append("-hint\">\n<label for=\"").append(escape(id)).append("\">")
          .append(escape(r.displayName())).append(" <span class=\"hint\">(").append(escape(r.email()))
          .append(")</span></label>\n<div class=\"hint\" id=\"").append(escape(id)).append("-hint\">")
          .append(escape(describe(r))).append("</div>\n</div>\n");
      first = false;
    }
    b.append("</div>\n</fieldset>\n</div>\n")
        .append("<button class=\"button\" type=\"submit\" name=\"action\" value=\"continue\">")
        .append(cy ? "Parhau" : "Continue").append("</button>\n")
        .append("<button class=\"button secondary\" type=\"submit\" name=\"action\" value=\"cancel\">")
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
    boolean cy = "cy".equals(lang);
    return "<!DOCTYPE html>\n<html lang=\"" + escape(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
        + " - GOV.UK One Login</title>\n<style>" + GovukStyle.CSS + "</style>\n</head>\n<body>\n"
        + "<a class=\"skip\" href=\"#main-content\">" + (cy ? "Neidio i'r prif gynnwys" : "Skip to main content")
        + "</a>\n<header><span class=\"logo\">GOV.UK</span> <span class=\"service\">One Login</span></header>\n"
        + "<main id=\"main-content\">\n<p class=\"phase\"><strong class=\"tag\">"
        + (cy ? "Blwch tywod" : "Sandbox") + "</strong>"
        + (cy ? "Dyma'r blwch tywod. Preswylwyr prawf yn unig." : "This is a test service: only test residents"
            + " sign in here, and nothing is real.") + "</p>\n" + body + "</main>\n</body>\n</html>\n";
  }
}
