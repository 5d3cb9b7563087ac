package io.github.councilplatform.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a listing: its items, and the continuation token that fetches the next page, if there is one.
 * The token is the one name for "where the listing goes on" throughout the SDK: a page hands it out here,
 * {@link PagedIterable#resumeFrom(String)} takes it back.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final String continuationToken;

  /**
   * Creates a page, copying the items. Test doubles of the clients build pages with this.
   *
   * @param items the items on this page, in the platform's order
   * @param continuationToken the token of the next page, or {@code null} on the last page
   */
  public Page(List<T> items, String continuationToken) {
    this.items = List.copyOf(Objects.requireNonNull(items, "items"));
    this.continuationToken = continuationToken;
  }

  /** {@return the items on this page, in the platform's order; never null} */
  public List<T> items() {
    return items;
  }

  /**
   * The token that fetches the next page (an {@code older_than} id, a page URL): save it to resume later
   * with {@link PagedIterable#resumeFrom(String)}.
   *
   * @return the token, or empty on the last page
   */
  public Optional<String> continuationToken() {
    return Optional.ofNullable(continuationToken);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Page<?> p && items.equals(p.items) && Objects.equals(continuationToken, p.continuationToken);
  }

  @Override
  public int hashCode() {
    return Objects.hash(items, continuationToken);
  }

  /** Shows the item count and token, not the items (they may hold personal data). */
  @Override
  public String toString() {
    return "Page{items=" + items.size() + ", continuationToken=" + continuationToken + '}';
  }
}
