package io.github.councilplatform.identity.internal;

import io.github.councilplatform.core.ClientHealth;
import io.github.councilplatform.core.internal.ApiRequest;
import io.github.councilplatform.core.internal.ApiResponse;
import io.github.councilplatform.core.internal.HttpTransport;
import io.github.councilplatform.core.internal.TransportSettings;
import java.net.URI;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;

/**
 * One core transport per origin. One Login's endpoints live on several hosts (oidc., identity.), and the core
 * transport refuses URLs on another origin than its base URL, so each origin gets its own.
 */
public final class OriginTransports {
  private final TransportSettings base;
  private final ConcurrentHashMap<String, HttpTransport> byOrigin = new ConcurrentHashMap<>();

  /**
   * Creates the set.
   *
   * @param base settings shared by every origin (timeouts, retry, clock, User-Agent)
   */
  public OriginTransports(TransportSettings base) {
    this.base = base;
  }

  /** Sends a request to an absolute URL through the transport for its origin. */
  public ApiResponse execute(URI url, ApiRequest.Builder request) {
    return transportFor(url).execute(request.build());
  }

  /** Closes every origin's transport; each releases only the pool and dispatcher it created itself. */
  public void close() {
    // Closing the shared scope also refuses origins not yet used, instead of building a pool for them later.
    base.scope().close();
    byOrigin.values().forEach(HttpTransport::close);
  }

  /** The health of every origin's transport together (they share one scope); makes no call. */
  public ClientHealth health() {
    return base.scope().health(base.platform());
  }

  HttpTransport transportFor(URI url) {
    HttpUrl parsed = HttpUrl.get(url.toString());
    String origin = parsed.scheme() + "://" + parsed.host() + ":" + parsed.port();
    return byOrigin.computeIfAbsent(origin, o -> HttpTransport.create(base.withBaseUrl(HttpUrl.get(o + "/"))));
  }
}
