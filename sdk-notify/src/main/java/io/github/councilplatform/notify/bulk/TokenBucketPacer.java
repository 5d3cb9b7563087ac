package io.github.councilplatform.notify.bulk;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.councilplatform.core.Sleeper;
import io.github.councilplatform.notify.bulk.internal.NotifyShapedBucket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Paces one process's sends with a local Bucket4j token bucket shaped like Notify's own limiter: it refills at
 * the service's limit per minute, evenly, and holds at most Notify's burst, {@code min(ceil(limit / 3) + 1,
 * 1000) - 1} tokens (999 at the default 3,000 a minute). It starts empty by default, so Notify's bucket stays
 * nearly full and absorbs network jitter: steady sending at the limit then causes no 429.
 *
 * <p>For several processes sending with one service, use a shared limiter instead (each process with its own
 * bucket would together exceed the limit).
 */
public final class TokenBucketPacer implements SendPacer {
  /** Notify's default limit per service and key type. */
  public static final int NOTIFY_DEFAULT_PER_MINUTE = 3000;

  private final long perMinute;
  private final Bucket bucket;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Object lock = new Object();
  private Instant holdUntil = Instant.MIN;

  private TokenBucketPacer(long perMinute, long initialTokens, Clock clock, Sleeper sleeper) {
    this.perMinute = perMinute;
    this.clock = clock;
    this.sleeper = sleeper;
    this.bucket = Bucket.builder().withCustomTimePrecision(NotifyShapedBucket.time(clock))
        .addLimit(NotifyShapedBucket.limit(perMinute, initialTokens))
        .build();
  }

  /**
   * A pacer at Notify's default limit, 3,000 a minute.
   *
   * @return the pacer
   */
  public static TokenBucketPacer notifyDefault() {
    return perMinute(NOTIFY_DEFAULT_PER_MINUTE);
  }

  /**
   * A pacer at your service's limit (Notify raises it for some services on request).
   *
   * @param perMinute sends a minute, at least 1
   * @return the pacer, starting empty, on the system clock
   */
  public static TokenBucketPacer perMinute(long perMinute) {
    return builder().perMinute(perMinute).build();
  }

  /**
   * A builder, to set the start and, in tests, the clock and sleeper.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Notify's burst at a limit: its bucket holds {@code min(ceil(limit / 3) + 1, 1000)} tokens and refuses a
   * request that leaves it below one.
   *
   * @param perMinute the limit a minute
   * @return the most requests Notify accepts at once from a full bucket
   */
  public static long burst(long perMinute) {
    long size = Math.min((perMinute + 2) / 3 + 1, 1000);
    return Math.max(1, size - 1);
  }

  @Override
  public void acquire(int tokens) throws InterruptedException {
    if (tokens < 1) {
      throw new IllegalArgumentException("tokens must be at least 1; got " + tokens);
    }
    while (true) {
      Duration hold;
      synchronized (lock) {
        hold = Duration.between(clock.instant(), holdUntil);
      }
      if (!hold.isNegative() && !hold.isZero()) {
        sleeper.sleep(hold);
        continue;
      }
      ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(Math.min(tokens, burst(perMinute)));
      if (probe.isConsumed()) {
        return;
      }
      sleeper.sleep(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
  }

  @Override
  public void holdBack(Duration wait) {
    Objects.requireNonNull(wait, "wait");
    synchronized (lock) {
      Instant until = clock.instant().plus(wait);
      if (until.isAfter(holdUntil)) {
        holdUntil = until;
      }
    }
  }

  @Override
  public long perMinute() {
    return perMinute;
  }

  @Override
  public String toString() {
    return "TokenBucketPacer{" + perMinute + "/min, burst " + burst(perMinute) + '}';
  }

  /** Builds a {@link TokenBucketPacer}. Defaults: 3,000 a minute, starting empty, the system clock. */
  public static final class Builder {
    private long perMinute = NOTIFY_DEFAULT_PER_MINUTE;
    private long initialTokens;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();

    private Builder() {}

    /**
     * The service's limit.
     *
     * @param perMinute sends a minute, at least 1
     * @return this builder
     */
    public Builder perMinute(long perMinute) {
      if (perMinute < 1) {
        throw new IllegalArgumentException("perMinute must be at least 1; got " + perMinute);
      }
      this.perMinute = perMinute;
      return this;
    }

    /**
     * Tokens to start with, up to the burst: only when nothing else sends with the service's keys, so Notify's
     * bucket is full (default 0).
     *
     * @param tokens at least 0
     * @return this builder
     */
    public Builder initialTokens(long tokens) {
      if (tokens < 0) {
        throw new IllegalArgumentException("initialTokens must be at least 0; got " + tokens);
      }
      this.initialTokens = tokens;
      return this;
    }

    /**
     * The clock the bucket refills by (tests pass a fake one).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How to wait for tokens (tests pass one that moves their fake clock on).
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Builds the pacer.
     *
     * @return the pacer
     */
    public TokenBucketPacer build() {
      return new TokenBucketPacer(perMinute, initialTokens, clock, sleeper);
    }
  }
}
