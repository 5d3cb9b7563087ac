package io.github.councilplatform.sandbox.onelogin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.claims.LogoutTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.LogoutTokenValidator;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class OneLoginLogoutTest {
  private OneLoginHarness rp;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    rp = new OneLoginHarness(sandbox);
  }

  private String idToken() {
    return rp.token(rp.codeFor(rp.authParams(), "kenneth-decerqueira")).get("id_token").asText();
  }

  private HttpResponse<String> logout(String hint, String target) {
    Map<String, String> p = new java.util.LinkedHashMap<>();
    p.put("id_token_hint", hint);
    p.put("post_logout_redirect_uri", target);
    p.put("state", "bye");
    return rp.get("/logout?" + OneLoginHarness.encode(p));
  }

  @Test
  void logoutRedirectsToTheRegisteredUriWithState() {
    HttpResponse<String> r = logout(idToken(), rp.info.get("postLogoutRedirectUri").asText());
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(OneLoginHarness.location(r)).isEqualTo(rp.info.get("postLogoutRedirectUri").asText() + "?state=bye");
  }

  @Test
  void unregisteredUriOrForgedHintGoesToTheProvidersErrorPage() {
    HttpResponse<String> r = logout(idToken(), "https://evil.example.com/out");
    String loc = OneLoginHarness.location(r);
    assertThat(loc).startsWith(rp.base + "/sign-in/error?");
    assertThat(OneLoginHarness.query(loc)).containsEntry("error_code", "invalid_request")
        .containsEntry("error_description", "client registry does not contain post_logout_redirect_uri");
    assertThat(rp.get(loc).statusCode()).isEqualTo(400);
    String forged = idToken();
    forged = forged.substring(0, forged.lastIndexOf('.') + 1) + "AAAA";
    assertThat(OneLoginHarness.location(logout(forged, rp.info.get("postLogoutRedirectUri").asText())))
        .startsWith(rp.base + "/sign-in/error?");
  }

  @Test
  void expiredHintIsStillAccepted(Sandbox sandbox) {
    String hint = idToken();
    sandbox.advanceClock(Duration.ofHours(2));
    assertThat(OneLoginHarness.location(logout(hint, rp.info.get("postLogoutRedirectUri").asText())))
        .endsWith("?state=bye");
  }

  /**
   * oidc-api LogoutRequest.java:69-76 takes the session from the cookie before it checks the parameters, and
   * LogoutService.handleLogout destroys it even when it shows the error page: the browser is signed out and its
   * clients get their logout tokens.
   */
  @Test
  void theBrowsersSessionEndsEvenWhenTheLogoutRequestIsInError(Sandbox sandbox) throws Exception {
    OneLoginHarness browser = new OneLoginHarness(sandbox, true);
    try (JwksServer peer = new JwksServer()) {
      browser.admin("PUT", "/clients/" + browser.clientId, "{\"backChannelLogoutUri\":\""
          + peer.url("/back-channel-logout") + "\"}");
      String hint = browser.token(browser.codeFor(browser.authParams(), "kenneth-decerqueira")).get("id_token")
          .asText();
      Map<String, String> q = new java.util.LinkedHashMap<>();
      q.put("id_token_hint", hint);
      q.put("post_logout_redirect_uri", "https://evil.example.com/out");
      assertThat(OneLoginHarness.location(browser.get("/logout?" + OneLoginHarness.encode(q))))
          .startsWith(browser.base + "/sign-in/error?");
      assertThat(peer.nextLogoutBody()).as("logout token delivered").startsWith("logout_token=");
    }
  }

  @Test
  void withoutHintGoesToTheDefaultSignedOutPage() {
    HttpResponse<String> r = rp.get("/logout");
    assertThat(OneLoginHarness.location(r)).isEqualTo(rp.base + "/sign-in/signed-out");
    assertThat(rp.get(OneLoginHarness.location(r)).body()).contains("You have signed out");
  }

  @Test
  void backChannelLogoutTokenIsDeliveredAndValidatesWithAStandardValidator() throws Exception {
    try (JwksServer peer = new JwksServer()) {
      String uri = peer.url("/back-channel-logout");
      assertThat(rp.admin("PUT", "/clients/" + rp.clientId, "{\"backChannelLogoutUri\":\"" + uri + "\"}")
          .statusCode()).isEqualTo(200);
      // An RS256 client still gets ES256 logout tokens.
      rp.admin("PUT", "/clients/" + rp.clientId, "{\"idTokenSigningAlgorithm\":\"RS256\"}");
      String hint = idToken();
      String sub = SignedJWT.parse(hint).getJWTClaimsSet().getSubject();
      logout(hint, rp.info.get("postLogoutRedirectUri").asText());
      String body = peer.nextLogoutBody();
      assertThat(body).as("logout token delivered").isNotNull().startsWith("logout_token=");
      assertThat(peer.contentTypes.get(0)).isEqualTo("application/x-www-form-urlencoded");
      SignedJWT token = SignedJWT.parse(OneLoginHarness.query("?" + body).get("logout_token"));
      assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
      assertThat(token.getHeader().getType().toString()).isEqualTo("logout+jwt");
      JWTClaimsSet c = token.getJWTClaimsSet();
      assertThat(c.getClaim("sid")).isNull();
      assertThat(c.getJWTID()).isNotBlank();
      assertThat(Duration.between(c.getIssueTime().toInstant(), c.getExpirationTime().toInstant()))
          .isEqualTo(Duration.ofSeconds(120));
      LogoutTokenValidator validator = new LogoutTokenValidator(new Issuer(rp.base + "/"),
          new ClientID(rp.clientId), JWSAlgorithm.ES256, JWKSet.parse(rp.get("/.well-known/jwks.json").body()));
      LogoutTokenClaimsSet claims = validator.validate(token);
      assertThat(claims.getSubject().getValue()).isEqualTo(sub);
      JsonNode deliveries = OneLoginHarness.json(rp.admin("GET", "/back-channel-logouts", null)).get("deliveries");
      for (int i = 0; i < 50 && deliveries.isEmpty(); i++) {
        Thread.sleep(20);
        deliveries = OneLoginHarness.json(rp.admin("GET", "/back-channel-logouts", null)).get("deliveries");
      }
      assertThat(deliveries.get(0).get("status").asInt()).isEqualTo(200);
      // The session is over: a second logout sends nothing more.
      logout(hint, rp.info.get("postLogoutRedirectUri").asText());
      assertThat(peer.logoutBodies.poll(300, java.util.concurrent.TimeUnit.MILLISECONDS)).isNull();
    }
  }

  @Test
  void browserSessionIsSharedAcrossClientsAndLogoutNotifiesThemAll(Sandbox sandbox) throws Exception {
    OneLoginHarness browser = new OneLoginHarness(sandbox, true);
    try (JwksServer peer = new JwksServer()) {
      String uri = peer.url("/back-channel-logout");
      browser.admin("PUT", "/clients/" + browser.clientId, "{\"backChannelLogoutUri\":\"" + uri + "\"}");
      String second = "{\"clientId\":\"second\",\"redirectUris\":[\"" + browser.redirectUri + "\"],"
          + "\"backChannelLogoutUri\":\"" + uri + "\",\"publicKey\":" + browser.clientKey.toPublicJWK().toJSONString()
          + "}";
      assertThat(browser.admin("POST", "/clients", second).statusCode()).isEqualTo(201);
      String first = browser.token(browser.codeFor(browser.authParams(), "kenneth-decerqueira")).get("id_token")
          .asText();
      Map<String, String> p = browser.authParams();
      p.put("client_id", "second");
      String code = browser.codeFor(p, "kenneth-decerqueira");
      String a = OneLoginHarness.assertion("second", browser.clientKey, JWSAlgorithm.RS256, browser.base + "/token",
          java.time.Instant.now(sandbox.clock()).plusSeconds(60), java.util.UUID.randomUUID().toString());
      String other = OneLoginHarness.json(browser.postForm("/token", browser.tokenForm(code, a))).get("id_token")
          .asText();
      String sid1 = SignedJWT.parse(first).getJWTClaimsSet().getStringClaim("sid");
      assertThat(SignedJWT.parse(other).getJWTClaimsSet().getStringClaim("sid")).isEqualTo(sid1);

      Map<String, String> q = new java.util.LinkedHashMap<>();
      q.put("id_token_hint", first);
      q.put("post_logout_redirect_uri", browser.info.get("postLogoutRedirectUri").asText());
      browser.get("/logout?" + OneLoginHarness.encode(q));
      java.util.Set<String> audiences = new java.util.HashSet<>();
      for (int i = 0; i < 2; i++) {
        String body = peer.nextLogoutBody();
        assertThat(body).isNotNull();
        audiences.addAll(SignedJWT.parse(OneLoginHarness.query("?" + body).get("logout_token")).getJWTClaimsSet()
            .getAudience());
      }
      assertThat(audiences).containsExactlyInAnyOrder(browser.clientId, "second");
      // A new sign-in after logout starts a new session.
      String after = browser.token(browser.codeFor(browser.authParams(), "kenneth-decerqueira")).get("id_token")
          .asText();
      assertThat(SignedJWT.parse(after).getJWTClaimsSet().getStringClaim("sid")).isNotEqualTo(sid1);
    }
  }

  @Test
  void browserSessionEndsAfterAnHourIdle(Sandbox sandbox) throws Exception {
    OneLoginHarness browser = new OneLoginHarness(sandbox, true);
    String first = browser.token(browser.codeFor(browser.authParams(), "kenneth-decerqueira")).get("id_token").asText();
    String again = browser.token(browser.codeFor(browser.authParams(), "kenneth-decerqueira")).get("id_token").asText();
    String sid = SignedJWT.parse(first).getJWTClaimsSet().getStringClaim("sid");
    assertThat(SignedJWT.parse(again).getJWTClaimsSet().getStringClaim("sid")).isEqualTo(sid);
    sandbox.advanceClock(Duration.ofMinutes(61));
    String later = browser.token(browser.codeFor(browser.authParams(), "kenneth-decerqueira")).get("id_token").asText();
    assertThat(SignedJWT.parse(later).getJWTClaimsSet().getStringClaim("sid")).isNotEqualTo(sid);
  }
}
