package io.github.councilplatform.identity.internal;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.councilplatform.identity.ReplayStore;
import io.github.councilplatform.identity.TokenKind;
import io.github.councilplatform.identity.TokenProblem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Verifies a back-channel logout token: ES256 always (whatever the ID token algorithm), {@code typ}
 * {@code logout+jwt}, a JWKS key, {@code iss}, {@code aud}, {@code iat}, {@code exp}, {@code sub}, exactly the
 * back-channel logout event, no {@code nonce}, and a {@code jti} not seen before, remembered until the token's
 * own {@code exp} plus the clock skew (Back-Channel Logout 2.6 step 7), so a token cannot be replayed at any
 * point of its lifetime.
 */
final class LogoutTokenVerifier {
  static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";
  private static final JOSEObjectType TYPE = new JOSEObjectType("logout+jwt");
  private static final TokenKind KIND = TokenKind.LOGOUT_TOKEN;

  private final ProviderKeys keys;
  private final String issuer;
  private final String clientId;
  private final Set<String> trustedAudiences;
  private final Clock clock;
  private final Duration skew;
  private final ReplayStore replays;

  LogoutTokenVerifier(ProviderKeys keys, String issuer, String clientId, Set<String> trustedAudiences, Clock clock,
      Duration skew, ReplayStore replays) {
    this.keys = keys;
    this.issuer = issuer;
    this.clientId = clientId;
    this.trustedAudiences = trustedAudiences;
    this.clock = clock;
    this.skew = skew;
    this.replays = replays;
  }

  String verify(String logoutToken) {
    SignedJWT jwt = Jwts.parseSigned(logoutToken, KIND);
    Jwts.requireAlgorithm(jwt, JWSAlgorithm.ES256, KIND);
    if (!TYPE.equals(jwt.getHeader().getType())) {
      throw Jwts.fail(KIND, TokenProblem.TYPE, "typ is '" + jwt.getHeader().getType() + "' but must be"
          + " 'logout+jwt'.");
    }
    Jwts.verify(jwt, keys.candidates(jwt, KIND), KIND);
    JWTClaimsSet claims = Jwts.claims(jwt, KIND);
    Instant now = clock.instant();
    ClaimChecks checks = new ClaimChecks(KIND, claims, now, skew)
        .issuer(issuer)
        .audience(clientId, trustedAudiences)
        .issuedInPast(true)
        .notExpired();
    String sub = checks.subject();
    checkEvents(claims.getClaim("events"));
    if (claims.getClaim("nonce") != null) {
      throw Jwts.fail(KIND, TokenProblem.MALFORMED, "it carries a nonce, which a logout token must not.");
    }
    String jti = claims.getJWTID();
    if (jti == null || jti.isBlank()) {
      throw Jwts.fail(KIND, TokenProblem.REPLAYED, "it has no jti, so a replay could not be detected.");
    }
    // Recorded last, so that rejected tokens never occupy the store.
    // notExpired() has passed, so exp is present; the id must outlive every moment the token is acceptable.
    Instant rememberUntil = claims.getExpirationTime().toInstant().plus(skew);
    if (!replays.firstSeen(jti, now, rememberUntil)) {
      throw Jwts.fail(KIND, TokenProblem.REPLAYED, "its jti was already used; One Login sends each logout token"
          + " once, so this is a replay. Answer HTTP 400.");
    }
    return sub;
  }

  private static void checkEvents(Object events) {
    if (!(events instanceof Map<?, ?> map)) {
      throw Jwts.fail(KIND, TokenProblem.EVENTS, "it has no events object.");
    }
    Object event = map.get(EVENT);
    if (map.size() != 1 || !(event instanceof Map<?, ?> body) || !body.isEmpty()) {
      throw Jwts.fail(KIND, TokenProblem.EVENTS, "events must be exactly {\"" + EVENT + "\":{}}.");
    }
  }
}
