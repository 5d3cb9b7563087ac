package io.github.councilplatform.pay.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of a GOV.UK Pay search. Payments, refunds and agreements put the navigation in {@code _links};
 * disputes put it in {@code links} (reference/pay.md section 4.3), so both are read.
 *
 * @param <T> the item type
 */
public record SearchResults<T>(
    Integer total,
    Integer count,
    Integer page,
    List<T> results,
    @JsonProperty("_links") SearchLinks underscoreLinks,
    @JsonProperty("links") SearchLinks plainLinks) {

  /** {@return the results; empty when absent} */
  public List<T> items() {
    return results == null ? List.of() : results;
  }

  /** {@return the next page's URL, from {@code _links} or {@code links}, or {@code null} on the last page} */
  public String nextPageHref() {
    for (SearchLinks l : new SearchLinks[] {underscoreLinks, plainLinks}) {
      if (l != null && l.nextPage() != null && l.nextPage().href() != null && !l.nextPage().href().isBlank()) {
        return l.nextPage().href();
      }
    }
    return null;
  }
}
