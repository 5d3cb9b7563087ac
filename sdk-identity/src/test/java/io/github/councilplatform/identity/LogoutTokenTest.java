package io.github.councilplatform.identity;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.councilplatform.core.RequestValidationException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Back-channel logout token verification and the end-session redirect. */
class LogoutTokenTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort()).failOnUnmatchedRequests(true).build();

  FakeOneLogin op;
  OneLoginClient client;

  @BeforeEach
  void setUp() {
    op = new FakeOneLogin(wm).stubProvider();
    client = op.client();
  }

  BackChannelLogoutVerifier logouts() {
    return client.backChannelLogoutVerifier();
  }

  void rejected(String token, TokenProblem problem, String messagePart) {
    assertThatThrownBy(() -> logouts().verifyLogoutToken(token)).isInstanceOfSatisfying(TokenValidationException.class,
        e -> {
          assertThat(e.kind()).isEqualTo(TokenKind.LOGOUT_TOKEN);
          assertThat(e.problem()).isEqualTo(problem);
          assertThat(e.getMessage()).contains(messagePart);
        });
  }

  @Test
  void validTokenReturnsTheSubject() {
    assertThat(logouts().verifyLogoutToken(op.logoutToken(b -> { })).subject()).isEqualTo(FakeOneLogin.SUB);
  }

  @Test
  void formBodyIsRead() {
    String body = "logout_token=" + URLEncoder.encode(op.logoutToken(b -> { }), StandardCharsets.UTF_8);
    assertThat(verifyForm(client, body).subject()).isEqualTo(FakeOneLogin.SUB);
    assertThatThrownBy(() -> verifyForm(client, "other=1"))
        .isInstanceOfSatisfying(TokenValidationException.class,
            e -> assertThat(e.problem()).isEqualTo(TokenProblem.MALFORMED));
  }

  @Test
  void replayedAtAnyPointOfTheTokensOwnLifetime() {
    // A 10-minute token: the old fixed 3-minute window let it through again after 4 minutes.
    String token = op.logoutToken(b -> b.expirationTime(Date.from(FakeOneLogin.T0.plus(Duration.ofMinutes(10)))));
    logouts().verifyLogoutToken(token);
    op.clock.advance(Duration.ofMinutes(4));
    rejected(token, TokenProblem.REPLAYED, "already used");
    // Up to exp plus the 30 s clock skew it is still acceptable, so it is still remembered.
    op.clock.set(FakeOneLogin.T0.plus(Duration.ofMinutes(10)).plusSeconds(30));
    rejected(token, TokenProblem.REPLAYED, "already used");
    // After that it is refused as expired, before the store is even asked.
    op.clock.advance(Duration.ofSeconds(1));
    rejected(token, TokenProblem.EXPIRED, "expired at");
    // Another token (another jti) is fine.
    assertThat(logouts().verifyLogoutToken(op.logoutToken(b -> { })).subject()).isEqualTo(FakeOneLogin.SUB);
    rejected(op.logoutToken(b -> b.jwtID(null)), TokenProblem.REPLAYED, "no jti");
  }

  @Test
  void replayStoreIsToldToKeepTheIdUntilExpPlusSkew() {
    java.util.List<Instant> asked = new java.util.ArrayList<>();
    ReplayStore recording = (id, now, rememberUntil) -> {
      asked.add(now);
      asked.add(rememberUntil);
      return true;
    };
    client = op.clientBuilder().replayStore(recording).clockSkew(Duration.ofSeconds(10)).build();
    logouts().verifyLogoutToken(
        op.logoutToken(b -> b.expirationTime(Date.from(FakeOneLogin.T0.plusSeconds(3600)))));
    assertThat(asked).containsExactly(FakeOneLogin.T0, FakeOneLogin.T0.plusSeconds(3610));
  }

  @Test
  void inMemoryStoreForgetsOnlyAfterRememberUntil() {
    ReplayStore store = ReplayStore.inMemory();
    client = op.clientBuilder().replayStore(store).build();
    String token = op.logoutToken(b -> b.jwtID("jti-1").expirationTime(Date.from(FakeOneLogin.T0.plusSeconds(3600))));
    logouts().verifyLogoutToken(token);
    Instant until = FakeOneLogin.T0.plusSeconds(3630);
    assertThat(store.firstSeen("jti-1", until, until)).isFalse();
    assertThat(store.firstSeen("jti-1", until.plusMillis(1), until.plusSeconds(60))).isTrue();
  }

  @Test
  void fullInMemoryStoreRefusesNewIdsRatherThanForgetLiveOnes() {
    ReplayStore store = ReplayStore.inMemory(2);
    client = op.clientBuilder().replayStore(store).build();
    String first = op.logoutToken(b -> { });
    logouts().verifyLogoutToken(first);
    logouts().verifyLogoutToken(op.logoutToken(b -> { }));
    String third = op.logoutToken(b -> { });
    assertThatThrownBy(() -> logouts().verifyLogoutToken(third))
        .isInstanceOfSatisfying(ReplayStoreFullException.class, e -> {
          assertThat(e.capacity()).isEqualTo(2);
          assertThat(e.isRetryable()).isTrue();
          assertThat(e.getMessage()).contains("HTTP 503");
        });
    // Both live ids are still remembered: the first token is still a replay.
    rejected(first, TokenProblem.REPLAYED, "already used");
    // Once the first two expire (2 min + 30 s skew), their slots free up and the third is accepted.
    op.clock.advance(Duration.ofMinutes(2).plusSeconds(31));
    String fourth = op.logoutToken(b -> { });
    assertThat(logouts().verifyLogoutToken(fourth).subject()).isEqualTo(FakeOneLogin.SUB);
    assertThatThrownBy(() -> ReplayStore.inMemory(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void expiredOrWithoutTimes() {
    rejected(op.logoutToken(b -> b.issueTime(Date.from(FakeOneLogin.T0.minusSeconds(300)))
        .expirationTime(Date.from(FakeOneLogin.T0.minusSeconds(180)))), TokenProblem.EXPIRED, "expired at");
    rejected(op.logoutToken(b -> b.expirationTime(null)), TokenProblem.EXPIRED, "no exp");
    rejected(op.logoutToken(b -> b.issueTime(null)), TokenProblem.NOT_YET_VALID, "no iat");
    rejected(op.logoutToken(b -> b.issueTime(Date.from(FakeOneLogin.T0.plusSeconds(120)))),
        TokenProblem.NOT_YET_VALID, "in the future");
  }

  @Test
  void withoutSub() {
    rejected(op.logoutToken(b -> b.subject(null)), TokenProblem.SUBJECT, "no sub");
  }

  @Test
  void wrongOrMissingEvents() {
    rejected(op.logoutToken(b -> b.claim("events", null)), TokenProblem.EVENTS, "no events");
    rejected(op.logoutToken(b -> b.claim("events", Map.of("http://schemas.openid.net/event/other", Map.of()))),
        TokenProblem.EVENTS, "exactly");
    rejected(op.logoutToken(b -> b.claim("events", Map.of("http://schemas.openid.net/event/backchannel-logout",
        Map.of("x", 1)))), TokenProblem.EVENTS, "exactly");
    rejected(op.logoutToken(b -> b.claim("events", Map.of("http://schemas.openid.net/event/backchannel-logout",
        Map.of(), "http://schemas.openid.net/event/other", Map.of()))), TokenProblem.EVENTS, "exactly");
    rejected(op.logoutToken(b -> b.claim("events", "http://schemas.openid.net/event/backchannel-logout")),
        TokenProblem.EVENTS, "no events");
  }

  @Test
  void wrongIssuerAudienceOrNonce() {
    rejected(op.logoutToken(b -> b.issuer("https://oidc.account.gov.uk/")), TokenProblem.ISSUER, "must be exactly");
    rejected(op.logoutToken(b -> b.audience("another-client")), TokenProblem.AUDIENCE, "another-client");
    rejected(op.logoutToken(b -> b.claim("nonce", "n")), TokenProblem.MALFORMED, "nonce");
  }

  @Test
  void signedWithAnythingButEs256() throws Exception {
    JWTClaimsSet claims = SignedJWT.parse(op.logoutToken(b -> { })).getJWTClaimsSet();
    JOSEObjectType typ = new JOSEObjectType("logout+jwt");
    rejected(FakeOneLogin.sign(new JWSHeader.Builder(JWSAlgorithm.RS256).type(typ)
        .keyID(FakeOneLogin.ID_RSA_KEY.getKeyID()).build(), claims, FakeOneLogin.ID_RSA_KEY),
        TokenProblem.ALGORITHM, "only ES256");
    SignedJWT hs = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(typ).build(), claims);
    hs.sign(new MACSigner(FakeOneLogin.ID_KEY.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8)));
    rejected(hs.serialize(), TokenProblem.ALGORITHM, "only ES256");
    rejected(FakeOneLogin.sign(new JWSHeader.Builder(JWSAlgorithm.ES256).type(typ)
        .keyID(FakeOneLogin.ID_KEY.getKeyID()).build(), claims, FakeOneLogin.OTHER_EC_KEY),
        TokenProblem.SIGNATURE, "does not verify");
  }

  @Test
  void es256EvenForRs256IdTokenClients() {
    client = op.clientBuilder().idTokenSigningAlgorithm(IdTokenSigningAlgorithm.RS256).build();
    assertThat(logouts().verifyLogoutToken(op.logoutToken(b -> { })).subject()).isEqualTo(FakeOneLogin.SUB);
  }

  @Test
  void wrongTyp() throws Exception {
    JWTClaimsSet claims = SignedJWT.parse(op.logoutToken(b -> { })).getJWTClaimsSet();
    rejected(FakeOneLogin.sign(new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT)
        .keyID(FakeOneLogin.ID_KEY.getKeyID()).build(), claims, FakeOneLogin.ID_KEY), TokenProblem.TYPE, "logout+jwt");
    rejected(FakeOneLogin.sign(new JWSHeader.Builder(JWSAlgorithm.ES256)
        .keyID(FakeOneLogin.ID_KEY.getKeyID()).build(), claims, FakeOneLogin.ID_KEY), TokenProblem.TYPE, "logout+jwt");
  }

  @Test
  void endSessionUriCarriesHintRedirectAndState() {
    client = op.clientBuilder().postLogoutRedirectUri(URI.create("https://council.example/signed-out")).build();
    URI uri = client.endSessionUri("id.token.hint", "xyz");
    assertThat(uri.toString()).isEqualTo(op.base + "/logout?id_token_hint=id.token.hint&post_logout_redirect_uri="
        + "https%3A%2F%2Fcouncil.example%2Fsigned-out&state=xyz");
    assertThatThrownBy(() -> client.endSessionUri(null, "xyz")).isInstanceOf(RequestValidationException.class)
        .hasMessageContaining("id_token_hint");
    OneLoginClient plain = op.client();
    assertThat(plain.endSessionUri(null, null).toString()).isEqualTo(op.base + "/logout");
  }

  /** Verifies a back-channel logout request body the way an endpoint does: raw bytes and the request headers. */
  static io.github.councilplatform.identity.BackChannelLogout verifyForm(
      io.github.councilplatform.identity.OneLoginApi client, String form) {
    return client.backChannelLogoutVerifier().verify(
        io.github.councilplatform.core.InboundHeaders.of("Content-Type", "application/x-www-form-urlencoded"),
        form == null ? null : form.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
