package io.github.councilplatform.sandbox.internal.onelogin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class OneLoginKeyRotationTest {
  private OneLoginHarness rp;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    rp = new OneLoginHarness(sandbox);
  }

  private List<String> kids() throws Exception {
    return JWKSet.parse(rp.get("/.well-known/jwks.json").body()).getKeys().stream().map(k -> k.getKeyID()).toList();
  }

  private String idTokenKid() throws Exception {
    String id = rp.token(rp.codeFor(rp.authParams(), "kenneth-decerqueira")).get("id_token").asText();
    return SignedJWT.parse(id).getHeader().getKeyID();
  }

  @Test
  void publishThenSwitchThenRetire(Sandbox sandbox) throws Exception {
    List<String> before = kids();
    String oldKid = idTokenKid();
    assertThat(before).hasSize(2).contains(oldKid);

    JsonNode published = OneLoginHarness.json(rp.admin("POST", "/keys/publish", null));
    assertThat(kids()).hasSize(4).containsAll(before);
    assertThat(idTokenKid()).as("still signing with the old key").isEqualTo(oldKid);
    assertThat(published.get("signing").get("ES256").asText()).isEqualTo(oldKid);

    rp.admin("POST", "/keys/use-new", null);
    String newKid = idTokenKid();
    assertThat(newKid).isNotEqualTo(oldKid);
    assertThat(kids()).hasSize(4).contains(oldKid, newKid);

    rp.admin("POST", "/keys/retire-old", null);
    assertThat(kids()).hasSize(2).contains(newKid).doesNotContain(oldKid);

    sandbox.reset();
    assertThat(kids()).containsExactlyElementsOf(before);
  }
}
