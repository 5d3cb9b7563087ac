package io.github.councilplatform.notify.bulk.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.TimeMeter;
import io.github.councilplatform.notify.bulk.TokenBucketPacer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The one definition of a token bucket shaped like Notify's limiter, shared by the local and the PostgreSQL
 * pacers so that the two can never disagree: it refills evenly at the limit, holds Notify's burst, and reads an
 * injectable clock. Not part of the SDK's API.
 */
public final class NotifyShapedBucket {
  private NotifyShapedBucket() {}

  /**
   * The bucket's limit.
   *
   * @param perMinute the service's limit a minute
   * @param initialTokens tokens to start with (capped at the burst)
   * @return the limit
   */
  public static Bandwidth limit(long perMinute, long initialTokens) {
    long burst = TokenBucketPacer.burst(perMinute);
    return Bandwidth.builder().capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1))
        .initialTokens(Math.min(initialTokens, burst)).build();
  }

  /**
   * Bucket4j's time source over a clock, so tests drive refills with a fake clock.
   *
   * @param clock the clock
   * @return the time meter
   */
  public static TimeMeter time(Clock clock) {
    return new TimeMeter() {
      @Override
      public long currentTimeNanos() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
      }

      @Override
      public boolean isWallClockBased() {
        return true;
      }
    };
  }
}
