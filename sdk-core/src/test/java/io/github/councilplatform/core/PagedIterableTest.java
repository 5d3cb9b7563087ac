package io.github.councilplatform.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagedIterableTest {
  private final List<String> fetched = new ArrayList<>();
  private final Map<String, Page<Integer>> pages = Map.of(
      "first", new Page<>(List.of(1, 2), "p2"),
      "p2", new Page<>(List.of(3, 4), "p3"),
      "p3", new Page<>(List.of(5), null));

  private PagedIterable<Integer> listing() {
    return PagedIterable.of(token -> {
      String key = token == null ? "first" : token;
      fetched.add(key);
      return pages.get(key);
    });
  }

  @Test
  void iteratesEveryItemAcrossPages() {
    assertThat(listing()).containsExactly(1, 2, 3, 4, 5);
    assertThat(fetched).containsExactly("first", "p2", "p3");
  }

  @Test
  void fetchesNextPageOnlyOnDemand() {
    Iterator<Integer> it = listing().iterator();
    assertThat(fetched).isEmpty();
    it.next();
    it.next();
    assertThat(fetched).containsExactly("first");
    it.next();
    assertThat(fetched).containsExactly("first", "p2");
  }

  @Test
  void streamStopsEarlyWithoutFetchingMore() {
    assertThat(listing().stream().limit(2)).containsExactly(1, 2);
    assertThat(fetched).containsExactly("first");
  }

  @Test
  void stopsOnAnEmptyPageEvenWithAToken() {
    PagedIterable<Integer> p = PagedIterable.of(t -> t == null ? new Page<>(List.of(1), "more")
        : new Page<>(List.of(), "still-more"));
    assertThat(p).containsExactly(1);
  }

  @Test
  void byPageExposesContinuationTokensAndCanResume() {
    List<Page<Integer>> byPage = listing().streamByPage().toList();
    assertThat(byPage).hasSize(3);
    assertThat(byPage.get(0).continuationToken()).contains("p2");
    assertThat(byPage.get(2).continuationToken()).isEmpty();

    assertThat(listing().resumeFrom("p2")).containsExactly(3, 4, 5);
  }

  @Test
  void aPageCopiesItsItemsAndComparesByValue() {
    List<Integer> items = new ArrayList<>(List.of(1, 2));
    Page<Integer> page = new Page<>(items, "p2");
    items.add(3);

    assertThat(page.items()).containsExactly(1, 2);
    assertThatThrownBy(() -> page.items().add(4)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(page).isEqualTo(new Page<>(List.of(1, 2), "p2")).hasSameHashCodeAs(new Page<>(List.of(1, 2), "p2"))
        .isNotEqualTo(new Page<>(List.of(1, 2), null));
    assertThat(page).hasToString("Page{items=2, continuationToken=p2}");
  }

  @Test
  void eachIterationStartsAgain() {
    PagedIterable<Integer> p = listing();
    assertThat(p).hasSize(5);
    assertThat(p).hasSize(5);
  }

  @Test
  void fetchFailuresSurfaceTheSdksOwnException() {
    PagedIterable<Integer> p = PagedIterable.of(t -> {
      if (t == null) {
        return new Page<>(List.of(1), "p2");
      }
      throw new NotFoundException("gone", 404, List.of(), "", "req", 1, false);
    });
    Iterator<Integer> it = p.iterator();
    it.next();
    assertThatThrownBy(it::hasNext).isInstanceOf(NotFoundException.class);
  }
}
