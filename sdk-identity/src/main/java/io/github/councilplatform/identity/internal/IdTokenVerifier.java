package io.github.councilplatform.identity.internal;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.councilplatform.identity.SignInSession;
import io.github.councilplatform.identity.TokenKind;
import io.github.councilplatform.identity.TokenProblem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;

/**
 * Verifies an ID token as One Login's "Validate your ID token" requires: the pinned algorithm, a JWKS key
 * with the token's {@code kid}, then {@code iss}, {@code aud}, {@code exp}, {@code iat}, {@code nonce},
 * {@code vot} and, when {@code max_age} was sent, {@code auth_time}.
 */
final class IdTokenVerifier {
  private static final TokenKind KIND = TokenKind.ID_TOKEN;

  private final JWSAlgorithm algorithm;
  private final ProviderKeys keys;
  private final String issuer;
  private final String clientId;
  private final Set<String> trustedAudiences;
  private final Clock clock;
  private final Duration skew;

  IdTokenVerifier(JWSAlgorithm algorithm, ProviderKeys keys, String issuer, String clientId,
      Set<String> trustedAudiences, Clock clock,
      Duration skew) {
    this.algorithm = algorithm;
    this.keys = keys;
    this.issuer = issuer;
    this.clientId = clientId;
    this.trustedAudiences = trustedAudiences;
    this.clock = clock;
    this.skew = skew;
  }

  VerifiedIdToken verify(String idToken, SignInSession session) {
    SignedJWT jwt = Jwts.parseSigned(idToken, KIND);
    Jwts.requireAlgorithm(jwt, algorithm, KIND);
    Jwts.verify(jwt, keys.candidates(jwt, KIND), KIND);
    JWTClaimsSet claims = Jwts.claims(jwt, KIND);
    Instant now = clock.instant();
    ClaimChecks checks = new ClaimChecks(KIND, claims, now, skew)
        .issuer(issuer)
        .audience(clientId, trustedAudiences)
        .notExpired()
        .issuedInPast(true)
        .nonce(session.nonce())
        .vot(session.trustLevel().credentialTrust());
    String sub = checks.subject();
    Instant authTime = authTime(claims);
    if (session.maxAgeSeconds() != null) {
      if (authTime == null) {
        throw Jwts.fail(KIND, TokenProblem.AUTH_TIME, "max_age was sent but the token has no auth_time.");
      }
      Instant oldest = now.minusSeconds(session.maxAgeSeconds()).minus(skew);
      if (authTime.isBefore(oldest)) {
        throw Jwts.fail(KIND, TokenProblem.AUTH_TIME, "the user authenticated at " + authTime + ", longer ago than"
            + " max_age " + session.maxAgeSeconds() + " s; ask them to sign in again.");
      }
    }
    return new VerifiedIdToken(sub, checks.string("vot", TokenProblem.VECTOR_OF_TRUST),
        checks.string("sid", TokenProblem.MALFORMED), authTime);
  }

  private static Instant authTime(JWTClaimsSet claims) {
    try {
      Date d = claims.getDateClaim("auth_time");
      return d == null ? null : d.toInstant();
    } catch (java.text.ParseException e) {
      throw Jwts.fail(KIND, TokenProblem.AUTH_TIME, "auth_time is not a number of seconds.");
    }
  }
}
