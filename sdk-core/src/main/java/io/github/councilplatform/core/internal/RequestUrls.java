package io.github.councilplatform.core.internal;

import io.github.councilplatform.core.UnexpectedResponseException;
import java.util.Map;
import okhttp3.HttpUrl;

/** Resolves a request's path (or a link from a response) against the client's base URL, on its origin only. */
final class RequestUrls {
  private RequestUrls() {}

  static HttpUrl resolve(TransportSettings settings, ApiRequest request) {
    HttpUrl base = settings.baseUrl();
    HttpUrl url = request.path().startsWith("http://") || request.path().startsWith("https://")
        ? HttpUrl.parse(request.path())
        : base.resolve(joinPath(base, request.path()));
    if (url == null) {
      throw new IllegalArgumentException("Not a valid URL or path: " + request.path());
    }
    if (!url.scheme().equals(base.scheme()) || !url.host().equals(base.host()) || url.port() != base.port()) {
      // A link from a response must never carry our credentials to another origin.
      throw new UnexpectedResponseException(settings.rules().displayName() + " gave a link to another origin ("
          + url.scheme() + "://" + url.host() + ":" + url.port() + ") than the base URL " + base
          + "; the SDK will not send credentials there.", 0, "", null, 0, false);
    }
    if (!request.query().isEmpty()) {
      HttpUrl.Builder ub = url.newBuilder();
      for (Map.Entry<String, String> q : request.query()) {
        ub.addQueryParameter(q.getKey(), q.getValue());
      }
      url = ub.build();
    }
    return url;
  }

  private static String joinPath(HttpUrl base, String path) {
    String basePath = base.encodedPath();
    String prefix = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
    return prefix + (path.startsWith("/") ? path : "/" + path);
  }
}
