package io.github.councilplatform.sandbox.onelogin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.identity.AuthorizationErrorException;
import io.github.councilplatform.identity.IdentityClaim;
import io.github.councilplatform.identity.OneLoginClient;
import io.github.councilplatform.identity.SignInOptions;
import io.github.councilplatform.identity.SignInResult;
import io.github.councilplatform.identity.SignInStart;
import io.github.councilplatform.identity.TokenValidationException;
import io.github.councilplatform.identity.TrustLevel;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The SDK's own {@link OneLoginClient} against the sandbox, unattended (auto-approve). */
@ExtendWith(SandboxExtension.class)
class OneLoginSdkClientTest {
  private OneLoginHarness rp;
  private OneLoginClient client;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    rp = new OneLoginHarness(sandbox);
    client = OneLoginClient.builder().baseUrl(sandbox.baseUrl()).clientId(rp.clientId)
        .privateKeyPem(rp.info.get("privateKeyPem").asText()).redirectUri(URI.create(rp.redirectUri))
        .postLogoutRedirectUri(URI.create(rp.info.get("postLogoutRedirectUri").asText()))
        .clock(sandbox.clock()).build();
    rp.admin("PUT", "/auto-approve", "{\"user\":\"kenneth-decerqueira\"}");
  }

  private SignInResult signIn(SignInOptions options) {
    SignInStart start = client.startSignIn(options);
    String callback = OneLoginHarness.location(rp.get(start.authorizationUri().toString()));
    return client.finishSignIn(URI.create(callback), start.session());
  }

  private static SignInOptions identity() {
    return SignInOptions.builder().trustLevel(TrustLevel.MEDIUM_IDENTITY).email(true)
        .identityClaims(IdentityClaim.CORE_IDENTITY, IdentityClaim.ADDRESS, IdentityClaim.PASSPORT).build();
  }

  @Test
  void signInAndIdentity() {
    SignInResult plain = signIn(SignInOptions.builder().email(true).build());
    assertThat(plain.emailAddress()).contains("kenneth.decerqueira@example.com");
    SignInResult proven = signIn(identity());
    assertThat(proven.requireIdentity().currentName().orElseThrow().familyName()).isEqualTo("Decerqueira");
    assertThat(proven.subject()).isEqualTo(plain.subject());
  }

  @Test
  void theSandboxsReadyConfiguredClientSignsIn(Sandbox sandbox) {
    OneLoginClient ready = sandbox.oneLoginClient();
    SignInStart start = ready.startSignIn(identity());
    String callback = OneLoginHarness.location(rp.get(start.authorizationUri().toString()));
    SignInResult r = ready.finishSignIn(URI.create(callback), start.session());
    assertThat(r.requireIdentity().birthDate()).isPresent();
  }

  @Test
  void logoutAndBackChannelLogout() throws Exception {
    try (JwksServer peer = new JwksServer()) {
      rp.admin("PUT", "/clients/" + rp.clientId, "{\"backChannelLogoutUri\":\"" + peer.url("/back-channel-logout")
          + "\"}");
      SignInResult r = signIn(SignInOptions.defaults());
      URI end = client.endSessionUri(r.idToken(), "bye");
      assertThat(OneLoginHarness.location(rp.get(end.toString())))
          .isEqualTo(rp.info.get("postLogoutRedirectUri").asText() + "?state=bye");
      assertThat(verifyForm(client, peer.nextLogoutBody()).subject()).isEqualTo(r.subject());
    }
  }

  @Test
  void keyRotationIsFollowed() {
    signIn(SignInOptions.defaults());
    rp.admin("POST", "/keys/publish", null);
    rp.admin("POST", "/keys/use-new", null);
    assertThat(signIn(SignInOptions.defaults()).subject()).startsWith("urn:fdc:gov.uk:2022:");
  }

  @Test
  void accessDeniedIsTyped() {
    rp.admin("PUT", "/errors", "{\"authoriseErrors\":[\"ACCESS_DENIED\"]}");
    assertThatThrownBy(() -> signIn(SignInOptions.defaults())).isInstanceOf(AuthorizationErrorException.class);
  }

  @ParameterizedTest
  @EnumSource(Scenarios.IdToken.class)
  void everyIdTokenErrorIsRejected(Scenarios.IdToken error) {
    rp.admin("PUT", "/errors", "{\"idTokenErrors\":[\"" + error.name() + "\"]}");
    assertThatThrownBy(() -> signIn(SignInOptions.defaults())).isInstanceOf(TokenValidationException.class);
  }

  @ParameterizedTest
  @EnumSource(Scenarios.CoreIdentity.class)
  void everyCoreIdentityErrorIsRejected(Scenarios.CoreIdentity error) {
    rp.admin("PUT", "/errors", "{\"coreIdentityErrors\":[\"" + error.name() + "\"]}");
    assertThatThrownBy(() -> signIn(identity())).isInstanceOf(TokenValidationException.class);
  }

  /** Verifies a back-channel logout request body the way an endpoint does: raw bytes and the request headers. */
  static io.github.councilplatform.identity.BackChannelLogout verifyForm(
      io.github.councilplatform.identity.OneLoginApi client, String form) {
    return client.backChannelLogoutVerifier().verify(
        io.github.councilplatform.core.InboundHeaders.of("Content-Type", "application/x-www-form-urlencoded"),
        form == null ? null : form.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
