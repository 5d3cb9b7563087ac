package io.github.councilplatform.core;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The headers of an inbound HTTP request, as an {@link InboundVerifier} reads them. Pass your framework's own
 * lookup: {@code request::getHeader} (Servlet), {@code headers::getFirst} (Spring's {@code HttpHeaders}, the
 * JDK server's {@code Headers}), or {@link #of(Map)}.
 */
@FunctionalInterface
public interface InboundHeaders {
  /**
   * The first value of a header.
   *
   * @param name the header name; implementations should match it ignoring case, as HTTP does
   * @return the value, or {@code null} when the request has no such header
   */
  String get(String name);

  /**
   * Headers from a map, looked up ignoring case.
   *
   * @param headers header names to values; {@code null} values count as absent
   * @return the headers
   */
  static InboundHeaders of(Map<String, String> headers) {
    Objects.requireNonNull(headers, "headers");
    Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> {
      if (k != null && v != null) {
        copy.putIfAbsent(k, v);
      }
    });
    return name -> name == null ? null : copy.get(name);
  }

  /**
   * One header, looked up ignoring case.
   *
   * @param name the header name
   * @param value its value, or {@code null} for none
   * @return the headers
   */
  static InboundHeaders of(String name, String value) {
    Objects.requireNonNull(name, "name");
    return n -> name.equalsIgnoreCase(n) ? value : null;
  }
}
