package io.github.councilplatform.sandbox.internal.notify;

/**
 * A callback endpoint set through the admin API: Notify POSTs JSON to {@code url} with
 * {@code Authorization: Bearer <bearerToken>}.
 *
 * @param url where to post
 * @param bearerToken the token the service chose (at least 10 characters)
 */
record Callback(String url, String bearerToken) {
  @Override
  public String toString() {
    return "Callback{" + url + ", bearerToken=***}";
  }
}
