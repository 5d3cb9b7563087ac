package io.github.councilplatform.core;

import java.time.Duration;

/**
 * Waits between retry attempts and polls. The SDK never calls {@link Thread#sleep} directly, so tests can
 * pass a sleeper that advances a fake clock instead of waiting.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits for the given duration.
   *
   * @param duration how long to wait; zero or negative returns at once
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /** A sleeper that really waits, using {@link Thread#sleep(long)}. */
  static Sleeper system() {
    return duration -> {
      if (!duration.isNegative() && !duration.isZero()) {
        Thread.sleep(duration.toMillis());
      }
    };
  }
}
