package io.github.councilplatform.identity.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.github.councilplatform.identity.TokenKind;
import io.github.councilplatform.identity.TokenProblem;
import io.github.councilplatform.identity.TokenValidationException;
import java.text.ParseException;
import java.util.List;

/** Signature steps shared by every token: parse, pin the algorithm, verify with a trusted key. */
final class Jwts {
  private Jwts() {}

  static TokenValidationException fail(TokenKind kind, TokenProblem problem, String message) {
    return new TokenValidationException(kind, problem, message);
  }

  /** Parses a compact JWS; an unsigned ({@code alg: none}) or encrypted token is refused here. */
  static SignedJWT parseSigned(String token, TokenKind kind) {
    if (token == null || token.isBlank()) {
      throw fail(kind, TokenProblem.MALFORMED, "the token is missing or empty.");
    }
    JWT jwt;
    try {
      jwt = JWTParser.parse(token.trim());
    } catch (ParseException e) {
      throw new TokenValidationException(kind, TokenProblem.MALFORMED, "the token is not a JWT ("
          + e.getMessage() + ").", e);
    }
    if (jwt instanceof PlainJWT) {
      throw fail(kind, TokenProblem.MALFORMED, "the token is unsigned (alg 'none'); only signed tokens are"
          + " accepted.");
    }
    if (!(jwt instanceof SignedJWT signed)) {
      throw fail(kind, TokenProblem.MALFORMED, "the token is encrypted, not signed; One Login signs its tokens.");
    }
    return signed;
  }

  /** Refuses any algorithm but the pinned one, before a key is looked up (stops HS256-with-public-key). */
  static void requireAlgorithm(SignedJWT jwt, JWSAlgorithm expected, TokenKind kind) {
    JWSAlgorithm actual = jwt.getHeader().getAlgorithm();
    if (!expected.equals(actual)) {
      throw fail(kind, TokenProblem.ALGORITHM, "it is signed with " + actual + " but only " + expected
          + " is accepted" + (kind == TokenKind.ID_TOKEN ? "; if your client is registered for another ID token"
          + " algorithm, set idTokenSigningAlgorithm to match." : "."));
    }
  }

  /** Verifies the signature with any of the candidate keys. */
  static void verify(SignedJWT jwt, List<? extends JWK> keys, TokenKind kind) {
    for (JWK key : keys) {
      try {
        if (jwt.verify(verifierFor(key))) {
          return;
        }
      } catch (JOSEException | IllegalStateException e) {
        // A key that cannot verify this token is simply not its key; try the next.
      }
    }
    throw fail(kind, TokenProblem.SIGNATURE, "the signature does not verify with the provider's key"
        + (jwt.getHeader().getKeyID() == null ? "" : " '" + jwt.getHeader().getKeyID() + "'")
        + "; the token was altered or not issued by One Login.");
  }

  private static JWSVerifier verifierFor(JWK key) throws JOSEException {
    if (key instanceof ECKey ec) {
      return new ECDSAVerifier(ec.toPublicJWK());
    }
    if (key instanceof RSAKey rsa) {
      return new RSASSAVerifier(rsa.toPublicJWK());
    }
    throw new JOSEException("Unsupported key type " + key.getKeyType());
  }

  /** The claims, read only after the signature verified. */
  static JWTClaimsSet claims(SignedJWT jwt, TokenKind kind) {
    try {
      return jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      // No cause: the parser's message can quote claim content, which may be personal data.
      throw fail(kind, TokenProblem.MALFORMED, "its claims are not a JSON object of the registered claim types.");
    }
  }
}
