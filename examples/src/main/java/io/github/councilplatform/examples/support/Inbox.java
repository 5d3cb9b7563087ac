package io.github.councilplatform.examples.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Things the council's endpoint received, for a journey to wait for. Thread-safe.
 *
 * @param <T> what is received
 */
public final class Inbox<T> {
  private final List<T> items = new ArrayList<>();

  /**
   * Adds an item and wakes whoever waits.
   *
   * @param item the item
   */
  public synchronized void add(T item) {
    items.add(item);
    notifyAll();
  }

  /** {@return a copy of everything received so far} */
  public synchronized List<T> all() {
    return List.copyOf(items);
  }

  /**
   * Waits for an item that matches.
   *
   * @param matching which item
   * @param timeout how long to wait
   * @return the item, or empty if none arrived in time
   * @throws InterruptedException if interrupted while waiting
   */
  public synchronized Optional<T> await(Predicate<? super T> matching, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (T item : items) {
        if (matching.test(item)) {
          return Optional.of(item);
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return Optional.empty();
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }
}
