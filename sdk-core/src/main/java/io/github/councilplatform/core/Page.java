package io.github.councilplatform.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a listing: its items, and the token that fetches the next page, if there is one.
 *
 * @param <T> the item type
 * @param items the items on this page, in the platform's order
 * @param nextToken the continuation token for the next page, or {@code null} on the last page
 */
public record Page<T>(List<T> items, String nextToken) {

  /** Creates a page, copying the items. */
  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
  }

  /** The token that fetches the next page (an {@code older_than} id, a page URL), if there is one. */
  public Optional<String> continuationToken() {
    return Optional.ofNullable(nextToken);
  }
}
