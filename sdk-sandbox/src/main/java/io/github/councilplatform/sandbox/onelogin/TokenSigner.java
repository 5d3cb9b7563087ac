package io.github.councilplatform.sandbox.onelogin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issues the provider's JWTs: ID tokens, core identity JWTs and logout tokens, with the real claims and
 * lifetimes, and applies the injected error scenarios to them. Their times ({@code iat}, {@code exp},
 * {@code nbf}, {@code auth_time}) are on the host's real time, so a relying party on the system clock and one
 * made by the sandbox both accept them however far the sandbox clock has moved.
 */
final class TokenSigner {
  static final Duration ID_TOKEN_LIFETIME = Duration.ofSeconds(120);
  static final Duration CORE_IDENTITY_LIFETIME = Duration.ofMinutes(30);
  static final Duration LOGOUT_TOKEN_LIFETIME = Duration.ofSeconds(120);
  /** The kid the simulator puts in a deliberately invalid header. */
  static final String INVALID_KID = "60c01993-94cd-4d32-a4da-2a44dba7e45b";

  private final Provider provider;

  TokenSigner(Provider provider) {
    this.provider = provider;
  }

  /** The ID token for a grant and the access token issued with it. */
  String idToken(Grant grant, ClientRegistration client, String accessToken) {
    Scenarios s = provider.scenarios;
    Instant now = provider.issuedAt();
    Instant iat = now;
    Instant exp = now.plus(ID_TOKEN_LIFETIME);
    if (s.has(Scenarios.IdToken.TOKEN_EXPIRED)) {
      iat = now.minus(Duration.ofDays(1));
      exp = iat.plus(ID_TOKEN_LIFETIME);
    } else if (s.has(Scenarios.IdToken.TOKEN_NOT_VALID_YET)) {
      iat = now.plus(Duration.ofDays(1));
      exp = iat.plus(ID_TOKEN_LIFETIME);
    }
    AuthRequest req = grant.request();
    String vot = req.credentialTrust();
    if (s.has(Scenarios.IdToken.INCORRECT_VOT)) {
      vot = vot.equals("Cl") ? "Cl.Cm" : "Cl";
    }
    JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
        .issuer(s.has(Scenarios.IdToken.INVALID_ISS) ? "https://invalid-issuer.account.gov.uk/" : provider.issuer)
        .subject(grant.subject())
        .audience(s.has(Scenarios.IdToken.INVALID_AUD) ? Provider.randomAlphanumeric(32) : client.clientId())
        .expirationTime(Date.from(exp))
        .issueTime(Date.from(iat))
        .claim("at_hash", atHash(accessToken))
        .claim("sid", grant.sessionId())
        .claim("vot", vot)
        .claim("vtm", provider.trustmarkUrl())
        .claim("auth_time", provider.toIssuedTime(grant.authTime()).getEpochSecond());
    if (req.nonce() != null) {
      claims.claim("nonce", s.has(Scenarios.IdToken.NONCE_NOT_MATCHING) ? Provider.randomToken() : req.nonce());
    }
    JWK key = provider.keys.current(client.idTokenAlgorithm());
    String jwt = sign(new JWSHeader.Builder(client.idTokenAlgorithm()).keyID(key.getKeyID()).build(),
        claims.build(), key);
    if (s.has(Scenarios.IdToken.INVALID_SIGNATURE)) {
      jwt = withForeignSignature(jwt, client.idTokenAlgorithm());
    }
    if (s.has(Scenarios.IdToken.INVALID_ALG_HEADER)) {
      jwt = withInvalidHeader(jwt);
    }
    return jwt;
  }

  /** The core identity JWT for a resident with a proven identity. */
  String coreIdentity(Grant grant) {
    Scenarios s = provider.scenarios;
    Instant now = provider.issuedAt();
    Instant iat = s.has(Scenarios.CoreIdentity.TOKEN_EXPIRED) ? now.minus(Duration.ofDays(1)) : now;
    Instant exp = iat.plus(CORE_IDENTITY_LIFETIME);
    Map<String, Object> vc = new LinkedHashMap<>();
    vc.put("type", List.of("VerifiableCredential", "IdentityCheckCredential"));
    vc.put("credentialSubject", grant.resident().credentialSubject());
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .subject(s.has(Scenarios.CoreIdentity.INCORRECT_SUB)
            ? "urn:fdc:gov.uk:2022:" + Provider.randomToken() : grant.subject())
        .issuer(s.has(Scenarios.CoreIdentity.INVALID_ISS)
            ? "https://invalid-issuer.account.gov.uk/" : provider.identityIssuer)
        .audience(s.has(Scenarios.CoreIdentity.INVALID_AUD)
            ? Provider.randomAlphanumeric(32) : grant.request().clientId())
        .notBeforeTime(Date.from(iat))
        .issueTime(Date.from(iat))
        .expirationTime(Date.from(exp))
        .claim("vot", grant.request().levelOfConfidence())
        .claim("vtm", provider.trustmarkUrl())
        .claim("vc", vc)
        .build();
    String jwt = sign(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(provider.didKid()).type(JOSEObjectType.JWT)
        .build(), claims, provider.didKey);
    if (s.has(Scenarios.CoreIdentity.INVALID_SIGNATURE)) {
      jwt = withForeignSignature(jwt, JWSAlgorithm.ES256);
    }
    if (s.has(Scenarios.CoreIdentity.INVALID_ALG_HEADER)) {
      jwt = withInvalidHeader(jwt);
    }
    return jwt;
  }

  /** A back-channel logout token: always ES256, {@code typ: logout+jwt}, no {@code sid}. */
  String logoutToken(String clientId, String subject) {
    Instant now = provider.issuedAt();
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(provider.issuer)
        .subject(subject)
        .audience(clientId)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(LOGOUT_TOKEN_LIFETIME)))
        .jwtID(UUID.randomUUID().toString())
        .claim("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()))
        .build();
    JWK key = provider.keys.current(JWSAlgorithm.ES256);
    return sign(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
        .type(new JOSEObjectType("logout+jwt")).build(), claims, key);
  }

  static String sign(JWSHeader header, JWTClaimsSet claims, JWK key) {
    try {
      JWSSigner signer = key instanceof ECKey ec ? new ECDSASigner(ec) : new RSASSASigner((RSAKey) key);
      SignedJWT jwt = new SignedJWT(header, claims);
      jwt.sign(signer);
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("Could not sign a sandbox token", e);
    }
  }

  /** Re-signs the same header and claims with a throwaway key: well-formed, but the signature is wrong. */
  private static String withForeignSignature(String jwt, JWSAlgorithm alg) {
    JWK foreign = JWSAlgorithm.RS256.equals(alg) ? SigningKeys.newRsa() : SigningKeys.newEc();
    try {
      SignedJWT parsed = SignedJWT.parse(jwt);
      String resigned = sign(parsed.getHeader(), parsed.getJWTClaimsSet(), foreign);
      String[] parts = jwt.split("\\.");
      return parts[0] + "." + parts[1] + "." + resigned.split("\\.")[2];
    } catch (java.text.ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Swaps the header for {@code {"kid": <unknown>, "alg": "HS256"}}, as the simulator does. */
  private static String withInvalidHeader(String jwt) {
    String header = Base64URL.encode(("{\"kid\":\"" + INVALID_KID + "\",\"alg\":\"HS256\"}")
        .getBytes(StandardCharsets.UTF_8)).toString();
    String[] parts = jwt.split("\\.");
    return header + "." + parts[1] + "." + parts[2];
  }

  /** The OIDC {@code at_hash}: left half of SHA-256 of the access token, base64url. */
  static String atHash(String accessToken) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(accessToken.getBytes(StandardCharsets.US_ASCII));
      return Base64URL.encode(Arrays.copyOf(h, h.length / 2)).toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
