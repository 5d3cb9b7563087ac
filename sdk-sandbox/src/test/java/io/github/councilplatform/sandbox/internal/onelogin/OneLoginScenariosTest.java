package io.github.councilplatform.sandbox.internal.onelogin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ExtendWith(SandboxExtension.class)
class OneLoginScenariosTest {
  private OneLoginHarness rp;
  private Sandbox sandbox;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    this.sandbox = sandbox;
    rp = new OneLoginHarness(sandbox);
  }

  private void inject(String kind, String name) {
    assertThat(rp.admin("PUT", "/errors", "{\"" + kind + "\":[\"" + name + "\"]}").statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @EnumSource(Scenarios.Authorise.class)
  void authoriseErrorsRedirectWithTheirCode(Scenarios.Authorise error) {
    inject("authoriseErrors", error.name());
    Map<String, String> q = OneLoginHarness.query(OneLoginHarness.location(rp.authorize(rp.authParams())));
    assertThat(q).containsEntry("error", error.name().toLowerCase()).containsEntry("state", "state-123");
    assertThat(rp.admin("DELETE", "/errors", null).statusCode()).isEqualTo(200);
    assertThat(OneLoginHarness.location(rp.authorize(rp.authParams()))).contains("/sign-in?journey=");
  }

  /** Validates the ID token like a careful RP: Nimbus IDTokenValidator plus the One Login vot check. */
  private void validateIdToken(String idToken) throws Exception {
    JWKSet jwks = JWKSet.parse(rp.get("/.well-known/jwks.json").body());
    IDTokenValidator v = new IDTokenValidator(new Issuer(rp.base + "/"), new ClientID(rp.clientId),
        JWSAlgorithm.ES256, jwks);
    v.setMaxClockSkew(30);
    JWTClaimsSet c = v.validate(SignedJWT.parse(idToken), new Nonce("nonce-456")).toJWTClaimsSet();
    if (!"Cl.Cm".equals(c.getStringClaim("vot"))) {
      throw new IllegalStateException("vot " + c.getStringClaim("vot"));
    }
  }

  @Test
  void cleanIdTokenValidates() throws Exception {
    validateIdToken(rp.token(rp.codeFor(rp.authParams(), "kenneth-decerqueira")).get("id_token").asText());
  }

  @ParameterizedTest
  @EnumSource(Scenarios.IdToken.class)
  void everyIdTokenErrorIsCaughtByAStandardValidator(Scenarios.IdToken error) {
    inject("idTokenErrors", error.name());
    String idToken = rp.token(rp.codeFor(rp.authParams(), "kenneth-decerqueira")).get("id_token").asText();
    assertThatThrownBy(() -> validateIdToken(idToken)).isInstanceOf(Exception.class);
  }

  /** Checks a core identity JWT as the One Login docs say; throws on the first problem. */
  private void validateCoreIdentity(String jwt, String expectedSub) throws Exception {
    SignedJWT parsed = SignedJWT.parse(jwt);
    if (!JWSAlgorithm.ES256.equals(parsed.getHeader().getAlgorithm())) {
      throw new IllegalStateException("alg");
    }
    JsonNode did = OneLoginHarness.json(rp.get(rp.info.get("didUrl").asText()));
    JsonNode method = did.get("assertionMethod").get(0);
    if (!method.get("id").asText().equals(parsed.getHeader().getKeyID())) {
      throw new IllegalStateException("kid");
    }
    if (!parsed.verify(new ECDSAVerifier(ECKey.parse(method.get("publicKeyJwk").toString())))) {
      throw new IllegalStateException("signature");
    }
    JWTClaimsSet c = parsed.getJWTClaimsSet();
    if (!c.getIssuer().equals(rp.info.get("identityIssuer").asText())) {
      throw new IllegalStateException("iss");
    }
    if (!c.getAudience().contains(rp.clientId)) {
      throw new IllegalStateException("aud");
    }
    if (!c.getSubject().equals(expectedSub)) {
      throw new IllegalStateException("sub");
    }
    if (!c.getExpirationTime().toInstant().isAfter(Instant.now(sandbox.clock()))) {
      throw new IllegalStateException("exp");
    }
  }

  private String[] coreIdentityAndSub() {
    JsonNode t = rp.token(rp.codeFor(rp.identityParams(), "kenneth-decerqueira"));
    JsonNode u = OneLoginHarness.json(rp.get("/userinfo", t.get("access_token").asText()));
    return new String[] {u.get(OneLoginHarness.CORE_IDENTITY).asText(), u.get("sub").asText()};
  }

  @Test
  void cleanCoreIdentityValidates() throws Exception {
    String[] c = coreIdentityAndSub();
    validateCoreIdentity(c[0], c[1]);
  }

  @ParameterizedTest
  @EnumSource(Scenarios.CoreIdentity.class)
  void everyCoreIdentityErrorIsDetectable(Scenarios.CoreIdentity error) {
    inject("coreIdentityErrors", error.name());
    String[] c = coreIdentityAndSub();
    assertThatThrownBy(() -> validateCoreIdentity(c[0], c[1])).isInstanceOf(Exception.class);
  }

  @Test
  void unknownScenarioIsABadRequest() {
    assertThat(rp.admin("PUT", "/errors", "{\"idTokenErrors\":[\"MAKE_IT_WORSE\"]}").statusCode()).isEqualTo(400);
  }
}
