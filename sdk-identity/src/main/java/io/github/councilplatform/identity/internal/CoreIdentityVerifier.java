package io.github.councilplatform.identity.internal;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.councilplatform.identity.TokenKind;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Verifies a core identity JWT exactly as One Login's "Prove your user's identity" requires: ES256 only; the
 * {@code kid} split into controller and key id; the key taken from the configured DID document, whose
 * {@code id} must be the controller; then {@code iss}, {@code aud}, {@code sub} equal to the ID token's,
 * {@code exp}, and {@code vot} equal to the identity level requested.
 */
final class CoreIdentityVerifier {
  private static final TokenKind KIND = TokenKind.CORE_IDENTITY;

  private final DidKeys keys;
  private final String identityIssuer;
  private final String clientId;
  private final Set<String> trustedAudiences;
  private final Clock clock;
  private final Duration skew;

  CoreIdentityVerifier(DidKeys keys, String identityIssuer, String clientId,
      Set<String> trustedAudiences, Clock clock, Duration skew) {
    this.keys = keys;
    this.identityIssuer = identityIssuer;
    this.clientId = clientId;
    this.trustedAudiences = trustedAudiences;
    this.clock = clock;
    this.skew = skew;
  }

  JWTClaimsSet verify(String coreIdentityJwt, String expectedSubject, String expectedLevel) {
    SignedJWT jwt = Jwts.parseSigned(coreIdentityJwt, KIND);
    Jwts.requireAlgorithm(jwt, JWSAlgorithm.ES256, KIND);
    Jwts.verify(jwt, List.of(keys.key(jwt.getHeader().getKeyID())), KIND);
    JWTClaimsSet claims = Jwts.claims(jwt, KIND);
    new ClaimChecks(KIND, claims, clock.instant(), skew)
        .issuer(identityIssuer)
        .audience(clientId, trustedAudiences)
        .subjectEquals(expectedSubject)
        .notExpired()
        .issuedInPast(false)
        .vot(expectedLevel);
    return claims;
  }
}
