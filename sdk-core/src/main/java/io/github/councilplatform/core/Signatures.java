package io.github.councilplatform.core;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Constant-time helpers for verifying what platforms send to you: HMAC-SHA256 signatures (GOV.UK Pay's
 * {@code Pay-Signature}) and bearer tokens (GOV.UK Notify's callbacks). Every comparison takes the same time
 * whether the first or the last byte differs, so an attacker cannot guess a signature byte by byte.
 */
public final class Signatures {
  private static final HexFormat HEX = HexFormat.of();

  private Signatures() {}

  /**
   * Computes the lower-case hex HMAC-SHA256 of a body.
   *
   * @param secret the signing secret
   * @param body the raw body bytes, exactly as sent
   * @return 64 lower-case hex characters
   */
  public static String hmacSha256Hex(String secret, byte[] body) {
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(body, "body");
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HEX.formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  /**
   * Whether a hex HMAC-SHA256 signature matches the body under any of the secrets (several secrets allow
   * rotation). Upper- or lower-case hex is accepted; surrounding whitespace is ignored.
   *
   * @param body the raw body bytes, exactly as received (never re-serialised JSON)
   * @param signatureHex the signature as received, may be {@code null}
   * @param secrets the secrets to try
   * @return {@code true} if one secret produces the signature
   */
  public static boolean hmacSha256HexMatches(byte[] body, String signatureHex, Collection<String> secrets) {
    Objects.requireNonNull(body, "body");
    if (signatureHex == null || secrets == null || secrets.isEmpty()) {
      return false;
    }
    byte[] given = signatureHex.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    boolean match = false;
    for (String secret : secrets) {
      byte[] expected = hmacSha256Hex(secret, body).getBytes(StandardCharsets.US_ASCII);
      // No early exit, so the time taken does not reveal which secret matched.
      match |= MessageDigest.isEqual(expected, given);
    }
    return match;
  }

  /**
   * Whether an {@code Authorization} header carries one of the expected bearer tokens (several allow
   * rotation). The scheme {@code Bearer} is matched case-insensitively; the token exactly.
   *
   * @param authorizationHeader the header value as received, may be {@code null}
   * @param tokens the tokens to accept
   * @return {@code true} if the header is {@code Bearer <one of the tokens>}
   */
  public static boolean bearerTokenMatches(String authorizationHeader, Collection<String> tokens) {
    if (authorizationHeader == null || tokens == null || tokens.isEmpty()) {
      return false;
    }
    String header = authorizationHeader.trim();
    if (header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
    boolean match = false;
    for (String token : tokens) {
      if (token != null && !token.isEmpty()) {
        match |= MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given);
      }
    }
    return match;
  }

  /**
   * Compares two secrets in constant time.
   *
   * @param a one value, may be {@code null}
   * @param b the other, may be {@code null}
   * @return {@code true} if both are non-null and equal
   */
  public static boolean constantTimeEquals(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
