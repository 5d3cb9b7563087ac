package io.github.councilplatform.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.councilplatform.identity.FakeOneLogin.CLIENT_ID;
import static io.github.councilplatform.identity.FakeOneLogin.REDIRECT;
import static io.github.councilplatform.identity.FakeOneLogin.SUB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.councilplatform.core.AuthenticationException;
import io.github.councilplatform.core.InvalidRequestException;
import io.github.councilplatform.core.OutcomeUnknownException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SignInFlowTest {
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

  static Map<String, String> params(String rawQuery) {
    Map<String, String> out = new HashMap<>();
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  @Test
  void authorizeUriCarriesStateNoncePkceVtrClaimsAndLocale() throws Exception {
    SignInStart start = client.startSignIn(SignInOptions.builder()
        .trustLevel(TrustLevel.MEDIUM_IDENTITY)
        .phone(true)
        .identityClaims(IdentityClaim.CORE_IDENTITY, IdentityClaim.ADDRESS, IdentityClaim.RETURN_CODE)
        .uiLocale(UiLocale.CY)
        .maxAge(Duration.ofMinutes(10))
        .build());
    URI uri = start.authorizationUri();
    SignInSession session = start.session();
    assertThat(uri.toString()).startsWith(op.base + "/authorize?");
    Map<String, String> q = params(uri.getRawQuery());
    assertThat(q).containsEntry("response_type", "code")
        .containsEntry("scope", "openid email phone")
        .containsEntry("client_id", CLIENT_ID)
        .containsEntry("redirect_uri", REDIRECT.toString())
        .containsEntry("state", session.state())
        .containsEntry("nonce", session.nonce())
        .containsEntry("vtr", "[\"Cl.Cm.P2\"]")
        .containsEntry("ui_locales", "cy")
        .containsEntry("max_age", "600")
        .containsEntry("code_challenge_method", "S256")
        .containsEntry("claims", "{\"userinfo\":{\"https://vocab.account.gov.uk/v1/coreIdentityJWT\":null,"
            + "\"https://vocab.account.gov.uk/v1/address\":null,\"https://vocab.account.gov.uk/v1/returnCode\":null}}");
    byte[] digest = MessageDigest.getInstance("SHA-256")
        .digest(session.codeVerifier().getBytes(StandardCharsets.US_ASCII));
    assertThat(q.get("code_challenge")).isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
    assertThat(uri.getRawQuery()).doesNotContain("+");
    assertThat(session.state()).hasSize(43).isNotEqualTo(session.nonce()).isNotEqualTo(session.codeVerifier());
    assertThat(session.maxAgeSeconds()).isEqualTo(600L);

    SignInStart second = client.startSignIn();
    assertThat(second.session().state()).isNotEqualTo(session.state());
    assertThat(params(second.authorizationUri().getRawQuery())).containsEntry("vtr", "[\"Cl.Cm\"]")
        .containsEntry("scope", "openid email").doesNotContainKey("claims").doesNotContainKey("max_age");
    wm.verify(1, getRequestedFor(urlEqualTo("/.well-known/openid-configuration")));
  }

  @Test
  void fullSignInExchangesCodeWithPrivateKeyJwtAndVerifiesTokens() throws Exception {
    SignInSession session = client.startSignIn(SignInOptions.builder().phone(true).build()).session();
    op.stubToken(op.idToken(session, b -> { }));
    op.stubUserinfo(op.userinfo("\"phone_number\":\"+447700900123\",\"phone_number_verified\":true"));

    SignInResult result = client.finishSignIn(FakeOneLogin.callback(session), session);

    assertThat(result.subject()).isEqualTo(SUB);
    assertThat(result.emailAddress()).contains("amala@example.org");
    assertThat(result.emailVerified()).isTrue();
    assertThat(result.phone()).contains("+447700900123");
    assertThat(result.credentialTrust()).isEqualTo("Cl.Cm");
    assertThat(result.sessionId()).isEqualTo("sid-1");
    assertThat(result.identityOutcome()).isEqualTo(IdentityOutcome.NOT_REQUESTED);
    assertThat(result.verifiedIdentity()).isEmpty();
    assertThatThrownBy(result::requireIdentity).isInstanceOf(IdentityNotProvenException.class)
        .hasMessageContaining("did not ask for identity");
    assertThat(result.toString()).doesNotContain("amala@example.org").doesNotContain("900123").doesNotContain("eyJ");

    List<LoggedRequest> tokenRequests = wm.findAll(postRequestedFor(urlEqualTo("/token")));
    assertThat(tokenRequests).hasSize(1);
    LoggedRequest req = tokenRequests.get(0);
    assertThat(req.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(req.getHeader("User-Agent")).contains("council-platform-sdk-java").contains("one-login");
    Map<String, String> form = params(req.getBodyAsString());
    assertThat(form).containsEntry("grant_type", "authorization_code").containsEntry("code", "auth-code-1")
        .containsEntry("redirect_uri", REDIRECT.toString()).containsEntry("code_verifier", session.codeVerifier())
        .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
    assertThat(assertion.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
    assertThat(assertion.verify(new RSASSAVerifier(FakeOneLogin.CLIENT_KEY.toRSAPublicKey()))).isTrue();
    JWTClaimsSet c = assertion.getJWTClaimsSet();
    assertThat(c.getIssuer()).isEqualTo(CLIENT_ID);
    assertThat(c.getSubject()).isEqualTo(CLIENT_ID);
    assertThat(c.getAudience()).containsExactly(op.base + "/token");
    assertThat(c.getIssueTime().toInstant()).isEqualTo(FakeOneLogin.T0);
    assertThat(Duration.between(c.getIssueTime().toInstant(), c.getExpirationTime().toInstant()))
        .isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5));
    assertThat(c.getJWTID()).isNotBlank();

    wm.verify(getRequestedFor(urlPathEqualTo("/userinfo")).withHeader("Authorization", equalTo("Bearer at-123"))
        .withHeader("User-Agent", containing("council-platform-sdk-java")));
  }

  @Test
  void psAssertionAndKeyIdWhenConfigured() throws Exception {
    client = op.clientBuilder().clientAssertionAlgorithm(ClientAssertionAlgorithm.PS256).privateKeyId("rp-key-1")
        .build();
    SignInSession session = client.startSignIn().session();
    op.stubToken(op.idToken(session, b -> { }));
    op.stubUserinfo(op.userinfo(""));
    client.finishSignIn(FakeOneLogin.callback(session), session);
    SignedJWT assertion = SignedJWT.parse(params(wm.findAll(postRequestedFor(urlEqualTo("/token"))).get(0)
        .getBodyAsString()).get("client_assertion"));
    assertThat(assertion.getHeader().getAlgorithm().getName()).isEqualTo("PS256");
    assertThat(assertion.getHeader().getKeyID()).isEqualTo("rp-key-1");
    assertThat(assertion.verify(new RSASSAVerifier(FakeOneLogin.CLIENT_KEY.toRSAPublicKey()))).isTrue();
  }

  @Test
  void fullIdentityFlowReturnsTypedIdentity() {
    SignInSession session = client.startSignIn(SignInOptions.builder().trustLevel(TrustLevel.MEDIUM_IDENTITY)
        .identityClaims(IdentityClaim.values()).build()).session();
    op.stubToken(op.idToken(session, b -> { }));
    op.stubUserinfo(op.userinfo("\"https://vocab.account.gov.uk/v1/coreIdentityJWT\":\"" + op.coreIdentity(b -> { })
        + "\",\"https://vocab.account.gov.uk/v1/address\":[{\"uprn\":10022812929,\"buildingNumber\":\"8\","
        + "\"streetName\":\"HADLEY ROAD\",\"addressLocality\":\"BATH\",\"postalCode\":\"BA2 5AA\","
        + "\"addressCountry\":\"GB\",\"validFrom\":\"2021-01-01\"},{\"buildingName\":\"OLD HOUSE\","
        + "\"postalCode\":\"BA1 1AA\",\"addressCountry\":\"GB\",\"validUntil\":\"2021-01-01\",\"somethingNew\":1}],"
        + "\"https://vocab.account.gov.uk/v1/passport\":[{\"documentNumber\":\"321654987\","
        + "\"icaoIssuerCode\":\"GBR\",\"expiryDate\":\"2030-01-01\"}],"
        + "\"https://vocab.account.gov.uk/v1/drivingPermit\":[{\"expiryDate\":\"2032-02-02\",\"issueNumber\":\"5\","
        + "\"issuedBy\":\"DVLA\",\"personalNumber\":\"SMITH801290AJ9XX\"}],"
        + "\"https://vocab.account.gov.uk/v1/returnCode\":[]"));

    SignInResult result = client.finishSignIn(FakeOneLogin.callback(session), session);

    assertThat(result.identityOutcome()).isEqualTo(IdentityOutcome.PROVEN);
    assertThat(result.credentialTrust()).isEqualTo("Cl.Cm");
    VerifiedIdentity id = result.requireIdentity();
    assertThat(id.level()).isEqualTo("P2");
    assertThat(id.names()).hasSize(2);
    Name current = id.currentName().orElseThrow();
    assertThat(current.givenNames()).isEqualTo("Amala Jane");
    assertThat(current.familyName()).isEqualTo("Smith");
    assertThat(current.validFrom()).isEqualTo(LocalDate.of(2020, 6, 1));
    assertThat(id.names().get(1).familyName()).isEqualTo("Jones");
    assertThat(id.names().get(1).isCurrent()).isFalse();
    assertThat(id.birthDate().orElseThrow().value()).isEqualTo(LocalDate.of(1980, 2, 29));
    Address address = id.currentAddress().orElseThrow();
    assertThat(address.uprn()).isEqualTo(10022812929L);
    assertThat(address.buildingNumber()).isEqualTo("8");
    assertThat(address.postalCode()).isEqualTo("BA2 5AA");
    assertThat(address.validFrom()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(id.addresses()).hasSize(2);
    assertThat(id.passports()).containsExactly(new Passport("321654987", "GBR", LocalDate.of(2030, 1, 1)));
    assertThat(id.drivingPermits().get(0).personalNumber()).isEqualTo("SMITH801290AJ9XX");
    assertThat(result.returnCodes()).isEmpty();
    assertThat(id.toString() + result + address + id.passports() + current)
        .doesNotContain("Smith").doesNotContain("HADLEY").doesNotContain("321654987").doesNotContain("1980");
  }

  @Test
  void missingCoreIdentityMeansIdentityNotProven() {
    SignInSession session = client.startSignIn(SignInOptions.builder().trustLevel(TrustLevel.MEDIUM_IDENTITY)
        .identityClaims(IdentityClaim.CORE_IDENTITY, IdentityClaim.RETURN_CODE).build()).session();
    op.stubToken(op.idToken(session, b -> { }));
    op.stubUserinfo(op.userinfo("\"https://vocab.account.gov.uk/v1/returnCode\":[{\"code\":\"X\"}]"));

    SignInResult result = client.finishSignIn(FakeOneLogin.callback(session), session);

    assertThat(result.identityOutcome()).isEqualTo(IdentityOutcome.NOT_PROVEN);
    assertThat(result.verifiedIdentity()).isEmpty();
    assertThat(result.returnCodes()).containsExactly(new ReturnCode("X"));
    assertThatThrownBy(result::requireIdentity).isInstanceOfSatisfying(IdentityNotProvenException.class, e -> {
      assertThat(e.subject()).isEqualTo(SUB);
      assertThat(e.returnCodes()).containsExactly(new ReturnCode("X"));
      assertThat(e.getMessage()).contains("did not prove").contains("level P2");
    });
  }

  @Test
  void wrongOrMissingStateIsRefusedBeforeAnythingElse() {
    SignInSession session = client.startSignIn().session();
    assertThatThrownBy(() -> client.finishSignIn(URI.create(REDIRECT + "?code=c&state=forged"), session))
        .isInstanceOf(StateMismatchException.class).hasMessageContaining("not the one stored");
    assertThatThrownBy(() -> client.finishSignIn(URI.create(REDIRECT + "?code=c"), session))
        .isInstanceOf(StateMismatchException.class).hasMessageContaining("no state");
    // An error redirect with the wrong state is a forgery too, not an error to show.
    assertThatThrownBy(() -> client.finishSignIn(URI.create(REDIRECT + "?error=access_denied&state=x"), session))
        .isInstanceOf(StateMismatchException.class);
    wm.verify(0, postRequestedFor(urlEqualTo("/token")));
  }

  @Test
  void errorRedirectsBecomeTypedExceptions() {
    SignInSession session = client.startSignIn().session();
    assertThatThrownBy(() -> client.finishSignIn(URI.create(REDIRECT + "?error=access_denied&error_description="
        + "Access%20denied&state=" + session.state()), session))
        .isInstanceOfSatisfying(AuthorizationErrorException.class, e -> {
          assertThat(e.error()).isEqualTo(AuthorizationError.ACCESS_DENIED);
          assertThat(e.description()).contains("Access denied");
          assertThat(e.isRetryable()).isFalse();
        });
    assertThatThrownBy(() -> client.finishSignIn(URI.create(REDIRECT + "?error=temporarily_unavailable&state="
        + session.state()), session))
        .isInstanceOfSatisfying(AuthorizationErrorException.class, e -> {
          assertThat(e.error()).isEqualTo(AuthorizationError.TEMPORARILY_UNAVAILABLE);
          assertThat(e.isRetryable()).isTrue();
        });
    assertThatThrownBy(() -> client.finishSignIn(URI.create(REDIRECT + "?error=login_required&state="
        + session.state()), session))
        .isInstanceOfSatisfying(AuthorizationErrorException.class,
            e -> assertThat(e.error()).isEqualTo(AuthorizationError.LOGIN_REQUIRED));
    assertThatThrownBy(() -> client.finishSignIn(URI.create(REDIRECT + "?error=brand_new&state="
        + session.state()), session))
        .isInstanceOfSatisfying(AuthorizationErrorException.class, e -> {
          assertThat(e.error()).isEqualTo(AuthorizationError.UNKNOWN);
          assertThat(e.errorCode()).isEqualTo("brand_new");
        });
    assertThatThrownBy(() -> client.finishSignIn(URI.create(REDIRECT + "?state=" + session.state()), session))
        .isInstanceOf(SignInFailedException.class).hasMessageContaining("no single authorisation code");
    wm.verify(0, postRequestedFor(urlEqualTo("/token")));
  }

  @Test
  void tokenEndpointRefusalIsTyped() {
    SignInSession session = client.startSignIn().session();
    wm.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Invalid grant\"}")));
    assertThatThrownBy(() -> client.finishSignIn(FakeOneLogin.callback(session), session))
        .isInstanceOfSatisfying(InvalidRequestException.class,
            e -> assertThat(e.errorCode()).contains("invalid_grant"));
  }

  @Test
  void tokenRequestIsNeverResentAfterItMayHaveArrived() {
    SignInSession session = client.startSignIn().session();
    wm.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(502)));
    assertThatThrownBy(() -> client.finishSignIn(FakeOneLogin.callback(session), session))
        .isInstanceOf(OutcomeUnknownException.class);
    wm.verify(1, postRequestedFor(urlEqualTo("/token")));
  }

  @Test
  void userinfoRefusingTheAccessTokenIsAnAuthenticationError() {
    SignInSession session = client.startSignIn().session();
    op.stubToken(op.idToken(session, b -> { }));
    wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/userinfo"))
        .willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate",
            "Bearer error=\"invalid_token\", error_description=\"Invalid access token\"")));
    assertThatThrownBy(() -> client.finishSignIn(FakeOneLogin.callback(session), session))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.statusCode()).isEqualTo(401));
  }

  @Test
  void everyTokenRequestCarriesAFreshAssertion() throws Exception {
    for (int i = 0; i < 2; i++) {
      SignInSession session = client.startSignIn().session();
      op.stubToken(op.idToken(session, b -> { }));
      op.stubUserinfo(op.userinfo(""));
      client.finishSignIn(FakeOneLogin.callback(session), session);
    }
    List<String> jtis = new java.util.ArrayList<>();
    for (LoggedRequest r : wm.findAll(postRequestedFor(urlEqualTo("/token")))) {
      jtis.add(SignedJWT.parse(params(r.getBodyAsString()).get("client_assertion")).getJWTClaimsSet().getJWTID());
    }
    assertThat(jtis).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void sessionIsJavaSerializable() throws Exception {
    SignInSession session = client.startSignIn().session();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(session);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(session);
    }
  }

  @Test
  void sessionSurvivesEncodingAndHidesSecrets() {
    SignInSession session = client.startSignIn(SignInOptions.builder().trustLevel(TrustLevel.MEDIUM_IDENTITY)
        .maxAge(Duration.ofSeconds(30)).build()).session();
    assertThat(SignInSession.decode(session.encode())).isEqualTo(session);
    assertThat(session.toString()).doesNotContain(session.nonce()).doesNotContain(session.codeVerifier())
        .doesNotContain(session.state());
    assertThatThrownBy(() -> SignInSession.decode("nonsense")).isInstanceOf(IllegalArgumentException.class);
  }
}
