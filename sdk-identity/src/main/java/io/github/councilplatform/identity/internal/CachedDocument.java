package io.github.councilplatform.identity.internal;

import io.github.councilplatform.core.CouncilPlatformException;
import io.github.councilplatform.core.internal.ApiRequest;
import io.github.councilplatform.core.internal.ApiResponse;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A document fetched over HTTP and reused for as long as its {@code Cache-Control} allows. When a refresh
 * fails, the last good copy is served (and no new fetch is tried for {@link #RETRY_AFTER_FAILURE}), because
 * One Login asks relying parties to keep working through a provider outage. Thread-safe.
 *
 * @param <T> the parsed document
 */
final class CachedDocument<T> {
  private static final Logger LOG = LoggerFactory.getLogger(CachedDocument.class);
  static final Duration DEFAULT_TTL = Duration.ofMinutes(5);
  static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(30);

  private final String what;
  private final Supplier<URI> url;
  private final Function<ApiResponse, T> parser;
  private final OriginTransports http;
  private final Clock clock;

  private T value;
  private Instant fetchedAt;
  private Instant freshUntil;
  private Instant lastForcedAt;

  CachedDocument(String what, Supplier<URI> url, Function<ApiResponse, T> parser, OriginTransports http,
      Clock clock) {
    this.what = what;
    this.url = url;
    this.parser = parser;
    this.http = http;
    this.clock = clock;
  }

  /** The document, fetched if there is no fresh copy. */
  synchronized T get() {
    if (value != null && clock.instant().isBefore(freshUntil)) {
      return value;
    }
    return fetch();
  }

  /**
   * Fetches again because a token named a key the cached copy lacks, unless such a forced fetch already
   * happened less than {@code minInterval} ago: forged {@code kid}s must not let anyone make us hammer the
   * provider, but the first unknown key after a rotation is always looked for.
   *
   * @return whether a fetch was made
   */
  synchronized boolean refreshUnlessForcedWithin(Duration minInterval) {
    Instant now = clock.instant();
    if (lastForcedAt != null && now.isBefore(lastForcedAt.plus(minInterval))) {
      return false;
    }
    lastForcedAt = now;
    fetch();
    return true;
  }

  private T fetch() {
    Instant now = clock.instant();
    URI target = url.get();
    try {
      ApiResponse response = http.execute(target, ApiRequest.get(target.toString()).operation(operation(what)));
      T parsed = parser.apply(response);
      Duration ttl = CacheControl.lifetime(response.header("Cache-Control")).orElse(DEFAULT_TTL);
      value = parsed;
      fetchedAt = now;
      freshUntil = now.plus(ttl);
      return parsed;
    } catch (CouncilPlatformException e) {
      if (value == null) {
        throw e;
      }
      LOG.warn("Could not refresh the One Login {} from {} ({}); using the copy fetched at {}", what, target,
          e.getClass().getSimpleName(), fetchedAt);
      fetchedAt = now;
      freshUntil = now.plus(RETRY_AFTER_FAILURE);
      return value;
    }
  }

  /** The operation name listeners see: {@code fetchJwks}, {@code fetchDiscoveryDocument}, {@code fetchDidDocument}. */
  private static String operation(String what) {
    StringBuilder b = new StringBuilder("fetch");
    for (String word : what.split(" ")) {
      b.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return b.toString();
  }
}
