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
import java.util.UUID;
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
    if (authorization == null || authorization.isBlank()) {
      throw new NotifyError(401, "AuthError", "Unauthorized: authentication token must be provided");
    }
    String[] parts = authorization.strip().split("\\s+", 2);
    if (parts.length != 2 || !parts[0].toLowerCase(Locale.ROOT).equals("bearer")) {
      throw new NotifyError(401, "AuthError", "Unauthorized: authentication bearer scheme must be used");
    }
    Verified seen = verified.get(parts[1]);
    if (seen != null) {
      // Same token, same answer for everything but the clock and revocation, which can change.
      return admit(seen.key(), seen.issuedAt(), clock);
    }
    JWT jwt;
    JWTClaimsSet claims;
    try {
      // Any JWT, unsigned ones included: Notify reads the issuer before it looks at the algorithm.
      jwt = JWTParser.parse(parts[1]);
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw forbidden(TOKEN_HELP);
    }
    if (claims == null) {
      throw forbidden(TOKEN_HELP);
    }
    Object iss = claims.getClaim("iss");
    if (iss == null) {
      throw forbidden("Invalid token: iss field not provided");
    }
    String serviceId = String.valueOf(iss);
    try {
      UUID.fromString(serviceId);
    } catch (IllegalArgumentException e) {
      throw forbidden("Invalid token: service id is not the right data type");
    }
    List<ApiKey> keys = keysOfService.apply(serviceId.toLowerCase(Locale.ROOT));
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
      if (!verifies(signed, key)) {
        continue; // Notify tries the service's next key, and ends with "API key not found".
      }
      Date iat = claims.getIssueTime();
      if (iat == null) {
        continue;
      }
      long issuedAt = iat.toInstant().getEpochSecond();
      if (verified.size() >= VERIFIED_LIMIT) {
        verified.clear();
      }
      verified.put(parts[1], new Verified(key, issuedAt));
      return admit(key, issuedAt, clock);
    }
    throw forbidden("Invalid token: API key not found");
  }

  private ApiKey admit(ApiKey key, long issuedAt, SandboxClock clock) {
    // notifications-python-client authentication.py:115-130 refuses iat more than 30 s from the wall clock.
    if (!clock.isNearRealOrSandboxTime(Instant.ofEpochSecond(issuedAt), BOUND)) {
      throw forbidden("Error: Your system clock must be accurate to within 30 seconds");
    }
    if (revoked.test(key)) {
      throw forbidden("Invalid token: API key revoked");
    }
    return key;
  }

  /** A token whose signature already verified, and under which key. */
  private record Verified(ApiKey key, long issuedAt) {}

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
