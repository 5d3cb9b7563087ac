package io.github.councilplatform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.core.RequestValidationException;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Builder validation and secret hygiene; nothing here touches the network. */
class ClientConfigurationTest {
  private static final String PEM = FakeOneLogin.pkcs8Pem(FakeOneLogin.CLIENT_KEY);

  OneLoginClient.Builder builder() {
    return OneLoginClient.builder().environment(OneLoginEnvironment.INTEGRATION).clientId("abc")
        .privateKeyPem(PEM).redirectUri(URI.create("https://council.example/callback"));
  }

  @Test
  void toStringNeverShowsTheKey() {
    String keyBody = PEM.split("\n")[3];
    OneLoginClient.Builder b = builder();
    OneLoginClient client = b.build();
    assertThat(client.toString()).contains("oidc.integration.account.gov.uk").contains("privateKey=****")
        .doesNotContain(keyBody);
    assertThat(b.toString()).contains("privateKey=****").doesNotContain(keyBody);
    assertThat(client.publicJwks()).contains("\"kty\":\"RSA\"").doesNotContain("\"d\"").doesNotContain("\"p\"");
  }

  @Test
  void environmentsHoldTheDocumentedEndpoints() {
    OneLoginEndpoints prod = OneLoginEnvironment.PRODUCTION.endpoints();
    assertThat(prod.issuer()).isEqualTo("https://oidc.account.gov.uk/");
    assertThat(prod.identityIssuer()).isEqualTo("https://identity.account.gov.uk/");
    assertThat(prod.didDocumentUrl()).hasToString("https://identity.account.gov.uk/.well-known/did.json");
    assertThat(prod.discoveryUrl()).hasToString("https://oidc.account.gov.uk/.well-known/openid-configuration");
    assertThat(OneLoginEnvironment.INTEGRATION.endpoints().identityIssuer())
        .isEqualTo("https://identity.integration.account.gov.uk/");
    OneLoginEndpoints sim = OneLoginEndpoints.simulator("http://127.0.0.1:3000");
    assertThat(sim.issuer()).isEqualTo("http://127.0.0.1:3000/");
    assertThat(sim.didDocumentUrl()).hasToString("http://127.0.0.1:3000/.well-known/did.json");
    assertThatThrownBy(() -> OneLoginEndpoints.of("ftp://x/", "https://y/", URI.create("https://y/did.json")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("issuer");
  }

  @Test
  void baseUrlMeansTheSandboxLayout() {
    OneLoginClient client = OneLoginClient.builder().baseUrl("http://localhost:3000").clientId("abc")
        .privateKeyPem(PEM).redirectUri(URI.create("http://localhost:8080/callback")).build();
    assertThat(client.toString()).contains("issuer=http://localhost:3000/")
        .contains("identityIssuer=http://localhost:3000/identity/");
    assertThat(OneLoginEndpoints.sandbox("http://127.0.0.1:9/").didDocumentUrl())
        .hasToString("http://127.0.0.1:9/identity/.well-known/did.json");
  }

  @Test
  void missingSettingsAreNamed() {
    assertThatThrownBy(() -> OneLoginClient.builder().clientId("a").privateKeyPem(PEM)
        .redirectUri(URI.create("https://x/cb")).build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("environment");
    assertThatThrownBy(() -> builder().clientId(" ").build()).hasMessageContaining("clientId");
    assertThatThrownBy(() -> builder().redirectUri(URI.create("/relative")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void privateKeyMustBePkcs8Rsa() {
    assertThatThrownBy(() -> builder().privateKeyPem("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE"
        + " KEY-----").build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pkcs8 -topk8");
    assertThatThrownBy(() -> builder().privateKeyPem("secret-not-a-key").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BEGIN PRIVATE KEY")
        .hasMessageNotContaining("secret-not-a-key");
    String ecPem = "-----BEGIN PRIVATE KEY-----\n" + java.util.Base64.getEncoder().encodeToString(
        uncheckedEcDer()) + "\n-----END PRIVATE KEY-----";
    assertThatThrownBy(() -> builder().privateKeyPem(ecPem).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RSA");
    // Environment variables often carry the PEM with literal \n sequences.
    assertThat(builder().privateKeyPem(PEM.replace("\n", "\\n")).build()).isNotNull();
  }

  private static byte[] uncheckedEcDer() {
    try {
      return FakeOneLogin.ID_KEY.toPrivateKey().getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void optionsAreValidated() {
    assertThatThrownBy(() -> SignInOptions.builder().identityClaims(IdentityClaim.ADDRESS).build())
        .isInstanceOf(RequestValidationException.class).hasMessageContaining("MEDIUM_IDENTITY");
    assertThatThrownBy(() -> SignInOptions.builder().maxAge(java.time.Duration.ofSeconds(-1)))
        .isInstanceOf(RequestValidationException.class);
    assertThat(SignInOptions.builder().trustLevel(TrustLevel.MEDIUM_IDENTITY).build().identityClaims())
        .containsExactly(IdentityClaim.CORE_IDENTITY);
    assertThat(TrustLevel.MEDIUM_IDENTITY.credentialTrust()).isEqualTo("Cl.Cm");
    assertThat(TrustLevel.MEDIUM_IDENTITY.identityLevel()).contains("P2");
    assertThat(TrustLevel.MEDIUM.identityLevel()).isEmpty();
    assertThat(TrustLevel.LOW.credentialTrust()).isEqualTo("Cl");
  }
}
