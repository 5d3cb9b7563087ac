package io.github.councilplatform.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A successful (2xx) response, fully read. */
public final class ApiResponse {
  private final int status;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final int attempts;
  private final String requestId;

  public ApiResponse(int status, Map<String, List<String>> headers, byte[] body, int attempts, String requestId) {
    this.status = status;
    TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.putAll(headers);
    this.headers = h;
    this.body = body;
    this.attempts = attempts;
    this.requestId = requestId;
  }

  public int status() {
    return status;
  }

  /** The first value of a header (case-insensitive), or {@code null}. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  public Map<String, List<String>> headers() {
    return headers;
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
