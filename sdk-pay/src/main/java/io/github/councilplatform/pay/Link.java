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

  /**
   * Copies the parameters; a missing map becomes empty.
   *
   * @param href the absolute URL
   * @param method the HTTP method, {@code GET} or {@code POST}
   * @param type for POST links, the body's content type (for example {@code application/json})
   * @param params for POST links, the parameters to send (for example {@code one_time_token}); never null
   */
  public Link {
    params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /**
   * Shows only the method and host: a {@code next_url} carries a single-use token in its path, and POST links
   * carry tokens in their parameters.
   */
  @Override
  public String toString() {
    String shown = href;
    if (href != null) {
      int scheme = href.indexOf("://");
      int path = href.indexOf('/', scheme < 0 ? 0 : scheme + 3);
      shown = path < 0 ? href : href.substring(0, path) + "/…";
    }
    return "Link{" + method + " " + shown + (params.isEmpty() ? "" : ", params=…") + '}';
  }
}
