package io.github.councilplatform.sandbox.onelogin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.Set;

/**
 * Verifies JWTs signed by a relying party (client assertions and request objects) with the client's registered
 * RSA key: a static public key, or a key from its JWKS URL chosen by {@code kid}. Only RS256/384/512 and
 * PS256/384/512, like the real provider. The JWKS is fetched on each use (no 24-hour cache, so a test can
 * rotate its keys at once).
 */
final class ClientKeys {
  static final Set<JWSAlgorithm> RSA_ALGS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
      JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512);

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** The client's JWKS could not be fetched or parsed. */
  static final class JwksUnavailable extends Exception {
    JwksUnavailable(String message) {
      super(message, null, false, false);
    }
  }

  private ClientKeys() {}

  /**
   * Whether the JWT's signature verifies with the client's key.
   *
   * @throws JwksUnavailable if the client's JWKS URL failed
   */
  static boolean verify(ClientRegistration client, SignedJWT jwt) throws JwksUnavailable {
    RSAKey key = keyFor(client, jwt.getHeader().getKeyID());
    if (key == null) {
      return false;
    }
    try {
      return jwt.verify(new RSASSAVerifier(key));
    } catch (JOSEException e) {
      return false;
    }
  }

  private static RSAKey keyFor(ClientRegistration client, String kid) throws JwksUnavailable {
    if (client.jwksUrl() == null) {
      return client.publicKey();
    }
    if (kid == null) {
      // ClientSignatureValidationService.java:145-150: a JWKS client's JWT without a kid is a JWKS failure.
      throw new JwksUnavailable("Key ID is null but is required to fetch key when PublicKeySource is JWKS");
    }
    JWKSet set;
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(client.jwksUrl())).timeout(Duration.ofSeconds(5))
          .header("User-Agent", "council-platform-sandbox").GET().build();
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new JwksUnavailable("HTTP " + response.statusCode());
      }
      set = JWKSet.parse(response.body());
    } catch (IOException | ParseException | IllegalArgumentException e) {
      throw new JwksUnavailable(e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new JwksUnavailable("interrupted");
    }
    JWK jwk = set.getKeyByKeyId(kid);
    if (jwk == null) {
      // The real provider's JWKS fetch (JwksUtils.retrieveJwkFromURLWithKeyId) fails when no key has the kid.
      throw new JwksUnavailable("No key with kid " + kid);
    }
    if (!(jwk instanceof RSAKey rsa) || (jwk.getKeyUse() != null && !KeyUse.SIGNATURE.equals(jwk.getKeyUse()))) {
      return null;
    }
    return rsa;
  }
}
