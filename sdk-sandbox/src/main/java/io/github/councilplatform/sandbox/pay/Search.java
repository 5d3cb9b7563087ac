package io.github.councilplatform.sandbox.pay;

import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Pay's search endpoints' shared rules: query validation (every bad parameter named in one 422), paging
 * ({@code page} ≥ 1, {@code display_size} 1–500, default 500; a page past the end is 404), and the
 * navigation links {@code self}, {@code first_page}, {@code last_page}, {@code prev_page}, {@code next_page}.
 */
final class Search {
  private final Request request;
  private final List<String> allowed;
  private final List<String> invalid = new ArrayList<>();
  private final Map<String, String> given = new LinkedHashMap<>();
  int page = 1;
  int displaySize = 500;

  /**
   * Reads the query of a search request.
   *
   * @param request the request
   * @param allowed the parameters this endpoint knows, in the order the links repeat them
   */
  Search(Request request, List<String> allowed) {
    this.request = request;
    this.allowed = allowed;
    for (String name : allowed) {
      QueryParameter q = request.queryParameter(name);
      if (q != null && q.isPresent() && !q.firstValue().isEmpty()) {
        given.put(name, q.firstValue());
      }
    }
    String p = given.remove("page");
    String d = given.remove("display_size");
    if (p != null) {
      page = parseInt(p, 1, Integer.MAX_VALUE, "page");
    }
    if (d != null) {
      displaySize = parseInt(d, 1, 500, "display_size");
    }
  }

  String get(String name) {
    return given.get(name);
  }

  /** Checks a parameter, if given, against a rule; a failure is collected, not thrown. */
  Search check(String name, Predicate<String> ok) {
    String v = given.get(name);
    if (v != null && !ok.test(v)) {
      invalid.add(name);
    }
    return this;
  }

  /** Checks {@code from_date}/{@code to_date} ({@code YYYY-MM-DDThh:mm:ssZ}) and the settled dates. */
  Search checkDates() {
    check("from_date", Search::isTimestamp);
    check("to_date", Search::isTimestamp);
    check("from_settled_date", Search::isDate);
    check("to_settled_date", Search::isDate);
    return this;
  }

  /** Throws the endpoint's 422 if any parameter was bad, listing them in the endpoint's parameter order. */
  void validate(String code) {
    validate(code, allowed);
  }

  /**
   * Throws the endpoint's 422 if any parameter was bad, listing them in the order Pay's validator checks them.
   *
   * @param order the validator's order of checks
   */
  void validate(String code, List<String> order) {
    if (!invalid.isEmpty()) {
      List<String> ordered = order.stream().filter(invalid::contains).toList();
      throw PayError.of(422, code, "Invalid parameters: " + String.join(", ", ordered)
          + ". See Public API documentation for the correct data formats");
    }
  }

  /** Whether a time lies within {@code from_date} (inclusive) and {@code to_date} (exclusive). */
  boolean inDates(Instant t) {
    String from = given.get("from_date");
    String to = given.get("to_date");
    return (from == null || !t.isBefore(Instant.parse(from))) && (to == null || t.isBefore(Instant.parse(to)));
  }

  /**
   * Pages the matches and builds the result document.
   *
   * @param matches every match, in the order to show (newest first)
   * @param render turns one match into JSON
   * @param path the endpoint path, for the links
   * @param notFoundCode the endpoint's "page not found" code
   * @param linksKey {@code _links}, or {@code links} for disputes
   */
  <T> Map<String, Object> page(List<T> matches, Function<T, Map<String, Object>> render, String baseUrl,
      String path, String notFoundCode, String linksKey) {
    int total = matches.size();
    int lastPage = Math.max(1, (total + displaySize - 1) / displaySize);
    if (page > lastPage && total > 0 || page > 1 && total == 0) {
      throw PayError.of(404, notFoundCode, "Page not found");
    }
    int from = Math.min(total, (page - 1) * displaySize);
    List<Map<String, Object>> results = matches.subList(from, Math.min(total, from + displaySize)).stream()
        .map(render).toList();
    Map<String, Object> links = new LinkedHashMap<>();
    links.put("self", href(baseUrl, path, page));
    links.put("first_page", href(baseUrl, path, 1));
    links.put("last_page", href(baseUrl, path, lastPage));
    if (page > 1) {
      links.put("prev_page", href(baseUrl, path, page - 1));
    }
    if (page < lastPage) {
      links.put("next_page", href(baseUrl, path, page + 1));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", total);
    m.put("count", results.size());
    m.put("page", page);
    m.put("results", results);
    m.put(linksKey, links);
    return m;
  }

  private Map<String, Object> href(String baseUrl, String path, int p) {
    StringBuilder sb = new StringBuilder(baseUrl).append(path).append('?');
    given.forEach((k, v) -> sb.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8))
        .append('&'));
    sb.append("page=").append(p).append("&display_size=").append(displaySize);
    return Map.of("href", sb.toString());
  }

  private int parseInt(String v, int min, int max, String name) {
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // collected below
    }
    invalid.add(name);
    return min;
  }

  static boolean isTimestamp(String v) {
    try {
      Instant.parse(v);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  static boolean isDate(String v) {
    try {
      LocalDate.parse(v);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  static Predicate<String> oneOf(Set<String> values) {
    return values::contains;
  }

  static Predicate<String> maxLength(int max) {
    return v -> v.length() <= max;
  }

  static Predicate<String> digits(int n) {
    return v -> v.matches("\\d{" + n + "}");
  }
}
