package io.github.councilplatform.sandbox.notify;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import io.github.councilplatform.sandbox.SandboxClock;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.function.Function;

/**
 * Notify's API authentication ({@code app/authentication/auth.py}): a bearer JWT, HS256, {@code iss} = the
 * service id, signed with one of the service's key secrets, {@code iat} within 30 seconds of the server's wall
 * clock. Each failure gives the real status and message. The sandbox clock moves the platform, never its callers:
 * {@code iat} may be within 30 seconds of the host's real time (any client living in real time) or of the sandbox
 * clock (a client the sandbox made), and a token 30 seconds off both still gets Notify's clock error.
 */
final class JwtAuthenticator {
  private static final Duration BOUND = Duration.ofSeconds(30);
  private static final String TOKEN_HELP = "Invalid token: make sure your API token matches the example at "
      + "https://docs.notifications.service.gov.uk/rest-api.html#authorisation-header";

  /** The service's keys, by service id (null when the service is unknown). */
  // Clients reuse a token for every request within its second: verify each one once (bounded).
  private static final int VERIFIED_LIMIT = 1_000;
  private final Map<String, Verified> verified = new ConcurrentHashMap<>();
  private final Function<String, List<ApiKey>> keysOfService;
  /** Whether a key has been revoked. */
  private final java.util.function.Predicate<ApiKey> revoked;

  JwtAuthenticator(Function<String, List<ApiKey>> keysOfService, java.util.function.Predicate<ApiKey> revoked) {
    this.keysOfService = keysOfService;
    this.revoked = revoked;
  }

  /**
   * Authenticates a request.
   *
   * @param authorization the Authorization header, or null
   * @param clock the sandbox clock, whose real and moved times are both accepted for {@code iat}
   * @return the key that signed the token
   * @throws NotifyError 401 or 403 AuthError
   */
  ApiKey authenticate(String authorization, SandboxClock clock) {
    // app/authentication/auth.py:176-186 _get_auth_token: the first 7 characters, title-cased, must be "Bearer ".
    if (authorization == null || authorization.isEmpty()) {
      throw new NotifyError(401, "AuthError", "Unauthorized: authentication token must be provided");
    }
    if (authorization.length() < 7 || !authorization.substring(0, 7).equalsIgnoreCase("Bearer ")) {
      throw new NotifyError(401, "AuthError", "Unauthorized: authentication bearer scheme must be used");
    }
    String token = authorization.substring(7);
    Verified seen = verified.get(token);
    if (seen != null) {
      // Same token, same answer for everything but the clock and revocation, which can change.
      return admit(seen, clock);
    }
    JWT jwt;
    JWTClaimsSet claims;
    try {
      // Any JWT, unsigned ones included: Notify reads the issuer before it looks at the algorithm.
      jwt = JWTParser.parse(token);
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw forbidden(TOKEN_HELP);
    }
    if (claims == null) {
      throw forbidden(TOKEN_HELP);
    }
    if (!claims.getClaims().containsKey("iss")) {
      throw forbidden("Invalid token: iss field not provided");
    }
    // auth.py:88-93: uuid.UUID(issuer), which also takes braces, "urn:uuid:" and no hyphens; null is a TypeError.
    String serviceId = pythonUuid(claims.getClaim("iss"));
    if (serviceId == null) {
      throw forbidden("Invalid token: service id is not the right data type");
    }
    List<ApiKey> keys = keysOfService.apply(serviceId);
    if (keys == null) {
      throw forbidden("Invalid token: service not found");
    }
    if (keys.isEmpty()) {
      throw forbidden("Invalid token: service has no API keys");
    }
    for (ApiKey key : keys) {
      if (!(jwt instanceof SignedJWT signed) || !JWSAlgorithm.HS256.equals(signed.getHeader().getAlgorithm())) {
        throw forbidden("Invalid token: algorithm used is not HS256");
      }
      // PyJWT signs over the segments as sent: whitespace around them (which nimbus trims) breaks the signature.
      if (!token.equals(token.strip()) || !verifies(signed, key)) {
        continue; // Notify tries the service's next key, and ends with "API key not found".
      }
      if (!claims.getClaims().containsKey("iat")) {
        continue; // TokenIssuedAtError is a TokenDecodeError: auth.py:143-149 moves on to the next key.
      }
      Verified v = new Verified(key, seconds(claims, "iat"), seconds(claims, "exp"), seconds(claims, "nbf"));
      if (verified.size() >= VERIFIED_LIMIT) {
        verified.clear();
      }
      verified.put(token, v);
      return admit(v, clock);
    }
    throw forbidden("Invalid token: API key not found");
  }

  /**
   * The checks after the signature, in notifications-python-client's order (authentication.py decode_jwt_token):
   * PyJWT's {@code exp} and {@code nbf} (leeway 30 s), then {@code iat} within 30 s; then revocation (auth.py:153).
   * Each clock check passes when it passes against the host's real time or the sandbox clock.
   */
  private ApiKey admit(Verified v, SandboxClock clock) {
    String clockError = "Error: Your system clock must be accurate to within 30 seconds";
    if (v.issuedAt() == null) {
      throw forbidden(clockError); // a non-numeric iat is PyJWT's InvalidIssuedAtError, a TokenExpiredError
    }
    // ExpiredSignatureError (exp <= now - leeway) is a plain TokenError: the general message. Expired against
    // both clocks means against the earlier, real one.
    if (v.expires() != null && v.expires() <= clock.realInstant().getEpochSecond() - BOUND.getSeconds()) {
      throw forbidden(TOKEN_HELP);
    }
    // ImmatureSignatureError (nbf > now + leeway) becomes TokenExpiredError: the clock message.
    if (v.notBefore() != null && v.notBefore() > clock.instant().getEpochSecond() + BOUND.getSeconds()) {
      throw forbidden(clockError);
    }
    // authentication.py:115-130 refuses iat more than 30 s from the wall clock.
    if (!clock.isNearRealOrSandboxTime(Instant.ofEpochSecond(v.issuedAt()), BOUND)) {
      throw forbidden(clockError);
    }
    if (revoked.test(v.key())) {
      throw forbidden("Invalid token: API key revoked");
    }
    return v.key();
  }

  /**
   * A token whose signature already verified, under which key, and its time claims in epoch seconds (null when
   * absent; {@code issuedAt} null when present but not a number).
   */
  private record Verified(ApiKey key, Long issuedAt, Long expires, Long notBefore) {}

  private static Long seconds(JWTClaimsSet claims, String name) {
    Object v = claims.getClaim(name);
    if (v instanceof Date d) {
      return d.toInstant().getEpochSecond();
    }
    return v instanceof Number n ? n.longValue() : null;
  }

  /** Python's {@code str(uuid.UUID(value))}, or null where it raises. */
  static String pythonUuid(Object value) {
    if (!(value instanceof String s)) {
      return null;
    }
    String hex = s.replace("urn:", "").replace("uuid:", "");
    hex = hex.replaceAll("^[{}]+|[{}]+$", "").replace("-", "");
    if (!hex.matches("[0-9a-fA-F]{32}")) {
      return null;
    }
    hex = hex.toLowerCase(Locale.ROOT);
    return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
        + hex.substring(16, 20) + "-" + hex.substring(20);
  }

  private static boolean verifies(SignedJWT jwt, ApiKey key) {
    try {
      // MACVerifier compares in constant time.
      return jwt.verify(new MACVerifier(key.secret().getBytes(StandardCharsets.UTF_8)));
    } catch (JOSEException e) {
      return false;
    }
  }

  private static NotifyError forbidden(String message) {
    return new NotifyError(403, "AuthError", message);
  }
}
