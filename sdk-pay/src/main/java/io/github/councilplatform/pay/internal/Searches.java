package io.github.councilplatform.pay.internal;

import com.fasterxml.jackson.databind.JavaType;
import io.github.councilplatform.core.Page;
import io.github.councilplatform.core.PagedIterable;
import io.github.councilplatform.core.internal.ApiRequest;
import io.github.councilplatform.core.internal.ApiResponse;
import io.github.councilplatform.core.internal.HttpTransport;
import io.github.councilplatform.core.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import okhttp3.HttpUrl;

/** Lazy, link-following searches. */
public final class Searches {
  private Searches() {}

  /**
   * A listing that sends {@code first} for the first page and then follows each page's {@code next_page}
   * link until there is none. The continuation token is the next page's URL.
   *
   * @param transport the transport
   * @param first the first page's request
   * @param itemType the type of each result
   * @param <T> the item type
   * @return the listing
   */
  public static <T> PagedIterable<T> paged(HttpTransport transport, ApiRequest first, Class<T> itemType) {
    JavaType type = Json.mapper().getTypeFactory().constructParametricType(SearchResults.class, itemType);
    return PagedIterable.of(token -> {
      ApiRequest request = token == null ? first : ApiRequest.get(linkTarget(transport.settings().baseUrl(), token))
          .operation(first.operation()).build();
      ApiResponse response = transport.execute(request);
      SearchResults<T> page = transport.decode(response, body -> read(body, type),
          "search results of " + itemType.getSimpleName());
      return new Page<>(page.items(), page.nextPageHref());
    });
  }

  /**
   * Where to send a {@code next_page} link. GOV.UK Pay writes absolute links on its own host; a link on the
   * client's origin is followed as it is, and any other is re-based onto the client's base URL (its path and
   * query kept), so that credentials never go to another origin and a proxy or sandbox base URL keeps working.
   */
  static String linkTarget(HttpUrl base, String href) {
    HttpUrl link = HttpUrl.parse(href);
    if (link == null) {
      return href;
    }
    if (link.scheme().equals(base.scheme()) && link.host().equals(base.host()) && link.port() == base.port()) {
      return href;
    }
    return link.encodedPath() + (link.encodedQuery() == null ? "" : "?" + link.encodedQuery());
  }

  /**
   * Formats a time as GOV.UK Pay's search wants it.
   *
   * @param t the time, or {@code null}
   * @return {@code YYYY-MM-DDThh:mm:ssZ} (UTC, whole seconds), or {@code null}
   */
  public static String searchTime(Instant t) {
    return t == null ? null : DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * Adds the created and settled date filters that GOV.UK Pay's payment, refund and dispute searches share.
   *
   * @param b the search request being built
   * @param from created on or after, or {@code null}
   * @param to created before, or {@code null}
   * @param fromSettled settled on or after (Stripe only), or {@code null}
   * @param toSettled settled on or before (Stripe only), or {@code null}
   * @return {@code b}
   */
  public static ApiRequest.Builder dateRanges(ApiRequest.Builder b, Instant from, Instant to, LocalDate fromSettled,
      LocalDate toSettled) {
    return b.query("from_date", searchTime(from))
        .query("to_date", searchTime(to))
        .query("from_settled_date", fromSettled)
        .query("to_settled_date", toSettled);
  }

  @SuppressWarnings("unchecked")
  private static <T> SearchResults<T> read(byte[] body, JavaType type) {
    try {
      return (SearchResults<T>) Json.mapper().readValue(body, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
