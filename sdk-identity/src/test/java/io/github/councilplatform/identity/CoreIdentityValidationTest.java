package io.github.councilplatform.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.Date;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Core identity JWT verification: DID keys, controller, ES256 only, and the claim checks. */
class CoreIdentityValidationTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort()).failOnUnmatchedRequests(true).build();

  FakeOneLogin op;
  OneLoginClient client;
  SignInSession session;

  @BeforeEach
  void setUp() {
    op = new FakeOneLogin(wm).stubProvider();
    client = op.client();
    newSession();
  }

  void newSession() {
    session = client.startSignIn(SignInOptions.builder().trustLevel(TrustLevel.MEDIUM_IDENTITY).build()).session();
    op.stubToken(op.idToken(session, b -> { }));
  }

  SignInResult finishWith(String coreIdentity) {
    op.stubUserinfo(op.userinfo("\"https://vocab.account.gov.uk/v1/coreIdentityJWT\":\"" + coreIdentity + "\""));
    return client.finishSignIn(FakeOneLogin.callback(session), session);
  }

  void rejected(String coreIdentity, TokenProblem problem, String messagePart) {
    assertThatThrownBy(() -> finishWith(coreIdentity)).isInstanceOfSatisfying(TokenValidationException.class, e -> {
      assertThat(e.kind()).isEqualTo(TokenKind.CORE_IDENTITY);
      assertThat(e.problem()).isEqualTo(problem);
      assertThat(e.getMessage()).contains(messagePart);
    });
  }

  @Test
  void acceptsAValidCoreIdentity() {
    assertThat(finishWith(op.coreIdentity(b -> { })).requireIdentity().level()).isEqualTo("P2");
  }

  @Test
  void wrongAlgorithm() throws Exception {
    SignedJWT valid = SignedJWT.parse(op.coreIdentity(b -> { }));
    String rs256 = FakeOneLogin.sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(op.didKey.getKeyID()).build(),
        valid.getJWTClaimsSet(), FakeOneLogin.ID_RSA_KEY);
    rejected(rs256, TokenProblem.ALGORITHM, "only ES256");
  }

  @Test
  void badSignature() {
    ECKey impostor = FakeOneLogin.ec(op.didKey.getKeyID());
    rejected(op.coreIdentity(impostor, op.didKey.getKeyID(), b -> { }), TokenProblem.SIGNATURE, "does not verify");
  }

  @Test
  void wrongController() {
    String kid = "did:web:identity.evil.example#did-key-1";
    rejected(op.coreIdentity(op.didKey, kid, b -> { }), TokenProblem.CONTROLLER, "identity.evil.example");
  }

  @Test
  void kidWithoutController() {
    rejected(op.coreIdentity(op.didKey, "did-key-1", b -> { }), TokenProblem.UNKNOWN_KEY,
        "<controller>#<key id>");
  }

  @Test
  void wrongSubAudIssAndExpired() {
    rejected(op.coreIdentity(b -> b.subject("urn:fdc:gov.uk:2022:someone-else")), TokenProblem.SUBJECT,
        "not the ID token's subject");
    rejected(op.coreIdentity(b -> b.audience("another-client")), TokenProblem.AUDIENCE, "another-client");
    rejected(op.coreIdentity(b -> b.issuer(op.issuer)), TokenProblem.ISSUER, op.identityIssuer);
    rejected(op.coreIdentity(b -> b.expirationTime(Date.from(FakeOneLogin.T0.minusSeconds(60)))),
        TokenProblem.EXPIRED, "expired at");
  }

  @Test
  void identityLevelLowerThanRequested() {
    rejected(op.coreIdentity(b -> b.claim("vot", "P1")), TokenProblem.VECTOR_OF_TRUST, "'P2' was requested");
  }

  @Test
  void didKeysRotateWithoutRestartAndUnknownKeysAreRefused() {
    // The DID document is fresh for an hour, but an unknown kid makes the SDK look again (at most every 30 s).
    finishWith(op.coreIdentity(b -> { }));
    ECKey next = FakeOneLogin.ec(op.didId + "#did-key-2");
    newSession();
    rejected(op.coreIdentity(next, next.getKeyID(), b -> { }), TokenProblem.UNKNOWN_KEY, "did-key-2");
    wm.verify(2, getRequestedFor(urlEqualTo("/identity/.well-known/did.json")));

    op.stubDid(op.didKey, next);
    op.clock.advance(Duration.ofSeconds(31));
    newSession();
    assertThat(finishWith(op.coreIdentity(next, next.getKeyID(), b -> { })).identityOutcome())
        .isEqualTo(IdentityOutcome.PROVEN);
    wm.verify(3, getRequestedFor(urlEqualTo("/identity/.well-known/did.json")));
  }
}
