package io.github.councilplatform.sandbox.internal.onelogin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The provider's signing keys: an EC P-256 key (ES256, the default for ID, access-bound and logout tokens) and
 * an RSA key (RS256, for clients registered for it), each with a 64-hex {@code kid} and {@code use: sig} like
 * the real JWKS. Rotation follows the real provider's practice: new keys are published first, then used.
 * Thread-safe.
 */
final class SigningKeys {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ECKey initialEc;
  private final RSAKey initialRsa;
  private ECKey ec;
  private RSAKey rsa;
  private ECKey nextEc;
  private RSAKey nextRsa;
  private final List<JWK> retired = new ArrayList<>();

  SigningKeys() {
    this.initialEc = newEc();
    this.initialRsa = newRsa();
    reset();
  }

  /** Back to the start-up keys (used by the sandbox reset). */
  synchronized void reset() {
    ec = initialEc;
    rsa = initialRsa;
    nextEc = null;
    nextRsa = null;
    retired.clear();
  }

  /** The key that signs with an algorithm now (ES256 or RS256). */
  synchronized JWK current(JWSAlgorithm alg) {
    return JWSAlgorithm.RS256.equals(alg) ? rsa : ec;
  }

  /** Adds a new ES256 and RS256 key to the JWKS without signing with them yet; returns their kids. */
  synchronized Map<String, String> publishNew() {
    if (nextEc == null) {
      nextEc = newEc();
      nextRsa = newRsa();
    }
    return Map.of("ES256", nextEc.getKeyID(), "RS256", nextRsa.getKeyID());
  }

  /**
   * Starts signing with the published keys (publishing them first if needed); the old keys stay in the JWKS
   * until {@link #retireOld()} so tokens already issued still verify.
   */
  synchronized Map<String, String> useNew() {
    publishNew();
    retired.add(ec);
    retired.add(rsa);
    ec = nextEc;
    rsa = nextRsa;
    nextEc = null;
    nextRsa = null;
    return Map.of("ES256", ec.getKeyID(), "RS256", rsa.getKeyID());
  }

  /** Removes keys no longer used for signing from the JWKS. */
  synchronized void retireOld() {
    retired.clear();
  }

  /** The public JWKS entries: current, next (if published) and not-yet-retired keys. */
  synchronized List<Map<String, Object>> publicJwks() {
    List<JWK> keys = new ArrayList<>();
    keys.add(ec);
    keys.add(rsa);
    if (nextEc != null) {
      keys.add(nextEc);
      keys.add(nextRsa);
    }
    keys.addAll(retired);
    List<Map<String, Object>> out = new ArrayList<>();
    for (JWK k : keys) {
      out.add(k.toPublicJWK().toJSONObject());
    }
    return out;
  }

  /** Whether a key (by kid) is in the public JWKS right now, and returns it, or null. */
  synchronized JWK publishedKey(String kid) {
    for (JWK k : List.of(ec, rsa)) {
      if (k.getKeyID().equals(kid)) {
        return k;
      }
    }
    if (nextEc != null && (nextEc.getKeyID().equals(kid) || nextRsa.getKeyID().equals(kid))) {
      return nextEc.getKeyID().equals(kid) ? nextEc : nextRsa;
    }
    for (JWK k : retired) {
      if (k.getKeyID().equals(kid)) {
        return k;
      }
    }
    return null;
  }

  static String hexKid() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  static ECKey newEc() {
    try {
      return new ECKeyGenerator(Curve.P_256).keyID(hexKid()).keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.ES256).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  static RSAKey newRsa() {
    try {
      return new RSAKeyGenerator(2048).keyID(hexKid()).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
