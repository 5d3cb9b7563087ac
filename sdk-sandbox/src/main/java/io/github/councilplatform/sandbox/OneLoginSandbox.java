package io.github.councilplatform.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resident's side of the sandbox's GOV.UK One Login, for tests: signing in without a browser, and the
 * seeded client's registration. Signing in goes through the provider's own pages ({@code /authorize}, then the
 * {@code /sign-in} form a person submits); the registration through {@code /_sandbox/one-login/clients/…}. Get
 * one from {@link Sandbox#oneLogin()}. Signing in uses the provider's own paths, so a fault queued with
 * {@code failNext(ONE_LOGIN, …)} applies to it as it would to a browser. Thread-safe.
 */
public final class OneLoginSandbox {
  private static final Pattern ERROR_MESSAGE = Pattern.compile("<p id=\"error-message\">([^<]*)</p>");
  private static final Pattern JOURNEY = Pattern.compile("[?&]journey=([^&]+)");

  private final AdminHttp http;
  private final String clientId;

  OneLoginSandbox(AdminHttp http, String clientId) {
    this.http = http;
    this.clientId = clientId;
  }

  /**
   * Signs in as a test resident from the start of a sign-in: the authorisation request URL your service would
   * send the browser to ({@code OneLoginClient}'s authorisation request). Returns where the browser would land:
   * your redirect URI with {@code code} and {@code state} (or {@code error} and {@code state}, for example
   * {@code access_denied} when the service asks for an identity the resident has not proved), ready for your
   * callback handler to finish sign-in. Each call is a new browser: no session is kept between calls. With
   * auto-approve on ({@link #autoApprove}), the auto-approved resident signs in instead, as in a browser.
   *
   * @param residentId a test resident's id ({@link SandboxCredentials.OneLogin#residents()})
   * @param start the authorisation request URL
   * @return the callback URL
   * @throws IllegalArgumentException when the provider rejects the request (its error page's message) or there is
   *     no such resident
   */
  public URI signInAs(String residentId, URI start) {
    Objects.requireNonNull(residentId, "residentId");
    return finish(start, Map.of("user", residentId, "action", "continue"), residentId);
  }

  /**
   * The resident presses "Cancel" on the sign-in page: returns your redirect URI with
   * {@code error=access_denied} and {@code state}.
   *
   * @param start the authorisation request URL
   * @return the callback URL
   */
  public URI cancelSignIn(URI start) {
    return finish(start, Map.of("action", "cancel"), null);
  }

  /**
   * Every later sign-in, in browsers too, completes at once as this resident, without the sign-in page
   * ({@code PUT /_sandbox/one-login/auto-approve}). Until {@link #stopAutoApprove()} or a reset.
   *
   * @param residentId a test resident's id
   */
  public void autoApprove(String residentId) {
    AdminHttp.Reply r = http.json("PUT", "/_sandbox/one-login/auto-approve",
        Map.of("user", Objects.requireNonNull(residentId, "residentId")), Map.of());
    if (r.status() != 200) {
      throw new IllegalArgumentException(r.message());
    }
  }

  /** Sign-ins show the sign-in page again ({@code DELETE /_sandbox/one-login/auto-approve}). */
  public void stopAutoApprove() {
    http.json("DELETE", "/_sandbox/one-login/auto-approve", null, Map.of());
  }

  /**
   * The redirect URIs registered for the seeded client now.
   *
   * @return the URIs, in registration order
   */
  public List<URI> redirectUris() {
    AdminHttp.Reply r = http.get("/_sandbox/one-login/clients/" + clientId, Map.of());
    if (r.status() != 200) {
      throw new IllegalStateException("The seeded client " + clientId + " is gone: " + r.message());
    }
    List<URI> out = new ArrayList<>();
    for (JsonNode u : r.json().path("redirectUris")) {
      out.add(URI.create(u.asText()));
    }
    return List.copyOf(out);
  }

  /**
   * Registers one more redirect URI for the seeded client (kept until a reset), so that a service on another
   * host or port can sign in ({@code PUT /_sandbox/one-login/clients/{id}} with every URI). Adding one that is
   * registered already changes nothing.
   *
   * @param redirectUri an absolute URI; it must match what your service sends exactly
   * @return the redirect URIs registered now
   * @throws IllegalArgumentException when the URI is not absolute
   */
  public List<URI> addRedirectUri(URI redirectUri) {
    Objects.requireNonNull(redirectUri, "redirectUri");
    List<URI> uris = new ArrayList<>(redirectUris());
    if (uris.contains(redirectUri)) {
      return List.copyOf(uris);
    }
    uris.add(redirectUri);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("redirectUris", uris.stream().map(URI::toString).toList());
    AdminHttp.Reply r = http.json("PUT", "/_sandbox/one-login/clients/" + clientId, body, Map.of());
    if (r.status() != 200) {
      throw new IllegalArgumentException(r.message());
    }
    return List.copyOf(uris);
  }

  private URI finish(URI start, Map<String, String> choice, String residentId) {
    Objects.requireNonNull(start, "start");
    AdminHttp.Reply authorize = http.get(start.toString(), Map.of());
    if (authorize.status() != 302 || authorize.location() == null) {
      String error = errorOf(authorize);
      throw new IllegalArgumentException("One Login did not start the sign-in: " + error
          + (error.contains("Invalid Redirect") ? ". Register it with sandbox.oneLogin().addRedirectUri(…); now "
              + "registered: " + redirectUris() : ""));
    }
    URI next = http.resolve(authorize.location());
    Matcher journey = JOURNEY.matcher(next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
    if (!next.getPath().equals("/sign-in") || !journey.find()) {
      // Auto-approve, or an error the provider sends back to the service: the redirect is the callback.
      return next;
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("journey", java.net.URLDecoder.decode(journey.group(1), java.nio.charset.StandardCharsets.UTF_8));
    form.putAll(choice);
    AdminHttp.Reply signIn = http.form("/sign-in", form, Map.of());
    if (signIn.status() == 302 && signIn.location() != null) {
      return http.resolve(signIn.location());
    }
    if (residentId != null && signIn.status() == 200) {
      throw new IllegalArgumentException("No test resident " + residentId + "; the residents are "
          + residents());
    }
    throw new IllegalArgumentException("One Login did not finish the sign-in: " + errorOf(signIn));
  }

  private static String errorOf(AdminHttp.Reply r) {
    Matcher m = ERROR_MESSAGE.matcher(r.body() == null ? "" : r.body());
    return "HTTP " + r.status() + (m.find() ? ": " + m.group(1).replace("&quot;", "\"").replace("&amp;", "&")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'") : "");
  }

  private List<String> residents() {
    List<String> ids = new ArrayList<>();
    for (JsonNode u : http.get("/_sandbox/one-login/users", Map.of()).json().path("users")) {
      ids.add(u.path("id").asText());
    }
    return ids;
  }

  @Override
  public String toString() {
    return "OneLoginSandbox{clientId=" + clientId + '}';
  }
}
