package io.github.councilplatform.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A One Login provider on WireMock, with keys generated here: discovery, JWKS, DID document, token and
 * userinfo, plus minting of ID tokens, core identity JWTs and logout tokens.
 */
final class FakeOneLogin {
  static final String CLIENT_ID = "council-client";
  static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
  static final URI REDIRECT = URI.create("https://council.example/sign-in/callback");
  static final String SUB = "urn:fdc:gov.uk:2022:abc123";
  static final RSAKey CLIENT_KEY = rsa("client-key");
  static final ECKey ID_KEY = ec("id-key-1");
  static final ECKey ID_KEY_2 = ec("id-key-2");
  static final RSAKey ID_RSA_KEY = rsa("id-rsa-1");
  static final ECKey OTHER_EC_KEY = ec("id-key-1");

  final WireMockExtension wm;
  final MutableClock clock = new MutableClock(T0);
  final String base;
  final String issuer;
  final String identityIssuer;
  final String didId;
  final ECKey didKey;

  FakeOneLogin(WireMockExtension wm) {
    this.wm = wm;
    this.base = "http://localhost:" + wm.getPort();
    this.issuer = base + "/";
    this.identityIssuer = base + "/identity/";
    this.didId = "did:web:localhost%3A" + wm.getPort();
    this.didKey = ec(didId + "#did-key-1");
  }

  static ECKey ec(String kid) {
    try {
      return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static RSAKey rsa(String kid) {
    try {
      return new RSAKeyGenerator(2048).keyID(kid).generate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String pkcs8Pem(RSAKey key) {
    try {
      byte[] der = key.toPrivateKey().getEncoded();
      return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
          + "\n-----END PRIVATE KEY-----\n";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  OneLoginEndpoints endpoints() {
    return OneLoginEndpoints.of(issuer, identityIssuer, URI.create(base + "/identity/.well-known/did.json"));
  }

  OneLoginClient.Builder clientBuilder() {
    return OneLoginClient.builder()
        .endpoints(endpoints())
        .clientId(CLIENT_ID)
        .privateKeyPem(pkcs8Pem(CLIENT_KEY))
        .redirectUri(REDIRECT)
        .clock(clock)
        .sleeper(d -> { });
  }

  OneLoginClient client() {
    return clientBuilder().build();
  }

  /** Discovery, JWKS (the first ID key) and DID document, each cacheable for an hour. */
  FakeOneLogin stubProvider() {
    stubDiscovery("max-age=3600");
    stubJwks(ID_KEY, ID_RSA_KEY);
    stubDid(didKey);
    return this;
  }

  void stubDiscovery(String cacheControl) {
    String json = "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + base + "/authorize\","
        + "\"token_endpoint\":\"" + base + "/token\",\"userinfo_endpoint\":\"" + base + "/userinfo\","
        + "\"jwks_uri\":\"" + base + "/.well-known/jwks.json\",\"end_session_endpoint\":\"" + base + "/logout\","
        + "\"id_token_signing_alg_values_supported\":[\"ES256\",\"RS256\"]}";
    wm.stubFor(get(urlEqualTo("/.well-known/openid-configuration")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withHeader("Cache-Control", cacheControl).withBody(json)));
  }

  void stubJwks(JWK... keys) {
    List<JWK> pub = java.util.Arrays.stream(keys).map(JWK::toPublicJWK).toList();
    wm.stubFor(get(urlEqualTo("/.well-known/jwks.json")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withHeader("Cache-Control", "max-age=86400")
        .withBody(new JWKSet(pub).toString())));
  }

  void stubDid(ECKey... keys) {
    StringBuilder methods = new StringBuilder();
    for (ECKey k : keys) {
      if (methods.length() > 0) {
        methods.append(',');
      }
      methods.append("{\"id\":\"").append(k.getKeyID()).append("\",\"type\":\"JsonWebKey\",\"controller\":\"")
          .append(didId).append("\",\"publicKeyJwk\":").append(new ECKey.Builder(k.getCurve(), k.getX(), k.getY()).build().toJSONString()).append('}');
    }
    wm.stubFor(get(urlEqualTo("/identity/.well-known/did.json")).willReturn(aResponse().withStatus(200)
        .withHeader("Cache-Control", "max-age=3600, private")
        .withBody("{\"@context\":[\"https://www.w3.org/ns/did/v1\"],\"id\":\"" + didId + "\",\"assertionMethod\":["
            + methods + "]}")));
  }

  void stubToken(String idToken) {
    wm.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"access_token\":\"at-123\",\"token_type\":\"Bearer\",\"expires_in\":180,\"id_token\":\""
            + idToken + "\"}")));
  }

  void stubUserinfo(String json) {
    wm.stubFor(get(urlPathEqualTo("/userinfo")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(json)));
  }

  String userinfo(String extraFields) {
    return "{\"sub\":\"" + SUB + "\",\"email\":\"amala@example.org\",\"email_verified\":true"
        + (extraFields.isEmpty() ? "" : "," + extraFields) + "}";
  }

  /** A valid ID token for the session, after customisation. */
  String idToken(SignInSession session, Consumer<JWTClaimsSet.Builder> customise) {
    return idToken(session, ID_KEY, JWSAlgorithm.ES256, customise);
  }

  String idToken(SignInSession session, JWK key, JWSAlgorithm alg, Consumer<JWTClaimsSet.Builder> customise) {
    Instant now = clock.instant();
    JWTClaimsSet.Builder b = new JWTClaimsSet.Builder()
        .issuer(issuer).subject(SUB).audience(CLIENT_ID)
        .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(120)))
        .claim("nonce", session.nonce()).claim("vot", session.trustLevel().credentialTrust())
        .claim("vtm", base + "/trustmark").claim("sid", "sid-1").claim("auth_time", now.getEpochSecond());
    customise.accept(b);
    return sign(new JWSHeader.Builder(alg).keyID(key.getKeyID()).build(), b.build(), key);
  }

  /** A valid core identity JWT (P2) for the subject, after customisation. */
  String coreIdentity(Consumer<JWTClaimsSet.Builder> customise) {
    return coreIdentity(didKey, didKey.getKeyID(), customise);
  }

  String coreIdentity(JWK key, String kid, Consumer<JWTClaimsSet.Builder> customise) {
    Instant now = clock.instant();
    Map<String, Object> vc = Map.of("type", List.of("VerifiableCredential", "IdentityCheckCredential"),
        "credentialSubject", Map.of(
            "name", List.of(
                Map.of("validFrom", "2020-06-01", "nameParts", List.of(
                    Map.of("value", "Amala", "type", "GivenName"), Map.of("value", "Jane", "type", "GivenName"),
                    Map.of("value", "Smith", "type", "FamilyName"))),
                Map.of("validUntil", "2020-06-01", "nameParts", List.of(
                    Map.of("value", "Amala", "type", "GivenName"), Map.of("value", "Jones", "type", "FamilyName")))),
            "birthDate", List.of(Map.of("value", "1980-02-29"))));
    JWTClaimsSet.Builder b = new JWTClaimsSet.Builder()
        .issuer(identityIssuer).subject(SUB).audience(CLIENT_ID)
        .notBeforeTime(Date.from(now)).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(1800)))
        .claim("vot", "P2").claim("vtm", base + "/trustmark").claim("vc", vc);
    customise.accept(b);
    return sign(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid).build(), b.build(), key);
  }

  /** A valid back-channel logout token, after customisation. */
  String logoutToken(Consumer<JWTClaimsSet.Builder> customise) {
    Instant now = clock.instant();
    JWTClaimsSet.Builder b = new JWTClaimsSet.Builder()
        .issuer(issuer).subject(SUB).audience(CLIENT_ID)
        .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(2))))
        .jwtID(UUID.randomUUID().toString())
        .claim("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()));
    customise.accept(b);
    return sign(new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("logout+jwt"))
        .keyID(ID_KEY.getKeyID()).build(), b.build(), ID_KEY);
  }

  static String sign(JWSHeader header, JWTClaimsSet claims, JWK key) {
    try {
      JWSSigner signer = key instanceof ECKey ec ? new ECDSASigner(ec) : new RSASSASigner((RSAKey) key);
      SignedJWT jwt = new SignedJWT(header, claims);
      jwt.sign(signer);
      return jwt.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The callback One Login would redirect to after a successful sign-in. */
  static URI callback(SignInSession session) {
    return URI.create(REDIRECT + "?code=auth-code-1&state=" + session.state());
  }
}
