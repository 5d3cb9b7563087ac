package io.github.councilplatform.sandbox.onelogin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import io.github.councilplatform.sandbox.SandboxFault;
import io.github.councilplatform.sandbox.SandboxPlatformId;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class OneLoginAdminTest {
  private OneLoginHarness rp;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    rp = new OneLoginHarness(sandbox);
  }

  @Test
  void resetForgetsClientsErrorsAutoApproveAndCodes(Sandbox sandbox) {
    rp.admin("PUT", "/auto-approve", "{\"user\":\"kenneth-decerqueira\"}");
    rp.admin("PUT", "/errors", "{\"authoriseErrors\":[\"ACCESS_DENIED\"]}");
    rp.admin("PUT", "/clients/" + rp.clientId, "{\"pkceEnforced\":true}");
    rp.admin("DELETE", "/errors", null);
    rp.admin("DELETE", "/clients/" + rp.clientId, null);
    assertThat(rp.authorize(rp.authParams()).statusCode()).as("client deleted").isEqualTo(400);
    sandbox.reset();
    JsonNode overview = OneLoginHarness.json(rp.admin("GET", "/", null));
    assertThat(overview.get("autoApprove").isNull()).isTrue();
    assertThat(overview.get("errors").get("authoriseErrors")).isEmpty();
    assertThat(overview.get("clients").get(0).get("pkceEnforced").asBoolean()).isFalse();
    assertThat(OneLoginHarness.location(rp.authorize(rp.authParams()))).contains("/sign-in?journey=");
  }

  @Test
  void customResidentCanSignInAndProveIdentity() {
    String body = "{\"id\":\"pat-jones\",\"givenNames\":[\"Pat\"],\"familyName\":\"Jones\","
        + "\"birthDate\":\"1970-01-31\",\"addresses\":[{\"postalCode\":\"SW1A 2AA\",\"addressCountry\":\"GB\"}]}";
    assertThat(rp.admin("POST", "/users", body).statusCode()).isEqualTo(201);
    assertThat(rp.admin("POST", "/users", body).statusCode()).isEqualTo(400);
    assertThat(rp.admin("POST", "/users", "{\"id\":\"x\"}").statusCode()).isEqualTo(400);
    JsonNode t = rp.token(rp.codeFor(rp.identityParams(), "pat-jones"));
    JsonNode u = OneLoginHarness.json(rp.get("/userinfo", t.get("access_token").asText()));
    assertThat(u.get(OneLoginHarness.VOCAB + "address").get(0).get("postalCode").asText()).isEqualTo("SW1A 2AA");
    assertThat(u.get(OneLoginHarness.CORE_IDENTITY).asText()).isNotBlank();
  }

  @Test
  void clientRegistrationIsValidated() throws Exception {
    assertThat(rp.admin("POST", "/clients", "{\"redirectUris\":[\"https://rp.example.com/cb\"]}").statusCode())
        .as("no key").isEqualTo(400);
    assertThat(rp.admin("POST", "/clients", "{\"redirectUris\":[\"not a uri\"],\"jwksUrl\":\"https://x.example/j\"}")
        .statusCode()).isEqualTo(400);
    assertThat(rp.admin("PUT", "/clients/" + rp.clientId, "{\"idTokenSigningAlgorithm\":\"HS256\"}").statusCode())
        .isEqualTo(400);
    String pem = "-----BEGIN PUBLIC KEY-----\n" + java.util.Base64.getMimeEncoder().encodeToString(
        rp.clientKey.toRSAPublicKey().getEncoded()) + "\n-----END PUBLIC KEY-----";
    try {
      pem = pem.replace("\r", "");
      HttpResponse<String> r = rp.admin("POST", "/clients", OneLoginHarness.JSON.writeValueAsString(Map.of(
          "clientId", "pem-client", "redirectUris", List.of("https://rp.example.com/cb"), "publicKey", pem)));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      assertThat(OneLoginHarness.json(r).get("publicKeySource").asText()).isEqualTo("STATIC");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void injectedPlatformFaultsUseOAuthErrorBodies(Sandbox sandbox) {
    sandbox.failNext(SandboxPlatformId.ONE_LOGIN, SandboxFault.SERVER_ERROR, 1);
    HttpResponse<String> r = rp.postForm("/token", rp.tokenForm("x", rp.assertion()));
    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(OneLoginHarness.json(r).get("error").asText()).isEqualTo("server_error");
  }

  @Test
  void signedRequestObjectIsHonoured() throws Exception {
    JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(rp.clientId).audience(rp.base + "/authorize")
        .expirationTime(new Date(System.currentTimeMillis() + 300_000))
        .claim("response_type", "code").claim("scope", "openid email").claim("client_id", rp.clientId)
        .claim("redirect_uri", rp.redirectUri).claim("state", "jar-state").claim("nonce", "jar-nonce")
        .claim("vtr", List.of("Cl.Cm")).claim("ui_locales", "cy").build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS512), claims);
    jwt.sign(new RSASSASigner(rp.clientKey));
    Map<String, String> q = new java.util.LinkedHashMap<>();
    q.put("response_type", "code");
    q.put("scope", "openid email");
    q.put("client_id", rp.clientId);
    q.put("request", jwt.serialize());
    HttpResponse<String> r = rp.authorize(q);
    String page = OneLoginHarness.location(r);
    assertThat(page).contains("/sign-in?journey=");
    assertThat(rp.get(page).body()).contains("lang=\"cy\"");
    String journey = OneLoginHarness.query(page).get("journey");
    String back = OneLoginHarness.location(rp.postForm("/sign-in", Map.of("journey", journey,
        "user", "kenneth-decerqueira")));
    assertThat(OneLoginHarness.query(back)).containsEntry("state", "jar-state").containsKey("code");

    SignedJWT forged = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
    forged.sign(new RSASSASigner(new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).generate()));
    q.put("request", forged.serialize());
    // oidc-api AuthorisationHandler.java:307-309: a bad signature is a bare 400 "Validation failed", no redirect.
    HttpResponse<String> refused = rp.authorize(q);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Validation failed");
  }
}
