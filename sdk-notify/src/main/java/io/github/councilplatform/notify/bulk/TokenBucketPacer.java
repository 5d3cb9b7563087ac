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
 * nearly full and absorbs network jitter, and it refills 1% under the limit by default ({@link
 * Builder#headroom(double)}), so that two clocks and a network never add up to a 429: steady sending then
 * causes none.
 *
 * <p>For several processes sending with one service, use a shared limiter instead (each process with its own
 * bucket would together exceed the limit).
 */
public final class TokenBucketPacer implements SendPacer {
  /** Notify's default limit per service and key type. */
  public static final int NOTIFY_DEFAULT_PER_MINUTE = 3000;

  private final long perMinute;
  private final long pacedPerMinute;
  private final Bucket bucket;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Object lock = new Object();
  // The epoch, not Instant.MIN: Duration.between(now, Instant.MIN) overflows and builds an exception each call.
  private Instant holdUntil = Instant.EPOCH;

  private TokenBucketPacer(Builder b) {
    this.perMinute = b.perMinute;
    this.pacedPerMinute = NotifyShapedBucket.pacedPerMinute(b.perMinute, b.headroom);
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.bucket = Bucket.builder().withCustomTimePrecision(NotifyShapedBucket.time(clock))
        .addLimit(NotifyShapedBucket.limit(b.perMinute, b.headroom, b.initialTokens))
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
   * @param perMinute the service's limit a minute, at least 1
   * @return the pacer, starting empty, 1% under the limit, on the system clock
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
      sleeper.sleep(NotifyShapedBucket.waitFor(probe));
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

  /**
   * The rate this pacer sends at: the service's limit less the headroom.
   *
   * @return sends a minute
   */
  @Override
  public long perMinute() {
    return pacedPerMinute;
  }

  /**
   * The service's limit this pacer was built for.
   *
   * @return the limit a minute
   */
  public long limitPerMinute() {
    return perMinute;
  }

  @Override
  public String toString() {
    return "TokenBucketPacer{" + pacedPerMinute + "/min under a limit of " + perMinute + ", burst "
        + burst(perMinute) + '}';
  }

  /**
   * Builds a {@link TokenBucketPacer}. Defaults: 3,000 a minute, 1% headroom, starting empty, the system clock.
   */
  public static final class Builder {
    private long perMinute = NOTIFY_DEFAULT_PER_MINUTE;
    private double headroom = NotifyShapedBucket.DEFAULT_HEADROOM;
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
     * How far under the limit to pace, as a fraction of it (default 0.01: 1% under, 2,970 a minute at 3,000).
     * 0 paces at exactly the limit, which meets the odd 429 when requests bunch up.
     *
     * @param headroom at least 0 and below 1
     * @return this builder
     */
    public Builder headroom(double headroom) {
      this.headroom = NotifyShapedBucket.checkHeadroom(headroom);
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
      return new TokenBucketPacer(this);
    }
  }
}
