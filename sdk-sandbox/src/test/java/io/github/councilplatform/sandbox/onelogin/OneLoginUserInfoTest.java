package io.github.councilplatform.sandbox.onelogin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class OneLoginUserInfoTest {
  private OneLoginHarness rp;
  private Sandbox sandbox;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    this.sandbox = sandbox;
    rp = new OneLoginHarness(sandbox);
  }

  private JsonNode userInfo(Map<String, String> params, String user) {
    JsonNode t = rp.token(rp.codeFor(params, user));
    HttpResponse<String> r = rp.get("/userinfo", t.get("access_token").asText());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return OneLoginHarness.json(r);
  }

  /** Verifies a core identity JWT as the docs say: ES256, DID key by kid, controller = DID id. */
  JWTClaimsSet verifyCoreIdentity(String jwt) throws Exception {
    SignedJWT parsed = SignedJWT.parse(jwt);
    assertThat(parsed.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
    String kid = parsed.getHeader().getKeyID();
    JsonNode did = OneLoginHarness.json(rp.get(rp.info.get("didUrl").asText()));
    assertThat(kid.substring(0, kid.indexOf('#'))).isEqualTo(did.get("id").asText());
    JsonNode method = did.get("assertionMethod").get(0);
    assertThat(method.get("id").asText()).isEqualTo(kid);
    ECKey key = ECKey.parse(method.get("publicKeyJwk").toString());
    assertThat(parsed.verify(new ECDSAVerifier(key))).isTrue();
    return parsed.getJWTClaimsSet();
  }

  @Test
  void scopesGiveEmailAndPhone() {
    JsonNode u = userInfo(rp.authParams(), "kenneth-decerqueira");
    assertThat(u.get("sub").asText()).startsWith("urn:fdc:gov.uk:2022:");
    assertThat(u.get("email").asText()).isEqualTo("kenneth.decerqueira@example.com");
    assertThat(u.get("email_verified").asBoolean()).isTrue();
    assertThat(u.get("phone_number").asText()).startsWith("+44");
    assertThat(u.get("phone_number_verified").asBoolean()).isTrue();
    assertThat(u.has(OneLoginHarness.CORE_IDENTITY)).isFalse();
    Map<String, String> p = rp.authParams();
    p.put("scope", "openid");
    JsonNode bare = userInfo(p, "kenneth-decerqueira");
    assertThat(bare.has("email")).isFalse();
  }

  @Test
  void identityJourneyGivesAVerifiableCoreIdentityAndDocuments() throws Exception {
    JsonNode t = rp.token(rp.codeFor(rp.identityParams(), "kenneth-decerqueira"));
    SignedJWT id = SignedJWT.parse(t.get("id_token").asText());
    assertThat(id.getJWTClaimsSet().getStringClaim("vot")).as("credential part only").isEqualTo("Cl.Cm");
    JsonNode u = OneLoginHarness.json(rp.get("/userinfo", t.get("access_token").asText()));
    JWTClaimsSet core = verifyCoreIdentity(u.get(OneLoginHarness.CORE_IDENTITY).asText());
    assertThat(core.getIssuer()).isEqualTo(rp.base + "/identity/").isNotEqualTo(rp.base + "/");
    assertThat(core.getAudience()).containsExactly(rp.clientId);
    assertThat(core.getSubject()).isEqualTo(id.getJWTClaimsSet().getSubject()).isEqualTo(u.get("sub").asText());
    assertThat(core.getStringClaim("vot")).isEqualTo("P2");
    assertThat(Duration.between(core.getIssueTime().toInstant(), core.getExpirationTime().toInstant()))
        .isEqualTo(Duration.ofMinutes(30));
    Map<String, Object> vc = core.getJSONObjectClaim("vc");
    assertThat(vc.toString()).contains("IdentityCheckCredential", "Kenneth", "Decerqueira", "1965-07-08");
    assertThat(u.get(OneLoginHarness.VOCAB + "address").get(0).get("postalCode").asText()).isEqualTo("BA2 5AA");
    assertThat(u.get(OneLoginHarness.VOCAB + "passport").get(0).get("documentNumber").asText()).isEqualTo("321654987");
    assertThat(u.has(OneLoginHarness.VOCAB + "drivingPermit")).isFalse();
    assertThat(u.get(OneLoginHarness.VOCAB + "returnCode").size()).isZero();
  }

  @Test
  void drivingLicenceResidentHasADrivingPermitAndTwoAddresses() throws Exception {
    JsonNode u = userInfo(rp.identityParams(), "sarah-meredyth-morgan");
    assertThat(u.get(OneLoginHarness.VOCAB + "drivingPermit").get(0).get("issuedBy").asText()).isEqualTo("DVLA");
    assertThat(u.get(OneLoginHarness.VOCAB + "address")).hasSize(2);
    assertThat(verifyCoreIdentity(u.get(OneLoginHarness.CORE_IDENTITY).asText()).toString()).contains("Meredyth");
  }

  @Test
  void failedIdentityCheckGivesReturnCodesAndNoCoreIdentity() {
    JsonNode u = userInfo(rp.identityParams(), "failed-identity-check");
    assertThat(u.has(OneLoginHarness.CORE_IDENTITY)).isFalse();
    assertThat(u.get(OneLoginHarness.VOCAB + "returnCode").get(0).get("code").asText()).isEqualTo("X");
  }

  @Test
  void pairwiseSubjectsDifferBetweenClients() throws Exception {
    String sub1 = userInfo(rp.authParams(), "kenneth-decerqueira").get("sub").asText();
    String body = "{\"clientId\":\"second\",\"redirectUris\":[\"" + rp.redirectUri + "\"],\"publicKey\":"
        + rp.clientKey.toPublicJWK().toJSONString() + "}";
    assertThat(rp.admin("POST", "/clients", body).statusCode()).isEqualTo(201);
    Map<String, String> p = rp.authParams();
    p.put("client_id", "second");
    String code = rp.codeFor(p, "kenneth-decerqueira");
    String a = OneLoginHarness.assertion("second", rp.clientKey, JWSAlgorithm.RS256, rp.base + "/token",
        java.time.Instant.now(sandbox.clock()).plusSeconds(60), java.util.UUID.randomUUID().toString());
    JsonNode t = OneLoginHarness.json(rp.postForm("/token", rp.tokenForm(code, a)));
    String sub2 = OneLoginHarness.json(rp.get("/userinfo", t.get("access_token").asText())).get("sub").asText();
    assertThat(sub2).startsWith("urn:fdc:gov.uk:2022:").isNotEqualTo(sub1);
  }

  @Test
  void badOrMissingBearerIs401WithWwwAuthenticate() {
    HttpResponse<String> none = rp.get("/userinfo");
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    HttpResponse<String> bad = rp.get("/userinfo", "nonsense");
    assertThat(bad.statusCode()).isEqualTo(401);
    assertThat(bad.headers().firstValue("WWW-Authenticate"))
        .contains("Bearer error=\"invalid_token\", error_description=\"Invalid access token\"");
  }

  /**
   * Only a missing Authorization header is a bare {@code Bearer} challenge (oidc-api UserInfoHandler MISSING_TOKEN);
   * a header that is not a bearer token fails parsing as invalid_token (AccessTokenService.java:53-59).
   */
  @Test
  void aNonBearerAuthorizationIsAnInvalidToken() throws Exception {
    HttpResponse<String> basic = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
        .newBuilder(java.net.URI.create(rp.base + "/userinfo")).header("Authorization", "Basic dXNlcjpwYXNz").GET()
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(basic.statusCode()).isEqualTo(401);
    assertThat(basic.headers().firstValue("WWW-Authenticate"))
        .contains("Bearer error=\"invalid_token\", error_description=\"Invalid access token\"");
  }

  @Test
  void accessTokenExpiresAfter180Seconds() {
    JsonNode t = rp.token(rp.codeFor(rp.authParams(), "kenneth-decerqueira"));
    sandbox.advanceClock(Duration.ofSeconds(181));
    assertThat(rp.get("/userinfo", t.get("access_token").asText()).statusCode()).isEqualTo(401);
  }
}
