package io.github.councilplatform.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;

/** A successful (2xx) response, fully read. */
public final class ApiResponse {
  private final int status;
  private final Headers headers;
  private final byte[] body;
  private final int attempts;
  private final String requestId;

  public ApiResponse(int status, Headers headers, byte[] body, int attempts, String requestId) {
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.attempts = attempts;
    this.requestId = requestId;
  }

  /** A response with headers given as a map (for tests and fakes). */
  public ApiResponse(int status, Map<String, List<String>> headers, byte[] body, int attempts, String requestId) {
    this(status, toHeaders(headers), body, attempts, requestId);
  }

  private static Headers toHeaders(Map<String, List<String>> map) {
    Headers.Builder b = new Headers.Builder();
    map.forEach((name, values) -> values.forEach(v -> b.add(name, v)));
    return b.build();
  }

  public int status() {
    return status;
  }

  /** The first value of a header (case-insensitive), or {@code null}. */
  public String header(String name) {
    return headers.get(name);
  }

  /** Every header, names lower-cased, values in order. */
  public Map<String, List<String>> headers() {
    return headers.toMultimap();
  }

  public byte[] body() {
    return body;
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** How many attempts the call took. */
  public int attempts() {
    return attempts;
  }

  public String requestId() {
    return requestId;
  }
}
