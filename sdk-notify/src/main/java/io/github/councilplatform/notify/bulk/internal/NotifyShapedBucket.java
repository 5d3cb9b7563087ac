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

  /** Pacing 1% under the limit: enough that two clocks and a network never add up to a 429 (see below). */
  public static final double DEFAULT_HEADROOM = 0.01;

  /**
   * The bucket's limit: it holds the burst Notify allows at {@code perMinute} and refills at {@code perMinute}
   * less the headroom.
   *
   * <p>Why headroom: paced at exactly the limit, a batch of 30,000 against the sandbox at 60,000 a minute met
   * about a thousand 429s, because the two buckets are read on two clocks and requests reach Notify in
   * bunches after a pause (a GC, a slow journal write) that Notify's bucket, already full, could not bank.
   * At 1% under, the same run met none.
   *
   * @param perMinute the service's limit a minute
   * @param headroom the fraction of the limit left unused, from 0 (inclusive) to 1 (exclusive)
   * @param initialTokens tokens to start with (capped at the burst)
   * @return the limit
   */
  public static Bandwidth limit(long perMinute, double headroom, long initialTokens) {
    long burst = TokenBucketPacer.burst(perMinute);
    // Per 100 minutes, so that a headroom of 1% keeps its precision at small limits (3 a minute: 297).
    return Bandwidth.builder().capacity(burst).refillGreedy(pacedPer100Minutes(perMinute, headroom),
            Duration.ofMinutes(100))
        .initialTokens(Math.min(initialTokens, burst)).build();
  }

  /**
   * The rate the bucket refills at, in whole sends a minute (rounded down, at least 1).
   *
   * @param perMinute the service's limit a minute
   * @param headroom the fraction left unused
   * @return sends a minute
   */
  public static long pacedPerMinute(long perMinute, double headroom) {
    return Math.max(1, pacedPer100Minutes(perMinute, headroom) / 100);
  }

  /**
   * Checks a headroom.
   *
   * @param headroom the fraction of the limit left unused
   * @return it
   * @throws IllegalArgumentException unless it is at least 0 and below 1
   */
  public static double checkHeadroom(double headroom) {
    if (!(headroom >= 0 && headroom < 1)) {
      throw new IllegalArgumentException("headroom must be at least 0 and below 1 (0.01 is 1% under the limit);"
          + " got " + headroom);
    }
    return headroom;
  }

  /**
   * How long to wait before trying again after a refusal: at least a microsecond. At a rate whose token takes
   * a fraction of a nanosecond more than a whole number (2,970 a minute: 20,202,020.2 ns), Bucket4j asks for 0
   * ns once the whole nanoseconds have passed, and a caller that waits 0 would spin for ever on a clock that
   * moves only when it sleeps.
   *
   * @param probe the refused probe
   * @return the wait
   */
  public static Duration waitFor(io.github.bucket4j.ConsumptionProbe probe) {
    return Duration.ofNanos(Math.max(1_000, probe.getNanosToWaitForRefill()));
  }

  private static long pacedPer100Minutes(long perMinute, double headroom) {
    return Math.max(1, (long) Math.floor(perMinute * 100 * (1 - headroom)));
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
