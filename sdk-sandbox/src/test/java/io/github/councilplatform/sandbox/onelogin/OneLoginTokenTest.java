package io.github.councilplatform.sandbox.onelogin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class OneLoginTokenTest {
  private OneLoginHarness rp;
  private Sandbox sandbox;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    this.sandbox = sandbox;
    rp = new OneLoginHarness(sandbox);
  }

  private Instant now() {
    return Instant.now(sandbox.clock());
  }

  private JsonNode tokenError(Map<String, String> form, int status) {
    HttpResponse<String> r = rp.postForm("/token", form);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    return OneLoginHarness.json(r);
  }

  private String code() {
    return rp.codeFor(rp.authParams(), "kenneth-decerqueira");
  }

  @Test
  void exchangesACodeForOpaqueAccessTokenAndEs256IdToken() throws Exception {
    JsonNode t = rp.token(code());
    assertThat(t.get("token_type").asText()).isEqualTo("Bearer");
    assertThat(t.get("expires_in").asInt()).isEqualTo(180);
    assertThat(t.get("access_token").asText()).doesNotContain(".");
    SignedJWT id = SignedJWT.parse(t.get("id_token").asText());
    assertThat(id.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
    JWTClaimsSet c = id.getJWTClaimsSet();
    assertThat(c.getIssuer()).isEqualTo(rp.base + "/");
    assertThat(c.getAudience()).containsExactly(rp.clientId);
    assertThat(c.getSubject()).startsWith("urn:fdc:gov.uk:2022:");
    assertThat(c.getStringClaim("nonce")).isEqualTo("nonce-456");
    assertThat(c.getStringClaim("vot")).isEqualTo("Cl.Cm");
    assertThat(c.getStringClaim("vtm")).isEqualTo(rp.base + "/trustmark");
    assertThat(c.getStringClaim("sid")).matches("[0-9a-f]{32}");
    assertThat(c.getStringClaim("at_hash")).isEqualTo(TokenSigner.atHash(t.get("access_token").asText()));
    assertThat(c.getLongClaim("auth_time")).isCloseTo(now().getEpochSecond(), org.assertj.core.data.Offset.offset(5L));
    assertThat(Duration.between(c.getIssueTime().toInstant(), c.getExpirationTime().toInstant()))
        .isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void eachSessionHasItsOwnSid() throws Exception {
    String sid1 = SignedJWT.parse(rp.token(code()).get("id_token").asText()).getJWTClaimsSet().getStringClaim("sid");
    String sid2 = SignedJWT.parse(rp.token(code()).get("id_token").asText()).getJWTClaimsSet().getStringClaim("sid");
    assertThat(sid1).isNotEqualTo(sid2);
  }

  @Test
  void aCodeWorksOnlyOnce() {
    String code = code();
    rp.token(code);
    JsonNode e = tokenError(rp.tokenForm(code, rp.assertion()), 400);
    assertThat(e.get("error").asText()).isEqualTo("invalid_grant");
  }

  @Test
  void aCodeExpiresAfterFiveMinutes() {
    String code = code();
    sandbox.advanceClock(Duration.ofSeconds(301));
    assertThat(tokenError(rp.tokenForm(code, rp.assertion()), 400).get("error").asText()).isEqualTo("invalid_grant");
  }

  @Test
  void redirectUriMustMatch() {
    Map<String, String> f = rp.tokenForm(code(), rp.assertion());
    f.put("redirect_uri", "http://localhost:8080/other");
    assertThat(tokenError(f, 400).get("error").asText()).isEqualTo("invalid_grant");
  }

  @Test
  void pkceVerifierIsChecked() {
    String verifier = "a".repeat(20) + UUID.randomUUID() + "b".repeat(10);
    Map<String, String> p = rp.authParams();
    p.put("code_challenge", OneLoginHarness.s256(verifier));
    p.put("code_challenge_method", "S256");
    Map<String, String> f = rp.tokenForm(rp.codeFor(p, "kenneth-decerqueira"), rp.assertion());
    f.put("code_verifier", verifier + "x");
    JsonNode e = tokenError(f, 400);
    assertThat(e.get("error").asText()).isEqualTo("invalid_grant");
    assertThat(e.get("error_description").asText()).isEqualTo("PKCE code verification failed");
    f = rp.tokenForm(rp.codeFor(p, "kenneth-decerqueira"), rp.assertion());
    f.put("code_verifier", verifier);
    assertThat(rp.postForm("/token", f).statusCode()).isEqualTo(200);
  }

  @Test
  void assertionExpiryHasThirtySecondsLeeway() {
    String ok = OneLoginHarness.assertion(rp.clientId, rp.clientKey, JWSAlgorithm.RS256, rp.base + "/token",
        now().minusSeconds(20), UUID.randomUUID().toString());
    assertThat(rp.postForm("/token", rp.tokenForm(code(), ok)).statusCode()).isEqualTo(200);
    String expired = OneLoginHarness.assertion(rp.clientId, rp.clientKey, JWSAlgorithm.RS256, rp.base + "/token",
        now().minusSeconds(40), UUID.randomUUID().toString());
    JsonNode e = tokenError(rp.tokenForm(code(), expired), 400);
    assertThat(e.get("error").asText()).isEqualTo("invalid_grant");
    assertThat(e.get("error_description").asText()).isEqualTo("private_key_jwt has expired");
  }

  /**
   * The real provider keeps no memory of assertion ids: ClientSignatureValidationService.java:109-116 builds its
   * ClientAuthenticationVerifier without a JWT ID checker, so a reused assertion is accepted.
   */
  @Test
  void aReusedAssertionIsAcceptedAsByTheRealProvider() {
    String assertion = rp.assertion();
    assertThat(rp.postForm("/token", rp.tokenForm(code(), assertion)).statusCode()).isEqualTo(200);
    assertThat(rp.postForm("/token", rp.tokenForm(code(), assertion)).statusCode()).isEqualTo(200);
  }

  @Test
  void audienceMayBeTheIssuerButNothingElse() {
    String issuerAud = OneLoginHarness.assertion(rp.clientId, rp.clientKey, JWSAlgorithm.PS256, rp.base + "/",
        now().plusSeconds(300), UUID.randomUUID().toString());
    assertThat(rp.postForm("/token", rp.tokenForm(code(), issuerAud)).statusCode()).isEqualTo(200);
    String wrongAud = OneLoginHarness.assertion(rp.clientId, rp.clientKey, JWSAlgorithm.RS256,
        "https://oidc.account.gov.uk/token", now().plusSeconds(300), UUID.randomUUID().toString());
    JsonNode e = tokenError(rp.tokenForm(code(), wrongAud), 400);
    assertThat(e.get("error").asText()).isEqualTo("invalid_client");
    assertThat(e.get("error_description").asText()).isEqualTo("Invalid signature in private_key_jwt");
  }

  @Test
  void wrongKeyIsAnInvalidSignature() throws Exception {
    RSAKey other = new RSAKeyGenerator(2048).generate();
    String a = OneLoginHarness.assertion(rp.clientId, other, JWSAlgorithm.RS256, rp.base + "/token",
        now().plusSeconds(300), UUID.randomUUID().toString());
    assertThat(tokenError(rp.tokenForm(code(), a), 400).get("error_description").asText())
        .isEqualTo("Invalid signature in private_key_jwt");
  }

  /**
   * Nimbus's PrivateKeyJWT.parse (PrivateKeyJwtClientAuthValidator.java:46) accepts ECDSA assertions and needs
   * no jti; the ES256 assertion then fails against the client's RSA key as "Invalid signature in
   * private_key_jwt" (PrivateKeyJwtClientAuthValidator.java:83-90).
   */
  @Test
  void ecAssertionsAreBadSignaturesAndJtiIsOptional() throws Exception {
    ECKey ec = new ECKeyGenerator(Curve.P_256).generate();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.ES256), new JWTClaimsSet.Builder()
        .issuer(rp.clientId).subject(rp.clientId).audience(rp.base + "/token")
        .expirationTime(Date.from(now().plusSeconds(300))).jwtID("x").build());
    jwt.sign(new ECDSASigner(ec));
    JsonNode e = tokenError(rp.tokenForm(code(), jwt.serialize()), 400);
    assertThat(e.get("error").asText()).isEqualTo("invalid_client");
    assertThat(e.get("error_description").asText()).isEqualTo("Invalid signature in private_key_jwt");
    String noJti = OneLoginHarness.assertion(rp.clientId, rp.clientKey, JWSAlgorithm.RS256, rp.base + "/token",
        now().plusSeconds(300), null);
    assertThat(rp.postForm("/token", rp.tokenForm(code(), noJti)).statusCode()).isEqualTo(200);
  }

  /** An HMAC assertion is refused by Nimbus's PrivateKeyJWT.parse: PrivateKeyJwtClientAuthValidator.java:91-96. */
  @Test
  void symmetricAssertionsAreInvalidRequests() throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
        .issuer(rp.clientId).subject(rp.clientId).audience(rp.base + "/token")
        .expirationTime(Date.from(now().plusSeconds(300))).build());
    jwt.sign(new com.nimbusds.jose.crypto.MACSigner(new byte[32]));
    JsonNode e = tokenError(rp.tokenForm("x", jwt.serialize()), 400);
    assertThat(e.get("error").asText()).isEqualTo("invalid_request");
    assertThat(e.get("error_description").asText()).isEqualTo("Invalid private_key_jwt");
  }

  /**
   * The client is named by the assertion's sub; an iss that differs fails Nimbus's claims verifier, reported
   * as a bad signature (PrivateKeyJwtClientAuthValidator.java:83-90).
   */
  @Test
  void issuerDifferentFromSubjectIsABadSignature() {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
        .issuer("someone-else").subject(rp.clientId).audience(rp.base + "/token")
        .expirationTime(Date.from(now().plusSeconds(300))).build());
    try {
      jwt.sign(new com.nimbusds.jose.crypto.RSASSASigner(rp.clientKey));
    } catch (JOSEException ex) {
      throw new IllegalStateException(ex);
    }
    JsonNode e = tokenError(rp.tokenForm("x", jwt.serialize()), 400);
    assertThat(e.get("error").asText()).isEqualTo("invalid_client");
    assertThat(e.get("error_description").asText()).isEqualTo("Invalid signature in private_key_jwt");
  }

  /**
   * Parameters first (orchestration-shared TokenService.java:174-202, TokenHandler.java:163-167), each with
   * its own text, even when the client assertion is missing or expired.
   */
  @Test
  void parametersAreCheckedBeforeClientAuthentication() {
    String expired = OneLoginHarness.assertion(rp.clientId, rp.clientKey, JWSAlgorithm.RS256, rp.base + "/token",
        now().minusSeconds(3600), UUID.randomUUID().toString());
    Map<String, String> f = rp.tokenForm("x", expired);
    f.remove("grant_type");
    assertError(f, "invalid_request", "Request is missing grant_type parameter");
    f = rp.tokenForm("x", expired);
    f.put("grant_type", "client_credentials");
    assertError(f, "unsupported_grant_type", "Unsupported grant type");
    f = rp.tokenForm("x", expired);
    f.remove("redirect_uri");
    assertError(f, "invalid_request", "Request is missing redirect_uri parameter");
    f = rp.tokenForm("", expired);
    assertError(f, "invalid_request", "Request is missing code parameter");
    f = rp.tokenForm("x", expired);
    f.remove("code");
    assertError(f, "invalid_request", "Request is missing code parameter");
    assertError(Map.of(), "invalid_request", "Request is missing grant_type parameter");
    // Then the authentication method (TokenClientAuthValidatorFactory.java:24-42, TokenHandler.java:414-426).
    f = rp.tokenForm("x", expired);
    f.remove("client_assertion_type");
    assertError(f, "invalid_request", "Invalid token authentication method used");
    f = rp.tokenForm("x", expired);
    assertError(f, "invalid_grant", "private_key_jwt has expired");
  }

  /** TokenService.java:198-216 checks a refresh grant's parameters; TokenHandler.java:335-338 answers invalid_grant. */
  @Test
  void refreshTokenGrantsAreInvalidGrants() {
    Map<String, String> f = new java.util.LinkedHashMap<>(Map.of("grant_type", "refresh_token",
        "client_assertion_type", TokenEndpoint.ASSERTION_TYPE, "client_assertion", rp.assertion()));
    assertError(f, "invalid_request", "Request is missing refresh token");
    f.put("refresh_token", "");
    assertError(f, "invalid_request", "Invalid refresh token");
    f.put("refresh_token", "eyJhbGciOiJFUzI1NiJ9.e30.c2ln");
    assertError(f, "invalid_grant", "Invalid grant");
  }

  /** client_secret_post (ClientSecretPostClientAuthValidator.java:30-69): sandbox clients all use private_key_jwt. */
  @Test
  void clientSecretPostIsRefusedWithTheRealTexts() {
    Map<String, String> f = new java.util.LinkedHashMap<>(Map.of("grant_type", "authorization_code", "code", "x",
        "redirect_uri", rp.redirectUri, "client_id", rp.clientId, "client_secret", "s3cret"));
    assertError(f, "invalid_client", "Client is not registered to use client_secret_post");
    f.put("client_id", "nobody");
    assertError(f, "invalid_client", "Client authentication failed");
    f.remove("client_id");
    assertError(f, "invalid_request", "Invalid token authentication method used");
  }

  /** TokenHandler.java:287-299: a code_verifier without a code_challenge at /authorize fails PKCE. */
  @Test
  void aVerifierWithoutAChallengeFailsPkce() {
    Map<String, String> f = rp.tokenForm(code(), rp.assertion());
    f.put("code_verifier", "v".repeat(43));
    assertError(f, "invalid_grant", "PKCE code verification failed");
  }

  /** RequestBodyHelper.parseRequestBody puts each pair into a HashMap: a repeated parameter's last value wins. */
  @Test
  void theLastOfARepeatedParameterWins() throws Exception {
    Map<String, String> f = rp.tokenForm(code(), rp.assertion());
    String body = "redirect_uri=" + java.net.URLEncoder.encode("http://localhost:8080/other",
        java.nio.charset.StandardCharsets.UTF_8) + "&" + OneLoginHarness.encode(f);
    HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(rp.base + "/token")).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  private void assertError(Map<String, String> form, String error, String description) {
    JsonNode e = tokenError(form, 400);
    assertThat(e.get("error").asText()).as(form.toString()).isEqualTo(error);
    assertThat(e.get("error_description").asText()).as(form.toString()).isEqualTo(description);
  }

  @Test
  void unknownClientAndGrantTypeAreRejected() {
    String a = OneLoginHarness.assertion("unknown-client", rp.clientKey, JWSAlgorithm.RS256, rp.base + "/token",
        now().plusSeconds(300), UUID.randomUUID().toString());
    assertThat(tokenError(rp.tokenForm("x", a), 400).get("error").asText()).isEqualTo("invalid_client");
    Map<String, String> f = rp.tokenForm("x", rp.assertion());
    f.put("grant_type", "client_credentials");
    assertThat(tokenError(f, 400).get("error").asText()).isEqualTo("unsupported_grant_type");
  }

  @Test
  void rs256IdTokensForClientsRegisteredForThem() throws Exception {
    rp.admin("PUT", "/clients/" + rp.clientId, "{\"idTokenSigningAlgorithm\":\"RS256\"}");
    SignedJWT id = SignedJWT.parse(rp.token(code()).get("id_token").asText());
    assertThat(id.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
  }

  @Test
  void clientWithJwksUrlIsVerifiedByKid() throws Exception {
    try (JwksServer peer = new JwksServer()) {
      RSAKey key = new RSAKeyGenerator(2048).keyID("rp-key-1").keyUse(KeyUse.SIGNATURE).generate();
      peer.jwks = new JWKSet(key.toPublicJWK()).toString();
      String body = "{\"clientId\":\"jwks-client\",\"redirectUris\":[\"http://127.0.0.1:9/cb\"],"
          + "\"jwksUrl\":\"" + peer.url("/jwks.json") + "\"}";
      assertThat(rp.admin("POST", "/clients", body).statusCode()).isEqualTo(201);
      Map<String, String> p = rp.authParams();
      p.put("client_id", "jwks-client");
      p.put("redirect_uri", "http://127.0.0.1:9/cb");
      String code = rp.codeFor(p, "kenneth-decerqueira");
      Map<String, String> f = rp.tokenForm(code, OneLoginHarness.assertion("jwks-client", key, JWSAlgorithm.RS256,
          rp.base + "/token", now().plusSeconds(300), UUID.randomUUID().toString()));
      f.put("redirect_uri", "http://127.0.0.1:9/cb");
      assertThat(rp.postForm("/token", f).statusCode()).isEqualTo(200);
      RSAKey unpublished = new RSAKeyGenerator(2048).keyID("rp-key-2").generate();
      f = rp.tokenForm(rp.codeFor(p, "kenneth-decerqueira"), OneLoginHarness.assertion("jwks-client", unpublished,
          JWSAlgorithm.RS256, rp.base + "/token", now().plusSeconds(300), UUID.randomUUID().toString()));
      f.put("redirect_uri", "http://127.0.0.1:9/cb");
      // No key with that kid: the real JWKS fetch fails (JwksUtils.retrieveJwkFromURLWithKeyId), a server error.
      assertThat(tokenError(f, 500).get("error_description").asText())
          .isEqualTo("Failed to fetch or parse JWKS to verify signature of private_key_jwt");
    }
  }

  @Test
  void unreachableJwksIsAServerError() {
    String body = "{\"clientId\":\"dead-jwks\",\"redirectUris\":[\"http://127.0.0.1:9/cb\"],"
        + "\"jwksUrl\":\"http://127.0.0.1:9/jwks.json\"}";
    rp.admin("POST", "/clients", body);
    String a;
    try {
      RSAKey k = new RSAKeyGenerator(2048).keyID("k").generate();
      a = OneLoginHarness.assertion("dead-jwks", k, JWSAlgorithm.RS256, rp.base + "/token", now().plusSeconds(300),
          UUID.randomUUID().toString());
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    JsonNode e = tokenError(rp.tokenForm("x", a), 500);
    assertThat(e.get("error").asText()).isEqualTo("server_error");
  }
}
