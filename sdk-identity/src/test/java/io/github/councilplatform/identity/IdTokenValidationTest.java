package io.github.councilplatform.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.councilplatform.identity.FakeOneLogin.ID_KEY;
import static io.github.councilplatform.identity.FakeOneLogin.ID_KEY_2;
import static io.github.councilplatform.identity.FakeOneLogin.ID_RSA_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every ID token a certified relying party must reject, each with the reason it gives. */
class IdTokenValidationTest {
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
    session = client.startSignIn().session();
    op.stubUserinfo(op.userinfo(""));
  }

  SignInResult finishWith(String idToken) {
    op.stubToken(idToken);
    return client.finishSignIn(FakeOneLogin.callback(session), session);
  }

  void rejected(String idToken, TokenProblem problem, String messagePart) {
    assertThatThrownBy(() -> finishWith(idToken)).isInstanceOfSatisfying(TokenValidationException.class, e -> {
      assertThat(e.kind()).isEqualTo(TokenKind.ID_TOKEN);
      assertThat(e.problem()).isEqualTo(problem);
      assertThat(e.getMessage()).contains(messagePart);
    });
  }

  String token(Consumer<JWTClaimsSet.Builder> customise) {
    return op.idToken(session, customise);
  }

  @Test
  void acceptsAValidToken() {
    assertThat(finishWith(token(b -> { })).subject()).isEqualTo(FakeOneLogin.SUB);
  }

  @Test
  void badSignature() {
    // Same kid as the provider's key, signed by another key.
    rejected(op.idToken(session, FakeOneLogin.OTHER_EC_KEY, JWSAlgorithm.ES256, b -> { }), TokenProblem.SIGNATURE,
        "does not verify");
    String valid = token(b -> { });
    String[] parts = valid.split("\\.");
    String tamperedPayload = token(b -> b.subject("someone-else")).split("\\.")[1];
    rejected(parts[0] + "." + tamperedPayload + "." + parts[2], TokenProblem.SIGNATURE, "altered");
  }

  @Test
  void algNone() {
    JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(op.issuer).subject(FakeOneLogin.SUB)
        .audience(FakeOneLogin.CLIENT_ID).claim("nonce", session.nonce()).build();
    rejected(new PlainJWT(claims).serialize(), TokenProblem.MALFORMED, "alg 'none'");
  }

  @Test
  void hs256SignedWithTheProvidersPublicKey() throws Exception {
    SignedJWT valid = SignedJWT.parse(token(b -> { }));
    byte[] publicKeyBytes = ID_RSA_KEY.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
    SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(ID_RSA_KEY.getKeyID()).build(),
        valid.getJWTClaimsSet());
    forged.sign(new MACSigner(publicKeyBytes));
    rejected(forged.serialize(), TokenProblem.ALGORITHM, "HS256");
  }

  @Test
  void rs256WhenEs256IsPinned() {
    rejected(op.idToken(session, ID_RSA_KEY, JWSAlgorithm.RS256, b -> { }), TokenProblem.ALGORITHM,
        "only ES256");
  }

  @Test
  void rs256ClientsPinRs256() {
    client = op.clientBuilder().idTokenSigningAlgorithm(IdTokenSigningAlgorithm.RS256).build();
    session = client.startSignIn().session();
    assertThat(finishWith(op.idToken(session, ID_RSA_KEY, JWSAlgorithm.RS256, b -> { })).subject())
        .isEqualTo(FakeOneLogin.SUB);
    rejected(token(b -> { }), TokenProblem.ALGORITHM, "only RS256");
  }

  @Test
  void wrongIssuerOrAudience() {
    rejected(token(b -> b.issuer("https://oidc.account.gov.uk/")), TokenProblem.ISSUER, "must be exactly");
    rejected(token(b -> b.issuer(op.base)), TokenProblem.ISSUER, "must be exactly");
    rejected(token(b -> b.audience("another-client")), TokenProblem.AUDIENCE, "does not name this client");
    rejected(token(b -> b.audience(List.of(FakeOneLogin.CLIENT_ID, "another-client"))), TokenProblem.AUDIENCE,
        "'another-client', an audience this client does not trust");
  }

  @Test
  void expiredBeyondSkewButNotWithin() {
    rejected(token(b -> b.issueTime(Date.from(FakeOneLogin.T0.minusSeconds(200)))
        .expirationTime(Date.from(FakeOneLogin.T0.minusSeconds(31)))), TokenProblem.EXPIRED, "expired at");
    rejected(token(b -> b.expirationTime(null)), TokenProblem.EXPIRED, "no exp");
    assertThat(finishWith(token(b -> b.expirationTime(Date.from(FakeOneLogin.T0.minusSeconds(29)))))
        .subject()).isNotNull();
  }

  @Test
  void issuedInTheFutureBeyondSkew() {
    rejected(token(b -> b.issueTime(Date.from(FakeOneLogin.T0.plusSeconds(31)))), TokenProblem.NOT_YET_VALID,
        "in the future");
    rejected(token(b -> b.issueTime(null)), TokenProblem.NOT_YET_VALID, "no iat");
    assertThat(finishWith(token(b -> b.issueTime(Date.from(FakeOneLogin.T0.plusSeconds(29))))).subject())
        .isNotNull();
  }

  @Test
  void clockSkewIsConfigurable() {
    client = op.clientBuilder().clockSkew(Duration.ZERO).build();
    session = client.startSignIn().session();
    rejected(token(b -> b.issueTime(Date.from(FakeOneLogin.T0.plusSeconds(1)))), TokenProblem.NOT_YET_VALID,
        "allowed clock skew 0 s");
  }

  @Test
  void wrongOrMissingNonce() {
    rejected(token(b -> b.claim("nonce", "another-sign-in")), TokenProblem.NONCE, "not the one sent");
    rejected(token(b -> b.claim("nonce", null)), TokenProblem.NONCE, "no nonce");
  }

  @Test
  void votLowerThanRequested() {
    rejected(token(b -> b.claim("vot", "Cl")), TokenProblem.VECTOR_OF_TRUST, "'Cl.Cm' was requested");
    rejected(token(b -> b.claim("vot", null)), TokenProblem.VECTOR_OF_TRUST, "vot is 'null'");
  }

  @Test
  void authTimeCheckedWhenMaxAgeSent() {
    session = client.startSignIn(SignInOptions.builder().maxAge(Duration.ofMinutes(5)).build()).session();
    rejected(token(b -> b.claim("auth_time", FakeOneLogin.T0.minusSeconds(600).getEpochSecond())),
        TokenProblem.AUTH_TIME, "longer ago than max_age 300 s");
    rejected(token(b -> b.claim("auth_time", null)), TokenProblem.AUTH_TIME, "no auth_time");
    assertThat(finishWith(token(b -> b.claim("auth_time", FakeOneLogin.T0.minusSeconds(200).getEpochSecond())))
        .authTime()).isEqualTo(FakeOneLogin.T0.minusSeconds(200));
  }

  @Test
  void unknownKidIsRejectedAfterOneRefetchAndRefetchesAreRateLimited() {
    finishWith(token(b -> { }));
    wm.verify(1, getRequestedFor(urlEqualTo("/.well-known/jwks.json")));
    session = client.startSignIn().session();
    rejected(op.idToken(session, ID_KEY_2, JWSAlgorithm.ES256, b -> { }), TokenProblem.UNKNOWN_KEY,
        "kid 'id-key-2'");
    wm.verify(2, getRequestedFor(urlEqualTo("/.well-known/jwks.json")));
    // More unknown kids straight away do not make the SDK fetch again...
    op.clock.advance(Duration.ofSeconds(29));
    rejected(op.idToken(session, ID_KEY_2, JWSAlgorithm.ES256, b -> { }), TokenProblem.UNKNOWN_KEY, "fetched again");
    wm.verify(2, getRequestedFor(urlEqualTo("/.well-known/jwks.json")));
    // ...until 30 s after the last forced fetch.
    op.clock.advance(Duration.ofSeconds(2));
    session = client.startSignIn().session();
    rejected(op.idToken(session, ID_KEY_2, JWSAlgorithm.ES256, b -> { }), TokenProblem.UNKNOWN_KEY, "fetched again");
    wm.verify(3, getRequestedFor(urlEqualTo("/.well-known/jwks.json")));
  }

  @Test
  void keyRotationMidRunNeedsNoRestart() {
    finishWith(token(b -> { }));
    // One Login publishes the new key, then starts signing with it; the cached JWKS is still fresh.
    op.stubJwks(ID_KEY, ID_KEY_2, ID_RSA_KEY);
    op.clock.advance(Duration.ofSeconds(5));
    session = client.startSignIn().session();
    assertThat(finishWith(op.idToken(session, ID_KEY_2, JWSAlgorithm.ES256, b -> { })).subject())
        .isEqualTo(FakeOneLogin.SUB);
    wm.verify(2, getRequestedFor(urlEqualTo("/.well-known/jwks.json")));
    // The old key still works (both are published during a rotation), without another fetch.
    session = client.startSignIn().session();
    assertThat(finishWith(token(b -> { })).subject()).isEqualTo(FakeOneLogin.SUB);
    wm.verify(2, getRequestedFor(urlEqualTo("/.well-known/jwks.json")));
    // Once the old key is retired, tokens signed with it are refused.
    op.stubJwks(ID_KEY_2, ID_RSA_KEY);
    op.clock.advance(Duration.ofDays(2));
    session = client.startSignIn().session();
    rejected(token(b -> { }), TokenProblem.UNKNOWN_KEY, "id-key-1");
  }

  @Test
  void userinfoForAnotherSubjectIsRefused() {
    op.stubUserinfo("{\"sub\":\"urn:fdc:gov.uk:2022:someone-else\"}");
    op.stubToken(token(b -> { }));
    assertThatThrownBy(() -> client.finishSignIn(FakeOneLogin.callback(session), session))
        .isInstanceOfSatisfying(TokenValidationException.class, e -> {
          assertThat(e.kind()).isEqualTo(TokenKind.USERINFO);
          assertThat(e.problem()).isEqualTo(TokenProblem.SUBJECT);
        });
  }

  @Test
  void garbageIsMalformed() {
    rejected("not-a-jwt", TokenProblem.MALFORMED, "not a JWT");
  }
}
