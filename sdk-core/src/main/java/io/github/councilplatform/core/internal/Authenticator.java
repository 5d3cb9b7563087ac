package io.github.councilplatform.core.internal;

import java.util.Map;

/**
 * Supplies authentication headers for one attempt. Called before every attempt, so credentials that carry
 * a timestamp (Notify's JWT {@code iat}) are fresh on each retry.
 */
@FunctionalInterface
public interface Authenticator {

  /** The headers to add to this attempt, for example {@code Authorization}. */
  Map<String, String> headers();

  /** No authentication headers. */
  static Authenticator none() {
    return Map::of;
  }

  /** A fixed bearer token. */
  static Authenticator bearer(String token) {
    Map<String, String> h = Map.of("Authorization", "Bearer " + token);
    return () -> h;
  }
}
