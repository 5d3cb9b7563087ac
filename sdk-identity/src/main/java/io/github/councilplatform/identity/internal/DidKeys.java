package io.github.councilplatform.identity.internal;

import com.nimbusds.jose.jwk.ECKey;
import io.github.councilplatform.identity.TokenKind;
import io.github.councilplatform.identity.TokenProblem;
import java.net.URI;
import java.time.Clock;

/**
 * Core identity keys, taken only from the configured DID document URL (never through a generic DID
 * resolver, which One Login warns against), cached per {@code Cache-Control} and fetched again (rate-limited)
 * when a {@code kid} is not in the cached copy.
 */
final class DidKeys {
  private final CachedDocument<DidDocument> document;
  private final URI url;

  DidKeys(URI url, OriginTransports http, Clock clock) {
    this.url = url;
    this.document = new CachedDocument<>("DID document", () -> url, DidDocument::parse, http, clock);
  }

  /** The key a core identity {@code kid} ({@code <controller>#<key id>}) names. */
  ECKey key(String kid) {
    TokenKind kind = TokenKind.CORE_IDENTITY;
    int hash = kid == null ? -1 : kid.indexOf('#');
    if (hash <= 0 || hash == kid.length() - 1) {
      throw Jwts.fail(kind, TokenProblem.UNKNOWN_KEY, "its kid " + (kid == null ? "is missing" : "'" + kid
          + "' is not of the form <controller>#<key id>") + ".");
    }
    String controller = kid.substring(0, hash);
    DidDocument doc = document.get();
    if (!controller.equals(doc.id())) {
      throw Jwts.fail(kind, TokenProblem.CONTROLLER, "its kid names controller '" + controller + "' but the DID"
          + " document at " + url + " has id '" + doc.id() + "'.");
    }
    ECKey key = doc.keys().get(kid);
    if (key == null && document.refreshUnlessForcedWithin(ProviderKeys.REFETCH_INTERVAL)) {
      key = document.get().keys().get(kid);
    }
    if (key == null) {
      throw Jwts.fail(kind, TokenProblem.UNKNOWN_KEY, "kid '" + kid + "' is not an assertion method of the DID"
          + " document at " + url + " (fetched again to check).");
    }
    return key;
  }
}
