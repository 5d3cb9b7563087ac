package io.github.councilplatform.sandbox.onelogin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.JWTAuthenticationClaimsSet;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.JWTID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCClaimsRequest;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.ClaimsSetRequest;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import com.nimbusds.openid.connect.sdk.validators.LogoutTokenValidator;
import io.github.councilplatform.identity.IdentityClaim;
import io.github.councilplatform.identity.OneLoginClient;
import io.github.councilplatform.identity.SignInOptions;
import io.github.councilplatform.identity.SignInResult;
import io.github.councilplatform.identity.SignInStart;
import io.github.councilplatform.identity.TrustLevel;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.minidev.json.JSONArray;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sandbox clock moves the provider, never its callers (issue 14): a standard relying party on the system
 * clock (Nimbus {@code oauth2-oidc-sdk}, which checks every time against {@code new Date()}) and the client
 * {@link Sandbox#oneLoginClient()} makes both sign in, prove identity and validate logout tokens before the
 * clock moves, after an hour and after a week; while codes still expire on sandbox time.
 */
@ExtendWith(SandboxExtension.class)
class OneLoginClockTest {
  private OneLoginHarness rp;
  private Sandbox sandbox;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    this.sandbox = sandbox;
    rp = new OneLoginHarness(sandbox);
  }

  @ParameterizedTest(name = "clock moved by {0}")
  @ValueSource(strings = {"PT0S", "PT1H", "P7D"})
  void aNimbusRelyingPartyOnTheSystemClockSignsInProvesIdentityAndLogsOut(String moved) throws Exception {
    sandbox.advanceClock(Duration.parse(moved));
    try (JwksServer peer = new JwksServer()) {
      rp.admin("PUT", "/clients/" + rp.clientId, "{\"backChannelLogoutUri\":\"" + peer.url("/back-channel-logout") + "\"}");
      OIDCProviderMetadata op = OIDCProviderMetadata.resolve(new Issuer(rp.base + "/"));
      ClientID clientId = new ClientID(rp.clientId);
      State state = new State();
      Nonce nonce = new Nonce();
      CodeVerifier verifier = new CodeVerifier();
      OIDCClaimsRequest claims = new OIDCClaimsRequest().withUserInfoClaimsRequest(new ClaimsSetRequest()
          .add(OneLoginHarness.CORE_IDENTITY));
      URI auth = new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "email"), clientId,
          URI.create(rp.redirectUri)).endpointURI(op.getAuthorizationEndpointURI()).state(state).nonce(nonce)
          .codeChallenge(verifier, CodeChallengeMethod.S256).claims(claims)
          .customParameter("vtr", JSONArray.toJSONString(List.of("Cl.Cm.P2"))).build().toURI();
      String journey = OneLoginHarness.query(OneLoginHarness.location(rp.get(auth.toString()))).get("journey");
      HttpResponse<String> done = rp.postForm("/sign-in", Map.of("journey", journey, "user", "kenneth-decerqueira"));
      AuthorizationResponse response = AuthorizationResponse.parse(URI.create(OneLoginHarness.location(done)));
      AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();

      // The assertion is signed on the system clock, as any relying party signs it.
      Date now = new Date();
      PrivateKeyJWT clientAuth = new PrivateKeyJWT(new JWTAuthenticationClaimsSet(clientId,
          List.of(new Audience(op.getTokenEndpointURI())), new Date(now.getTime() + 300_000), null, now,
          new JWTID()), JWSAlgorithm.RS256, rp.clientKey.toRSAPrivateKey(), null, null);
      TokenResponse tr = OIDCTokenResponseParser.parse(new TokenRequest(op.getTokenEndpointURI(), clientAuth,
          new AuthorizationCodeGrant(code, URI.create(rp.redirectUri), verifier)).toHTTPRequest().send());
      assertThat(tr.indicatesSuccess()).as(String.valueOf(tr)).isTrue();
      OIDCTokenResponse tokens = (OIDCTokenResponse) tr.toSuccessResponse();

      JWKSource<SecurityContext> jwks = JWKSourceBuilder.create(op.getJWKSetURI().toURL()).build();
      IDTokenClaimsSet id = new IDTokenValidator(op.getIssuer(), clientId,
          new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, jwks), null)
          .validate(tokens.getOIDCTokens().getIDToken(), nonce);
      // auth_time is when the resident signed in, never ahead of the relying party's clock.
      assertThat(id.getAuthenticationTime()).isBeforeOrEqualTo(new Date(System.currentTimeMillis() + 1000));

      UserInfoResponse info = UserInfoResponse.parse(new UserInfoRequest(op.getUserInfoEndpointURI(),
          tokens.getOIDCTokens().getBearerAccessToken()).toHTTPRequest().send());
      assertThat(info.indicatesSuccess()).isTrue();
      SignedJWT core = SignedJWT.parse(info.toSuccessResponse().getUserInfo()
          .getStringClaim(OneLoginHarness.CORE_IDENTITY));
      JsonNode did = OneLoginHarness.JSON.readTree(new URL(rp.info.get("didUrl").asText()));
      assertThat(core.verify(new ECDSAVerifier(ECKey.parse(did.get("assertionMethod").get(0)
          .get("publicKeyJwk").toString())))).isTrue();
      // Nimbus's standard claims verifier checks exp and nbf against the system clock.
      new DefaultJWTClaimsVerifier<>(rp.clientId, new JWTClaimsSet.Builder()
          .issuer(rp.info.get("identityIssuer").asText()).subject(id.getSubject().getValue()).build(),
          Set.of("exp", "nbf", "iat")).verify(core.getJWTClaimsSet(), null);

      LogoutRequest logout = new LogoutRequest(op.getEndSessionEndpointURI(), tokens.getOIDCTokens().getIDToken(),
          URI.create(rp.info.get("postLogoutRedirectUri").asText()), new State("bye"));
      assertThat(OneLoginHarness.location(rp.get(logout.toURI().toString())))
          .endsWith("?state=bye");
      String body = peer.nextLogoutBody();
      assertThat(body).as("logout token delivered").isNotNull();
      new LogoutTokenValidator(op.getIssuer(), clientId, new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, jwks),
          null).validate(com.nimbusds.jwt.JWTParser.parse(OneLoginHarness.query("?" + body).get("logout_token")));
    }
  }

  @ParameterizedTest(name = "clock moved by {0}")
  @ValueSource(strings = {"PT0S", "PT1H", "P7D"})
  void theSandboxsOwnClientSignsInProvesIdentityAndVerifiesLogout(String moved) throws Exception {
    sandbox.advanceClock(Duration.parse(moved));
    rp.admin("PUT", "/auto-approve", "{\"user\":\"kenneth-decerqueira\"}");
    OneLoginClient client = sandbox.oneLoginClient();
    try (JwksServer peer = new JwksServer()) {
      rp.admin("PUT", "/clients/" + rp.clientId, "{\"backChannelLogoutUri\":\"" + peer.url("/back-channel-logout") + "\"}");
      SignInStart start = client.startSignIn(SignInOptions.builder().trustLevel(TrustLevel.MEDIUM_IDENTITY)
          .identityClaims(IdentityClaim.CORE_IDENTITY).build());
      String callback = OneLoginHarness.location(rp.get(start.authorizationUri().toString()));
      SignInResult r = client.finishSignIn(URI.create(callback), start.session());
      assertThat(r.requireIdentity().birthDate()).isPresent();
      assertThat(OneLoginHarness.location(rp.get(client.endSessionUri(r.idToken(), "bye").toString())))
          .endsWith("?state=bye");
      assertThat(verifyForm(client, peer.nextLogoutBody()).subject()).isEqualTo(r.subject());
    }
  }

  /** A client that signs on sandbox time is accepted too, and one off both clocks gets the real error. */
  @ParameterizedTest(name = "clock moved by {0}")
  @ValueSource(strings = {"PT0S", "PT1H", "P7D"})
  void assertionsOnEitherClockAreAcceptedAndOneOffBothIsExpired(String moved) {
    sandbox.advanceClock(Duration.parse(moved));
    String onSandboxTime = OneLoginHarness.assertion(rp.clientId, rp.clientKey, JWSAlgorithm.RS256,
        rp.base + "/token", sandbox.clock().instant().plusSeconds(60), UUID.randomUUID().toString());
    assertThat(rp.postForm("/token", rp.tokenForm(code(), onSandboxTime)).statusCode()).isEqualTo(200);
    String onRealTime = OneLoginHarness.assertion(rp.clientId, rp.clientKey, JWSAlgorithm.RS256,
        rp.base + "/token", Instant.now().plusSeconds(60), UUID.randomUUID().toString());
    assertThat(rp.postForm("/token", rp.tokenForm(code(), onRealTime)).statusCode()).isEqualTo(200);
    // exp 31 s behind real time, and so behind sandbox time too: past the 30 s leeway on both.
    String expired = OneLoginHarness.assertion(rp.clientId, rp.clientKey, JWSAlgorithm.RS256, rp.base + "/token",
        Instant.now().minusSeconds(31), UUID.randomUUID().toString());
    HttpResponse<String> e = rp.postForm("/token", rp.tokenForm(code(), expired));
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(OneLoginHarness.json(e).get("error_description").asText()).isEqualTo("private_key_jwt has expired");
  }

  /** The provider's lifecycles still run on sandbox time: a code lives 300 s of it. */
  @ParameterizedTest(name = "clock moved by {0}")
  @ValueSource(strings = {"PT0S", "PT1H", "P7D"})
  void codesStillExpireOnSandboxTime(String moved) {
    sandbox.advanceClock(Duration.parse(moved));
    String code = code();
    sandbox.advanceClock(Duration.ofSeconds(301));
    String fresh = OneLoginHarness.assertion(rp.clientId, rp.clientKey, JWSAlgorithm.RS256, rp.base + "/token",
        Instant.now().plusSeconds(60), UUID.randomUUID().toString());
    HttpResponse<String> e = rp.postForm("/token", rp.tokenForm(code, fresh));
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(OneLoginHarness.json(e).get("error").asText()).isEqualTo("invalid_grant");
  }

  private String code() {
    return rp.codeFor(rp.authParams(), "kenneth-decerqueira");
  }

  /** Verifies a back-channel logout request body the way an endpoint does: raw bytes and the request headers. */
  static io.github.councilplatform.identity.BackChannelLogout verifyForm(
      io.github.councilplatform.identity.OneLoginApi client, String form) {
    return client.backChannelLogoutVerifier().verify(
        io.github.councilplatform.core.InboundHeaders.of("Content-Type", "application/x-www-form-urlencoded"),
        form == null ? null : form.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
