package io.github.councilplatform.notify.bulk;

import java.time.Duration;

/**
 * Paces a batch's sends under the service's rate limit. Notify's limit is a token bucket per service and key
 * type (3,000 a minute by default, refilled evenly, with a burst of the bucket size minus one), shared by every
 * process that sends with that service's keys, so the pacer is the one piece a batch and its sibling workers
 * must share.
 *
 * <p>The SDK ships {@code TokenBucketPacer}, a local Bucket4j bucket for one process. A limiter shared across
 * instances (Bucket4j's PostgreSQL backend) implements this interface the same way over a proxied bucket.
 * Implementations are thread-safe.
 */
public interface SendPacer {

  /**
   * Waits until {@code tokens} may be spent, and spends them. Templated letters cost 2 (Notify counts them
   * twice), everything else 1.
   *
   * @param tokens how many tokens the next send costs, at least 1
   * @throws InterruptedException if the thread is interrupted while waiting; nothing was spent
   */
  void acquire(int tokens) throws InterruptedException;

  /**
   * Notify refused a send with its per-minute {@code RateLimitError} despite the pacing (another process is
   * sending with the same service). Every sender sharing this pacer should hold back for {@code wait} (the
   * response's {@code Retry-After}, or a default).
   *
   * @param wait how long to hold back
   */
  void holdBack(Duration wait);

  /**
   * The most sends per minute this pacer allows, for progress estimates.
   *
   * @return sends per minute
   */
  long perMinute();
}
