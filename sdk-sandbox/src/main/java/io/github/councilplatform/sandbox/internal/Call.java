package io.github.councilplatform.sandbox.internal;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One request as a {@link Router} hands it to a route: the WireMock request, its path (without query) and the
 * values of the route's {@code {name}} segments.
 *
 * @param request the request
 * @param path the request path, without query string
 * @param params the route's path parameters by name
 */
public record Call(Request request, String path, Map<String, String> params) {

  /** The request method. */
  public RequestMethod method() {
    return request.getMethod();
  }

  /**
   * A path parameter.
   *
   * @param name the name in the route's template
   * @return its (still percent-encoded) value
   */
  public String param(String name) {
    String v = params.get(name);
    if (v == null) {
      throw new IllegalArgumentException("The route has no parameter " + name);
    }
    return v;
  }

  /** The decoded query string (see {@link Form}). */
  public Map<String, String> query() {
    return Form.query(request.getUrl());
  }

  /** The body decoded as a UTF-8 form (see {@link Form}). */
  public Map<String, String> form() {
    return Form.decode(new String(request.getBody(), StandardCharsets.UTF_8));
  }

  /** A request header, or null. */
  public String header(String name) {
    return request.containsHeader(name) ? request.getHeader(name) : null;
  }
}
