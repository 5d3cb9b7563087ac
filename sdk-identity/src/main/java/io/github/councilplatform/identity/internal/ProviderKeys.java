package io.github.councilplatform.identity.internal;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.councilplatform.core.internal.ApiResponse;
import io.github.councilplatform.identity.TokenKind;
import io.github.councilplatform.identity.TokenProblem;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The provider's JWKS (ID token and logout token keys), cached per {@code Cache-Control} and fetched again,
 * at most once per {@link #REFETCH_INTERVAL}, when a token names a key the cached copy lacks: keys rotate
 * without a restart, and forged {@code kid}s cannot make the SDK hammer the provider.
 */
final class ProviderKeys {
  static final Duration REFETCH_INTERVAL = Duration.ofSeconds(30);

  private final CachedDocument<JWKSet> jwks;
  private final Supplier<URI> url;

  ProviderKeys(Supplier<URI> url, OriginTransports http, Clock clock) {
    this.url = url;
    this.jwks = new CachedDocument<>("JWKS", url, ProviderKeys::parse, http, clock);
  }

  private static JWKSet parse(ApiResponse response) {
    try {
      return JWKSet.parse(response.bodyText());
    } catch (ParseException e) {
      throw Responses.unexpected(response, "the JWKS is not a JSON Web Key Set (" + e.getMessage() + ")");
    }
  }

  /**
   * The keys that may have signed this token: matching its {@code kid}, and of the type and {@code alg} its
   * header names (a JWK whose {@code alg} differs is never used).
   */
  List<JWK> candidates(SignedJWT jwt, TokenKind kind) {
    JWKMatcher matcher = JWKMatcher.forJWSHeader(jwt.getHeader());
    if (matcher == null) {
      throw Jwts.fail(kind, TokenProblem.ALGORITHM, "its algorithm has no key type.");
    }
    JWKSelector selector = new JWKSelector(matcher);
    List<JWK> found = selector.select(jwks.get());
    if (found.isEmpty() && jwks.refreshUnlessForcedWithin(REFETCH_INTERVAL)) {
      found = selector.select(jwks.get());
    }
    if (found.isEmpty()) {
      throw Jwts.fail(kind, TokenProblem.UNKNOWN_KEY, "no key " + (jwt.getHeader().getKeyID() == null ? ""
          : "with kid '" + jwt.getHeader().getKeyID() + "' ") + "for " + jwt.getHeader().getAlgorithm()
          + " is in the provider's JWKS (" + url.get() + "), fetched again to check. Do not trust the token.");
    }
    return found;
  }
}
