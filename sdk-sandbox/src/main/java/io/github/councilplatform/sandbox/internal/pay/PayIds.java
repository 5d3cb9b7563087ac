package io.github.councilplatform.sandbox.internal.pay;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Random identifiers in GOV.UK Pay's shapes: 26-character ids, API keys, signing secrets and tokens. */
final class PayIds {
  private static final SecureRandom RANDOM = new SecureRandom();
  /** Lower-case base32hex, the alphabet of Pay's external ids and key checksums. */
  private static final char[] BASE32HEX = "0123456789abcdefghijklmnopqrstuv".toCharArray();

  private PayIds() {}

  /** A 26-character external id, like {@code hu20sqlact5260q2nanm0q8u93}. */
  static String externalId() {
    return random(26);
  }

  /**
   * An API key as pay-publicauth makes them: {@code api_test_} or {@code api_live_} + a random token + the 32-character
   * base32hex (lower case, unpadded) HMAC-SHA1 checksum of the token.
   */
  static String apiKey(boolean live) {
    String token = random(26);
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      byte[] serverSecret = new byte[32];
      RANDOM.nextBytes(serverSecret);
      mac.init(new SecretKeySpec(serverSecret, "HmacSHA1"));
      byte[] sum = mac.doFinal(token.getBytes(StandardCharsets.UTF_8));
      return (live ? "api_live_" : "api_test_") + token + base32hex(sum);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A webhook signing secret in Pay's shape, {@code webhook_test_<base32 id>} or {@code webhook_live_…}. */
  static String signingSecret(boolean live) {
    return (live ? "webhook_live_" : "webhook_test_") + random(26);
  }

  /** A long random token (charge tokens, one-time tokens, session ids). */
  static String token() {
    return random(32);
  }

  private static String random(int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = BASE32HEX[RANDOM.nextInt(32)];
    }
    return new String(out);
  }

  private static String base32hex(byte[] data) {
    StringBuilder sb = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : data) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        sb.append(BASE32HEX[(buffer >> (bits - 5)) & 31]);
        bits -= 5;
      }
    }
    if (bits > 0) {
      sb.append(BASE32HEX[(buffer << (5 - bits)) & 31]);
    }
    return sb.toString();
  }
}
