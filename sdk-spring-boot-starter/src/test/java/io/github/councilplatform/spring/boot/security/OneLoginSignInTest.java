package io.github.councilplatform.spring.boot.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.spring.boot.test.AutoConfigureCouncilPlatformSandbox;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sign-in, logout and back-channel logout through the starter's Spring Security configurer, in a real servlet
 * container, against the sandbox's One Login (which signs its tokens and delivers logout tokens for real). Each
 * "browser" is an HTTP client with its own cookies that follows no redirect on its own, so every hop is checked.
 */
@SpringBootTest(classes = SecuredTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"council-platform.one-login.trust-level=MEDIUM_IDENTITY",
        "council-platform.one-login.back-channel-logout.enabled=true"})
@AutoConfigureCouncilPlatformSandbox
class OneLoginSignInTest {

  private static final String RESIDENT = "kenneth-decerqueira";

  @Autowired Sandbox sandbox;
  @LocalServerPort int port;

  @BeforeEach
  void registerBackChannelLogout() throws Exception {
    admin("PUT", "/_sandbox/one-login/clients/" + sandbox.credentials().oneLogin().clientId(),
        "{\"backChannelLogoutUri\":\"" + app("/council-platform/one-login/back-channel-logout") + "\"}");
  }

  @AfterEach
  void clearErrors() throws Exception {
    admin("DELETE", "/_sandbox/one-login/errors", null);
  }

  @Test
  void signInPutsTheTypedVerifiedIdentityInThePrincipal() throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> protectedPage = browser.get(app("/identity"));
    assertThat(protectedPage.statusCode()).isEqualTo(302);
    assertThat(location(protectedPage)).endsWith("/oauth2/authorization/one-login");

    HttpResponse<String> done = browser.signIn();
    assertThat(done.statusCode()).isEqualTo(302);
    assertThat(location(done)).as("back to the page first asked for").contains("/identity");

    HttpResponse<String> identity = browser.get(app("/identity"));
    assertThat(identity.statusCode()).isEqualTo(200);
    assertThat(identity.body()).contains("family=Decerqueira", "born=1965-07-08", "postcode=BA2 5AA",
        "level=P2");
    assertThat(browser.get(app("/me")).body()).contains("sub=urn:fdc:gov.uk:2022:",
        "email=kenneth.decerqueira@example.com");
  }

  @Test
  void theAuthorizationRequestCarriesVtrClaimsPkceNonceAndUiLocales() throws Exception {
    Browser browser = new Browser();
    browser.get(app("/me"));
    String authorize = location(browser.get(app("/oauth2/authorization/one-login?lang=cy")));
    assertThat(authorize).startsWith(sandbox.baseUrl()).contains("vtr=", "Cl.Cm.P2", "code_challenge=",
        "code_challenge_method=S256", "nonce=", "ui_locales=cy", "claims=", "coreIdentityJWT");
  }

  @Test
  void aForgedIdTokenIsRefusedAndNobodyIsSignedIn() throws Exception {
    admin("PUT", "/_sandbox/one-login/errors", "{\"idTokenErrors\":[\"INVALID_SIGNATURE\"]}");
    Browser browser = new Browser();
    browser.get(app("/me"));
    HttpResponse<String> refused = browser.signIn();
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.body()).contains("Sign-in failed", "/oauth2/authorization/one-login");
    assertThat(browser.get(app("/me")).statusCode()).as("still signed out").isEqualTo(302);
  }

  @Test
  void aWrongIdentityCredentialIsRefusedAndNobodyIsSignedIn() throws Exception {
    admin("PUT", "/_sandbox/one-login/errors", "{\"coreIdentityErrors\":[\"INCORRECT_SUB\"]}");
    Browser browser = new Browser();
    browser.get(app("/identity"));
    assertThat(browser.signIn().statusCode()).isEqualTo(401);
    assertThat(browser.get(app("/identity")).statusCode()).isEqualTo(302);
  }

  @Test
  void aCallbackThisBrowserDidNotStartIsRefused() throws Exception {
    Browser attacker = new Browser();
    attacker.get(app("/me"));
    URI authorize = URI.create(location(attacker.get(app("/oauth2/authorization/one-login"))));
    URI callback = sandbox.oneLogin().signInAs(RESIDENT, authorize);
    Browser victim = new Browser();
    victim.get(app("/"));
    assertThat(victim.get(app(callback.getRawPath() + "?" + callback.getRawQuery())).statusCode()).isEqualTo(401);
    assertThat(victim.get(app("/me")).statusCode()).isEqualTo(302);
  }

  @Test
  void logoutEndsTheSessionHereAndAtOneLogin() throws Exception {
    Browser browser = new Browser();
    browser.get(app("/me"));
    browser.signIn();
    HttpResponse<String> logout = browser.logout();
    assertThat(logout.statusCode()).isEqualTo(302);
    URI endSession = URI.create(location(logout));
    assertThat(endSession.toString()).startsWith(sandbox.baseUrl() + "/logout").contains("id_token_hint=",
        "post_logout_redirect_uri=");
    assertThat(browser.get(app("/me")).statusCode()).as("signed out here").isEqualTo(302);
    HttpResponse<String> atOneLogin = browser.get(endSession.toString());
    assertThat(atOneLogin.statusCode()).isEqualTo(302);
    assertThat(location(atOneLogin)).as("One Login accepted the hint and sent the resident back")
        .startsWith(sandbox.credentials().oneLogin().postLogoutRedirectUri().toString());
  }

  @Test
  void backChannelLogoutEndsTheResidentsOtherSpringSessions() throws Exception {
    Browser laptop = new Browser();
    laptop.get(app("/me"));
    laptop.signIn();
    Browser phone = new Browser();
    phone.get(app("/me"));
    phone.signIn();
    assertThat(phone.get(app("/me")).statusCode()).isEqualTo(200);

    // The resident signs out on the laptop; One Login posts a logout token to the back-channel endpoint.
    laptop.get(location(laptop.logout()));
    awaitLogoutDelivered();

    HttpResponse<String> ended = phone.get(app("/me"));
    assertThat(ended.statusCode()).as("the phone's session was ended").isEqualTo(302);
    assertThat(phone.get(app("/me")).statusCode()).isEqualTo(302);
    assertThat(location(phone.get(app("/me")))).endsWith("/oauth2/authorization/one-login");
  }

  @Test
  void aForgedLogoutTokenIsRefusedAndEndsNothing() throws Exception {
    Browser phone = new Browser();
    phone.get(app("/me"));
    phone.signIn();
    HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(app("/council-platform/one-login/back-channel-logout")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("logout_token=eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).isIn(400, 401);
    assertThat(phone.get(app("/me")).statusCode()).isEqualTo(200);
  }

  private void awaitLogoutDelivered() throws Exception {
    // The sandbox delivers off its request thread, as One Login queues it: wait for the delivery's record.
    Instant giveUp = Instant.now().plusSeconds(20);
    while (Instant.now().isBefore(giveUp)) {
      String deliveries = admin("GET", "/_sandbox/one-login/back-channel-logouts", null);
      if (deliveries.contains("\"status\":200") || deliveries.contains("\"status\" : 200")) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no logout token was accepted by the back-channel endpoint: "
        + admin("GET", "/_sandbox/one-login/back-channel-logouts", null));
  }

  private String app(String path) {
    return "http://localhost:" + port + path;
  }

  private static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
        "no Location on a " + response.statusCode()));
  }

  private String admin(String method, String path, String json) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
        .header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isLessThan(300);
    return response.body();
  }

  /** A browser: its own cookie jar, and every redirect looked at before it is followed. */
  private final class Browser {

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    HttpResponse<String> get(String uri) throws IOException, InterruptedException {
      return http.send(HttpRequest.newBuilder(URI.create(uri)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Starts a sign-in, signs in at the sandbox's One Login, and brings the callback back to the app. */
    HttpResponse<String> signIn() throws IOException, InterruptedException {
      URI authorize = URI.create(location(get(app("/oauth2/authorization/one-login"))));
      URI callback = sandbox.oneLogin().signInAs(RESIDENT, authorize);
      return get(app(callback.getRawPath() + "?" + callback.getRawQuery()));
    }

    HttpResponse<String> logout() throws IOException, InterruptedException {
      Matcher csrf = Pattern.compile("csrf=(\\S+)").matcher(get(app("/me")).body());
      assertThat(csrf.find()).isTrue();
      return http.send(HttpRequest.newBuilder(URI.create(app("/logout")))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf.group(1),
              StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
