package io.github.councilplatform.core.internal;

import okhttp3.HttpUrl;

/**
 * What an error message says about the call it is about: the method, the path and the client's base URL,
 * so that a wrong base URL or a wrong endpoint can be seen in the message itself.
 *
 * @param method the HTTP method
 * @param path the request path, without query (it can carry ids, never secrets)
 * @param baseUrl the client's base URL
 */
public record CallDescription(String method, String path, HttpUrl baseUrl) {

  /** The base URL's own path, for example {@code /v2}; {@code /} when it has none. */
  public String basePath() {
    return baseUrl.encodedPath();
  }

  /** Whether the base URL carries a path of its own, the usual cause of a 404 from every call. */
  public boolean baseHasPath() {
    return !"/".equals(basePath()) && !basePath().isEmpty();
  }
}
