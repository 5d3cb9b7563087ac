package io.github.councilplatform.identity.internal;

import com.nimbusds.jwt.JWTClaimsSet;
import io.github.councilplatform.core.Signatures;
import io.github.councilplatform.identity.TokenKind;
import io.github.councilplatform.identity.TokenProblem;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

/** Claim checks on a verified token, each failing with the problem it found. */
final class ClaimChecks {
  private final TokenKind kind;
  private final JWTClaimsSet claims;
  private final Instant now;
  private final Duration skew;

  ClaimChecks(TokenKind kind, JWTClaimsSet claims, Instant now, Duration skew) {
    this.kind = kind;
    this.claims = claims;
    this.now = now;
    this.skew = skew;
  }

  ClaimChecks issuer(String expected) {
    String iss = claims.getIssuer();
    if (iss == null || !iss.equals(expected)) {
      throw Jwts.fail(kind, TokenProblem.ISSUER, "iss is '" + iss + "' but must be exactly '" + expected + "'.");
    }
    return this;
  }

  /**
   * OpenID Connect Core 3.1.3.7 (3)-(5): {@code aud} names this client; any other audience must be one the
   * caller configured as trusted; several audiences need {@code azp}; {@code azp}, when present, must be
   * this client.
   */
  ClaimChecks audience(String clientId, Set<String> trustedAudiences) {
    List<String> aud = claims.getAudience();
    if (aud == null || !aud.contains(clientId)) {
      throw Jwts.fail(kind, TokenProblem.AUDIENCE, "aud " + aud + " does not name this client ('" + clientId
          + "'); it was issued to another relying party.");
    }
    for (String a : aud) {
      if (!a.equals(clientId) && !trustedAudiences.contains(a)) {
        throw Jwts.fail(kind, TokenProblem.AUDIENCE, "aud also names '" + a + "', an audience this client does"
            + " not trust (OpenID Connect Core 3.1.3.7); if that is deliberate, configure it with"
            + " OneLoginClient.Builder.trustedAudiences.");
      }
    }
    Object azp = claims.getClaim("azp");
    if (azp == null) {
      if (aud.size() > 1) {
        throw Jwts.fail(kind, TokenProblem.AUDIENCE, "it has several audiences but no azp naming this client.");
      }
    } else if (!clientId.equals(azp)) {
      throw Jwts.fail(kind, TokenProblem.AUTHORIZED_PARTY, "azp " + (azp instanceof String ? "'" + azp + "'"
          : "(not text)") + " is not this client ('" + clientId + "'); the token was issued to another party.");
    }
    return this;
  }

  ClaimChecks notExpired() {
    Date exp = claims.getExpirationTime();
    if (exp == null) {
      throw Jwts.fail(kind, TokenProblem.EXPIRED, "it has no exp claim.");
    }
    if (now.isAfter(exp.toInstant().plus(skew))) {
      throw Jwts.fail(kind, TokenProblem.EXPIRED, "it expired at " + exp.toInstant() + " and it is now " + now
          + " (allowed clock skew " + skew.toSeconds() + " s). Check the server clock if this repeats.");
    }
    return this;
  }

  ClaimChecks issuedInPast(boolean required) {
    Date iat = claims.getIssueTime();
    if (iat == null) {
      if (required) {
        throw Jwts.fail(kind, TokenProblem.NOT_YET_VALID, "it has no iat claim.");
      }
    } else if (iat.toInstant().isAfter(now.plus(skew))) {
      throw Jwts.fail(kind, TokenProblem.NOT_YET_VALID, "iat " + iat.toInstant() + " is in the future (now " + now
          + ", allowed clock skew " + skew.toSeconds() + " s). Check the server clock (NTP).");
    }
    Date nbf = claims.getNotBeforeTime();
    if (nbf != null && nbf.toInstant().isAfter(now.plus(skew))) {
      throw Jwts.fail(kind, TokenProblem.NOT_YET_VALID, "nbf " + nbf.toInstant() + " has not arrived (now " + now
          + ").");
    }
    return this;
  }

  String subject() {
    String sub = claims.getSubject();
    if (sub == null || sub.isBlank()) {
      throw Jwts.fail(kind, TokenProblem.SUBJECT, "it has no sub claim.");
    }
    return sub;
  }

  ClaimChecks subjectEquals(String expected) {
    if (!subject().equals(expected)) {
      throw Jwts.fail(kind, TokenProblem.SUBJECT, "sub is not the ID token's subject; it belongs to another user.");
    }
    return this;
  }

  ClaimChecks nonce(String expected) {
    String nonce = string("nonce", TokenProblem.NONCE);
    if (nonce == null) {
      throw Jwts.fail(kind, TokenProblem.NONCE, "it has no nonce; it cannot be tied to this sign-in.");
    }
    if (!Signatures.constantTimeEquals(nonce, expected)) {
      throw Jwts.fail(kind, TokenProblem.NONCE, "its nonce is not the one sent with this sign-in (a replayed or"
          + " injected token).");
    }
    return this;
  }

  ClaimChecks vot(String expected) {
    String vot = string("vot", TokenProblem.VECTOR_OF_TRUST);
    if (!expected.equals(vot)) {
      throw Jwts.fail(kind, TokenProblem.VECTOR_OF_TRUST, "vot is '" + vot + "' but '" + expected + "' was"
          + " requested; do not grant access at the requested level.");
    }
    return this;
  }

  String string(String name, TokenProblem problem) {
    try {
      return claims.getStringClaim(name);
    } catch (ParseException e) {
      throw Jwts.fail(kind, problem, "claim '" + name + "' is not a string.");
    }
  }
}
