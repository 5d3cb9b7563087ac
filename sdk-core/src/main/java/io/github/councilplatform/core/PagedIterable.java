package io.github.councilplatform.core;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazily fetched listing. Iterating it fetches the first page, and each following page only when the
 * iteration reaches it, so a loop that stops early makes no further calls. Iteration stops on a page with no
 * continuation token, or on an empty page.
 *
 * <p>Each new iteration starts again from the first page. A failed fetch throws the SDK's own exception
 * (a {@link CouncilPlatformException} subclass) from {@code hasNext()} or {@code next()}.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {
  private final String firstToken;
  private final Function<String, Page<T>> fetcher;

  private PagedIterable(String firstToken, Function<String, Page<T>> fetcher) {
    this.firstToken = firstToken;
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
  }

  /**
   * Creates a listing from a page fetcher. The fetcher is called with {@code null} for the first page and
   * with the previous page's {@link Page#continuationToken()} after that. Useful for test doubles of the clients.
   *
   * @param fetcher fetches the page for a token
   * @param <T> the item type
   * @return the listing
   */
  public static <T> PagedIterable<T> of(Function<String, Page<T>> fetcher) {
    return new PagedIterable<>(null, fetcher);
  }

  /**
   * Resumes a listing at a continuation token saved from an earlier {@link Page}.
   *
   * @param continuationToken the token of the page to start at
   * @return a listing starting at that page
   */
  public PagedIterable<T> resumeFrom(String continuationToken) {
    return new PagedIterable<>(Objects.requireNonNull(continuationToken, "continuationToken"), fetcher);
  }

  /** Iterates the items of every page, fetching pages as needed. */
  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pages = pageIterator();
    return new Iterator<>() {
      private Iterator<T> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && pages.hasNext()) {
          current = pages.next().items().iterator();
        }
        return current.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /** {@return the items of every page, as a sequential stream that fetches pages as it is consumed} */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }

  /** {@return the pages one by one, for callers that checkpoint with {@link Page#continuationToken()}} */
  public Iterable<Page<T>> iterableByPage() {
    return this::pageIterator;
  }

  /** {@return the pages, as a sequential stream that fetches them as it is consumed} */
  public Stream<Page<T>> streamByPage() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pageIterator(), Spliterator.ORDERED), false);
  }

  private Iterator<Page<T>> pageIterator() {
    return new Iterator<>() {
      private String token = firstToken;
      private boolean started;
      private boolean done;
      private Page<T> fetched;

      @Override
      public boolean hasNext() {
        if (fetched != null) {
          return true;
        }
        if (done) {
          return false;
        }
        if (started && token == null) {
          done = true;
          return false;
        }
        Page<T> page = Objects.requireNonNull(fetcher.apply(token), "page fetcher returned null");
        started = true;
        token = page.continuationToken().orElse(null);
        if (page.items().isEmpty()) {
          done = true;
          return false;
        }
        fetched = page;
        return true;
      }

      @Override
      public Page<T> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Page<T> page = fetched;
        fetched = null;
        return page;
      }
    };
  }
}
