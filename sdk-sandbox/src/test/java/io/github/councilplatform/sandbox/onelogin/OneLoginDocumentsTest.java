package io.github.councilplatform.sandbox.onelogin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.RSAKey;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class OneLoginDocumentsTest {
  private OneLoginHarness rp;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    rp = new OneLoginHarness(sandbox);
  }

  @Test
  void sandboxInfoDescribesTheSeededClientAndResidents() throws Exception {
    JsonNode info = rp.info;
    assertThat(info.get("issuer").asText()).isEqualTo(rp.base + "/");
    assertThat(info.get("clientId").asText()).hasSize(32);
    assertThat(info.get("identityIssuer").asText()).isEqualTo(rp.base + "/identity/");
    assertThat(info.get("didUrl").asText()).isEqualTo(rp.base + "/identity/.well-known/did.json");
    assertThat(info.get("privateKeyPem").asText()).startsWith("-----BEGIN PRIVATE KEY-----");
    assertThat(rp.clientKey.toRSAPublicKey().getModulus().bitLength()).isEqualTo(2048);
    assertThat(info.get("postLogoutRedirectUri").asText()).isNotBlank();
    List<String> users = OneLoginHarness.jsonStrings(info.get("users"));
    assertThat(users).contains("kenneth-decerqueira", "failed-identity-check");
    JsonNode first = OneLoginHarness.json(rp.admin("GET", "/users", null)).get("users").get(0);
    assertThat(first.get("id").asText()).isEqualTo(users.get(0));
    assertThat(first.get("identityProven").asBoolean()).isTrue();
  }

  @Test
  void keysAreStableAcrossReset(Sandbox sandbox) throws Exception {
    String pem = rp.info.get("privateKeyPem").asText();
    String jwks = rp.get("/.well-known/jwks.json").body();
    sandbox.reset();
    OneLoginHarness again = new OneLoginHarness(sandbox);
    assertThat(again.info.get("privateKeyPem").asText()).isEqualTo(pem);
    assertThat(again.get("/.well-known/jwks.json").body()).isEqualTo(jwks);
  }

  @Test
  void discoveryMatchesTheRealProvider() {
    HttpResponse<String> r = rp.get("/.well-known/openid-configuration");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Cache-Control")).contains("max-age=86400");
    JsonNode d = OneLoginHarness.json(r);
    assertThat(d.get("issuer").asText()).isEqualTo(rp.base + "/");
    assertThat(d.get("token_endpoint").asText()).isEqualTo(rp.base + "/token");
    assertThat(d.get("end_session_endpoint").asText()).isEqualTo(rp.base + "/logout");
    assertThat(OneLoginHarness.jsonStrings(d.get("token_endpoint_auth_signing_alg_values_supported")))
        .containsExactly("RS256", "RS384", "RS512", "PS256", "PS384", "PS512");
    assertThat(OneLoginHarness.jsonStrings(d.get("code_challenge_methods_supported"))).containsExactly("S256");
    assertThat(OneLoginHarness.jsonStrings(d.get("ui_locales_supported"))).containsExactly("en", "cy");
    assertThat(d.get("backchannel_logout_supported").asBoolean()).isTrue();
    assertThat(d.get("backchannel_logout_session_supported").asBoolean()).isFalse();
    assertThat(OneLoginHarness.jsonStrings(d.get("claims_supported"))).contains(OneLoginHarness.CORE_IDENTITY);
    assertThat(d.get("trustmarks").asText()).isEqualTo(rp.base + "/trustmark");
  }

  /**
   * The members and their order follow WellknownHandler.java:84-130 and its approved fixture
   * (oidc-api WellknownHandlerTest.shouldReturnExpectedResponseBody.approved.json); scopes_supported holds only
   * the standard scopes (ValidScopes.java:91-98, WellknownHandler.java:99), registration_endpoint is
   * {@code <base>/connect/register} (WellknownHandler.java:94).
   */
  @Test
  void discoveryHasTheRealMembersInTheRealOrder() {
    JsonNode d = OneLoginHarness.json(rp.get("/.well-known/openid-configuration"));
    List<String> names = new ArrayList<>();
    d.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("authorization_endpoint", "token_endpoint", "registration_endpoint",
        "issuer", "jwks_uri", "scopes_supported", "response_types_supported", "grant_types_supported",
        "code_challenge_methods_supported", "token_endpoint_auth_methods_supported",
        "token_endpoint_auth_signing_alg_values_supported", "ui_locales_supported", "service_documentation",
        "op_policy_uri", "op_tos_uri", "request_parameter_supported", "trustmarks", "subject_types_supported",
        "userinfo_endpoint", "end_session_endpoint", "id_token_signing_alg_values_supported",
        "claim_types_supported", "claims_supported", "request_uri_parameter_supported",
        "backchannel_logout_supported", "backchannel_logout_session_supported");
    assertThat(OneLoginHarness.jsonStrings(d.get("scopes_supported")))
        .containsExactly("openid", "email", "phone", "offline_access");
    assertThat(d.get("registration_endpoint").asText()).isEqualTo(rp.base + "/connect/register");
    assertThat(OneLoginHarness.jsonStrings(d.get("grant_types_supported"))).containsExactly("authorization_code");
    assertThat(OneLoginHarness.jsonStrings(d.get("claim_types_supported"))).containsExactly("normal");
  }

  @Test
  void jwksPublishesEs256AndRs256KeysWithKidUseAndAlg() throws Exception {
    HttpResponse<String> r = rp.get("/.well-known/jwks.json");
    assertThat(r.headers().firstValue("Cache-Control")).contains("max-age=86400");
    JsonNode keys = OneLoginHarness.json(r).get("keys");
    List<String> algs = new ArrayList<>();
    for (JsonNode k : keys) {
      assertThat(k.get("kid").asText()).matches("[0-9a-f]{64}");
      assertThat(k.get("use").asText()).isEqualTo("sig");
      assertThat(k.has("d")).as("no private part").isFalse();
      algs.add(k.get("alg").asText());
    }
    assertThat(algs).containsExactlyInAnyOrder("ES256", "RS256");
    assertThat(RSAKey.parse(keys.get(1).toString()).isPrivate()).isFalse();
  }

  @Test
  void didDocumentIsUnderTheSeparateIdentityIssuer() {
    HttpResponse<String> r = rp.get(rp.info.get("didUrl").asText());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Cache-Control")).contains("max-age=3600, private");
    JsonNode doc = OneLoginHarness.json(r);
    String id = doc.get("id").asText();
    assertThat(id).startsWith("did:web:127.0.0.1%3A").endsWith(":identity");
    JsonNode method = doc.get("assertionMethod").get(0);
    assertThat(method.get("id").asText()).startsWith(id + "#");
    assertThat(method.get("controller").asText()).isEqualTo(id);
    assertThat(method.get("type").asText()).isEqualTo("JsonWebKey");
    assertThat(method.get("publicKeyJwk").get("crv").asText()).isEqualTo("P-256");
    assertThat(method.get("publicKeyJwk").has("d")).isFalse();
  }

  @Test
  void trustmarkListsTheLevels() {
    JsonNode t = OneLoginHarness.json(rp.get("/trustmark"));
    assertThat(t.get("idp").asText()).isEqualTo(rp.base + "/");
    assertThat(OneLoginHarness.jsonStrings(t.get("C"))).containsExactly("Cl", "Cl.Cm");
    assertThat(OneLoginHarness.jsonStrings(t.get("P"))).contains("P2");
  }
}
