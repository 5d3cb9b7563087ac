package io.github.councilplatform.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.councilplatform.core.RetryOptions;
import io.github.councilplatform.core.ServerException;
import io.github.councilplatform.core.UnexpectedResponseException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Discovery, JWKS and DID documents: cached per Cache-Control, served stale while the provider is down. */
class CachingTest {
  private static final String DISCOVERY = "/.well-known/openid-configuration";
  private static final String JWKS = "/.well-known/jwks.json";
  private static final String DID = "/identity/.well-known/did.json";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort()).failOnUnmatchedRequests(true).build();

  FakeOneLogin op;
  OneLoginClient client;

  @BeforeEach
  void setUp() {
    op = new FakeOneLogin(wm).stubProvider();
    client = op.clientBuilder().retry(RetryOptions.disabled()).build();
  }

  void providerDown(String path) {
    wm.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(503)));
  }

  void signIn() {
    SignInSession session = client.startSignIn().session();
    op.stubToken(op.idToken(session, b -> { }));
    op.stubUserinfo(op.userinfo(""));
    client.finishSignIn(FakeOneLogin.callback(session), session);
  }

  @Test
  void discoveryIsReusedForItsMaxAge() {
    client.startSignIn();
    op.clock.advance(Duration.ofMinutes(59));
    client.startSignIn();
    wm.verify(1, getRequestedFor(urlEqualTo(DISCOVERY)));
    op.clock.advance(Duration.ofMinutes(2));
    client.startSignIn();
    wm.verify(2, getRequestedFor(urlEqualTo(DISCOVERY)));
  }

  @Test
  void noStoreMeansFetchEveryTimeAndNoHeaderMeansFiveMinutes() {
    op.stubDiscovery("no-store");
    client.startSignIn();
    client.startSignIn();
    wm.verify(2, getRequestedFor(urlEqualTo(DISCOVERY)));
    wm.resetRequests();
    op.stubDiscovery("private");
    client.startSignIn();
    op.clock.advance(Duration.ofMinutes(4));
    client.startSignIn();
    wm.verify(1, getRequestedFor(urlEqualTo(DISCOVERY)));
    op.clock.advance(Duration.ofMinutes(2));
    client.startSignIn();
    wm.verify(2, getRequestedFor(urlEqualTo(DISCOVERY)));
  }

  @Test
  void staleCopiesAreUsedWhileTheProviderIsDown() {
    signIn();
    op.clock.advance(Duration.ofDays(2));
    providerDown(DISCOVERY);
    providerDown(JWKS);
    signIn();
    wm.verify(2, getRequestedFor(urlEqualTo(DISCOVERY)));
    wm.verify(2, getRequestedFor(urlEqualTo(JWKS)));
    // While down, the SDK does not try again on every call.
    signIn();
    wm.verify(2, getRequestedFor(urlEqualTo(DISCOVERY)));
    op.clock.advance(Duration.ofSeconds(31));
    signIn();
    wm.verify(3, getRequestedFor(urlEqualTo(DISCOVERY)));
  }

  @Test
  void didDocumentIsCachedAndUsedStaleWhileDown() {
    client = op.clientBuilder().retry(RetryOptions.disabled()).build();
    identitySignIn();
    op.clock.advance(Duration.ofMinutes(30));
    identitySignIn();
    wm.verify(1, getRequestedFor(urlEqualTo(DID)));
    op.clock.advance(Duration.ofHours(2));
    providerDown(DID);
    identitySignIn();
    wm.verify(2, getRequestedFor(urlEqualTo(DID)));
  }

  void identitySignIn() {
    SignInSession session = client.startSignIn(SignInOptions.builder().trustLevel(TrustLevel.MEDIUM_IDENTITY).build())
        .session();
    op.stubToken(op.idToken(session, b -> { }));
    op.stubUserinfo(op.userinfo("\"https://vocab.account.gov.uk/v1/coreIdentityJWT\":\"" + op.coreIdentity(b -> { })
        + "\""));
    assertThat(client.finishSignIn(FakeOneLogin.callback(session), session).identityOutcome())
        .isEqualTo(IdentityOutcome.PROVEN);
  }

  @Test
  void withoutAnyCopyTheOutageIsReported() {
    providerDown(DISCOVERY);
    assertThatThrownBy(() -> client.startSignIn()).isInstanceOf(ServerException.class)
        .hasMessageContaining("503");
  }

  @Test
  void discoveryGetsAreRetried() {
    client = op.client();
    wm.stubFor(get(urlEqualTo(DISCOVERY)).inScenario("flaky").whenScenarioStateIs("Started")
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    wm.stubFor(get(urlEqualTo(DISCOVERY)).inScenario("flaky").whenScenarioStateIs("up")
        .willReturn(aResponse().withStatus(200).withBody("{\"issuer\":\"" + op.issuer + "\",\"authorization_endpoint\":"
            + "\"" + op.base + "/authorize\",\"token_endpoint\":\"" + op.base + "/token\",\"userinfo_endpoint\":\""
            + op.base + "/userinfo\",\"jwks_uri\":\"" + op.base + JWKS + "\"}")));
    assertThat(client.startSignIn().authorizationUri().toString()).startsWith(op.base + "/authorize?");
    wm.verify(2, getRequestedFor(urlEqualTo(DISCOVERY)));
  }

  @Test
  void discoveryForAnotherIssuerIsRefused() {
    wm.stubFor(get(urlEqualTo(DISCOVERY)).willReturn(aResponse().withStatus(200)
        .withBody("{\"issuer\":\"https://evil.example/\",\"authorization_endpoint\":\"https://evil.example/a\","
            + "\"token_endpoint\":\"https://evil.example/t\",\"userinfo_endpoint\":\"https://evil.example/u\","
            + "\"jwks_uri\":\"https://evil.example/j\"}")));
    assertThatThrownBy(() -> client.startSignIn()).isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("https://evil.example/");
  }
}
