package io.github.councilplatform.pay;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A link in a GOV.UK Pay response ({@code {href, method}}; POST links also carry {@code type} and
 * {@code params}).
 *
 * @param href the absolute URL
 * @param method the HTTP method, {@code GET} or {@code POST}
 * @param type for POST links, the body's content type (for example {@code application/json})
 * @param params for POST links, the parameters to send (for example {@code one_time_token}); never null
 */
public record Link(String href, String method, String type, Map<String, Object> params) {

  /** Copies the parameters; a missing map becomes empty. */
  public Link {
    params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /** Hides the parameters and query, which may carry single-use tokens. */
  @Override
  public String toString() {
    int q = href == null ? -1 : href.indexOf('?');
    return "Link{" + method + " " + (q < 0 ? href : href.substring(0, q) + "?…") + (params.isEmpty() ? "" : ", params=…")
        + '}';
  }
}
