package io.github.councilplatform.sandbox.internal.onelogin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
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
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCClaimsRequest;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.UserInfoSuccessResponse;
import com.nimbusds.openid.connect.sdk.claims.ClaimsSetRequest;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.Map;
import net.minidev.json.JSONArray;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A standard relying party (Nimbus {@code oauth2-oidc-sdk}, no code of this SDK) completes sign-in and identity
 * against the sandbox: discovery, PKCE, {@code private_key_jwt}, ID token validation, userinfo, logout.
 */
@ExtendWith(SandboxExtension.class)
class OneLoginNimbusRelyingPartyTest {
  private OneLoginHarness rp;
  private Sandbox sandbox;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    this.sandbox = sandbox;
    rp = new OneLoginHarness(sandbox);
  }

  private record Signed(OIDCProviderMetadata op, OIDCTokenResponse tokens, IDTokenClaimsSet idClaims) {}

  private Signed signIn(List<String> vtr, OIDCClaimsRequest claims, String user) throws Exception {
    OIDCProviderMetadata op = OIDCProviderMetadata.resolve(new Issuer(rp.base + "/"));
    ClientID clientId = new ClientID(rp.clientId);
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    AuthenticationRequest.Builder ab = new AuthenticationRequest.Builder(ResponseType.CODE,
        new Scope("openid", "email", "phone"), clientId, URI.create(rp.redirectUri))
        .endpointURI(op.getAuthorizationEndpointURI()).state(state).nonce(nonce)
        .codeChallenge(verifier, CodeChallengeMethod.S256)
        .uiLocales(List.of(com.nimbusds.langtag.LangTag.parse("en")))
        .customParameter("vtr", JSONArray.toJSONString(vtr));
    if (claims != null) {
      ab.claims(claims);
    }
    String authUrl = ab.build().toURI().toString();

    HttpResponse<String> first = rp.get(authUrl);
    String page = OneLoginHarness.location(first);
    String journey = OneLoginHarness.query(page).get("journey");
    HttpResponse<String> done = rp.postForm("/sign-in", Map.of("journey", journey, "user", user));
    AuthorizationResponse response = AuthorizationResponse.parse(URI.create(OneLoginHarness.location(done)));
    assertThat(response.indicatesSuccess()).isTrue();
    assertThat(response.getState()).isEqualTo(state);
    AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();

    Date now = new Date(sandbox.clock().millis());
    JWTAuthenticationClaimsSet assertion = new JWTAuthenticationClaimsSet(clientId,
        List.of(new Audience(op.getTokenEndpointURI())), new Date(now.getTime() + 300_000), null, now, new JWTID());
    PrivateKeyJWT auth = new PrivateKeyJWT(assertion, JWSAlgorithm.RS256, rp.clientKey.toRSAPrivateKey(), null,
        null);
    TokenRequest tokenRequest = new TokenRequest(op.getTokenEndpointURI(), auth,
        new AuthorizationCodeGrant(code, URI.create(rp.redirectUri), verifier));
    TokenResponse tr = OIDCTokenResponseParser.parse(tokenRequest.toHTTPRequest().send());
    assertThat(tr.indicatesSuccess()).as(String.valueOf(tr)).isTrue();
    OIDCTokenResponse tokens = (OIDCTokenResponse) tr.toSuccessResponse();

    JWKSource<SecurityContext> jwks = JWKSourceBuilder.create(op.getJWKSetURI().toURL()).build();
    IDTokenValidator validator = new IDTokenValidator(op.getIssuer(), clientId,
        new com.nimbusds.jose.proc.JWSVerificationKeySelector<>(JWSAlgorithm.ES256, jwks), null);
    IDTokenClaimsSet idClaims = validator.validate(tokens.getOIDCTokens().getIDToken(), nonce);
    assertThat(idClaims.getStringClaim("vot")).isEqualTo("Cl.Cm");
    return new Signed(op, tokens, idClaims);
  }

  private UserInfoSuccessResponse userInfo(Signed s) throws Exception {
    BearerAccessToken at = s.tokens().getOIDCTokens().getBearerAccessToken();
    UserInfoResponse r = UserInfoResponse.parse(new UserInfoRequest(s.op().getUserInfoEndpointURI(), at)
        .toHTTPRequest().send());
    assertThat(r.indicatesSuccess()).isTrue();
    return r.toSuccessResponse();
  }

  @Test
  void signInWithANimbusRelyingParty() throws Exception {
    Signed s = signIn(List.of("Cl.Cm"), null, "kenneth-decerqueira");
    UserInfoSuccessResponse info = userInfo(s);
    assertThat(info.getUserInfo().getSubject()).isEqualTo(s.idClaims().getSubject());
    assertThat(info.getUserInfo().getEmailAddress()).isEqualTo("kenneth.decerqueira@example.com");

    LogoutRequest logout = new LogoutRequest(s.op().getEndSessionEndpointURI(), s.tokens().getOIDCTokens()
        .getIDToken(), URI.create(rp.info.get("postLogoutRedirectUri").asText()), new State("s1"));
    HttpResponse<String> out = rp.get(logout.toURI().toString());
    assertThat(OneLoginHarness.location(out)).isEqualTo(rp.info.get("postLogoutRedirectUri").asText() + "?state=s1");
  }

  @Test
  void identityWithANimbusRelyingPartyAndDidVerification() throws Exception {
    OIDCClaimsRequest claims = new OIDCClaimsRequest().withUserInfoClaimsRequest(new ClaimsSetRequest()
        .add(OneLoginHarness.CORE_IDENTITY).add(OneLoginHarness.VOCAB + "address"));
    Signed s = signIn(List.of("Cl.Cm.P2"), claims, "kenneth-decerqueira");
    UserInfoSuccessResponse info = userInfo(s);
    String core = info.getUserInfo().getStringClaim(OneLoginHarness.CORE_IDENTITY);
    SignedJWT jwt = SignedJWT.parse(core);
    String kid = jwt.getHeader().getKeyID();
    // The DID document comes only from the configured URL, never from did:web resolution.
    var did = OneLoginHarness.JSON.readTree(new URL(rp.info.get("didUrl").asText()));
    assertThat(kid.split("#")[0]).isEqualTo(did.get("id").asText());
    ECKey key = ECKey.parse(did.get("assertionMethod").get(0).get("publicKeyJwk").toString());
    assertThat(jwt.verify(new ECDSAVerifier(key))).isTrue();
    JWTClaimsSet c = jwt.getJWTClaimsSet();
    assertThat(c.getIssuer()).isEqualTo(rp.info.get("identityIssuer").asText());
    assertThat(c.getSubject()).isEqualTo(s.idClaims().getSubject().getValue());
    assertThat(c.getStringClaim("vot")).isEqualTo("P2");
    assertThat(info.getUserInfo().toJSONObject()).containsKey(OneLoginHarness.VOCAB + "address")
        .doesNotContainKey(OneLoginHarness.VOCAB + "passport");
  }
}
