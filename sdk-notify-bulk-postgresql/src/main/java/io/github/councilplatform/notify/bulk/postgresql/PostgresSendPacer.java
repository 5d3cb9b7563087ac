package io.github.councilplatform.notify.bulk.postgresql;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.councilplatform.core.Sleeper;
import io.github.councilplatform.notify.bulk.SendPacer;
import io.github.councilplatform.notify.bulk.TokenBucketPacer;
import io.github.councilplatform.notify.bulk.internal.NotifyShapedBucket;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Paces every instance of a service under one Notify rate limit: a token bucket kept in PostgreSQL by Bucket4j's
 * PostgreSQL backend (table {@code council_bulk_rate_limit}, created by {@link BulkSchema}), so three instances
 * at 3,000 a minute send 3,000 a minute between them, not 9,000. The bucket has Notify's shape, as
 * {@link TokenBucketPacer}: it refills evenly at the limit and holds Notify's burst, the bucket size minus one
 * ({@link TokenBucketPacer#burst(long)}), and starts empty so that Notify's own bucket stays nearly full.
 *
 * <p>One bucket per Notify service and key type: give every instance the same {@link Builder#bucket(long)
 * bucket} number and limit. A 429 that comes anyway (another sender with the same service outside the SDK)
 * holds back every instance: {@link #holdBack} puts the shared bucket into debt for that long.
 */
public final class PostgresSendPacer implements SendPacer {
  /** The bucket used when none is named: one service's live key. */
  public static final long DEFAULT_BUCKET = 1;

  private final long perMinute;
  private final long pacedPerMinute;
  private final long burst;
  private final BucketProxy bucket;
  private final Sleeper sleeper;

  private PostgresSendPacer(Builder b) {
    this.perMinute = b.perMinute;
    this.pacedPerMinute = NotifyShapedBucket.pacedPerMinute(b.perMinute, b.headroom);
    this.burst = TokenBucketPacer.burst(b.perMinute);
    this.sleeper = b.sleeper;
    if (b.createSchema) {
      BulkSchema.migrate(b.dataSource);
    }
    ProxyManager<Long> proxies = Bucket4jPostgreSQL.advisoryLockBasedBuilder(b.dataSource)
        .primaryKeyMapper(PrimaryKeyMapper.LONG)
        .table("council_bulk_rate_limit").idColumn("id").stateColumn("state")
        .clientClock(NotifyShapedBucket.time(b.clock))
        .build();
    BucketConfiguration config = BucketConfiguration.builder()
        .addLimit(NotifyShapedBucket.limit(perMinute, b.headroom, b.initialTokens))
        .build();
    this.bucket = proxies.builder().build(b.bucket, () -> config);
  }

  /**
   * A builder.
   *
   * @param dataSource the database every instance shares (a pooled data source)
   * @return a new builder
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  @Override
  public void acquire(int tokens) throws InterruptedException {
    if (tokens < 1) {
      throw new IllegalArgumentException("tokens must be at least 1; got " + tokens);
    }
    long want = Math.min(tokens, burst);
    while (true) {
      ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(want);
      if (probe.isConsumed()) {
        return;
      }
      sleeper.sleep(NotifyShapedBucket.waitFor(probe));
    }
  }

  @Override
  public void holdBack(Duration wait) {
    Objects.requireNonNull(wait, "wait");
    if (wait.isNegative() || wait.isZero()) {
      return;
    }
    // Debt of a wait's worth of tokens: every instance waits it out, whichever one saw the 429. Several
    // instances seeing the same 429 would stack their debts, so only what the bucket lacks is added.
    long debt = Math.max(1, wait.toMillis() * pacedPerMinute / 60_000);
    long owed = -Math.min(0, bucket.getAvailableTokens());
    if (debt > owed) {
      bucket.consumeIgnoringRateLimits(debt - owed);
    }
  }

  /**
   * The rate the instances together send at: the service's limit less the headroom.
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
    return "PostgresSendPacer{" + pacedPerMinute + "/min under a limit of " + perMinute + ", burst " + burst
        + '}';
  }

  /**
   * Builds a {@link PostgresSendPacer}. Defaults: 3,000 a minute, 1% headroom, bucket 1, starting empty, the
   * system clock.
   */
  public static final class Builder {
    private final DataSource dataSource;
    private long perMinute = TokenBucketPacer.NOTIFY_DEFAULT_PER_MINUTE;
    private double headroom = NotifyShapedBucket.DEFAULT_HEADROOM;
    private long bucket = DEFAULT_BUCKET;
    private long initialTokens;
    private boolean createSchema = true;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * The service's limit, the same on every instance.
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
     * How far under the limit the instances together pace, as a fraction of it (default 0.01), the same on
     * every instance; see {@link TokenBucketPacer.Builder#headroom(double)}.
     *
     * @param headroom at least 0 and below 1
     * @return this builder
     */
    public Builder headroom(double headroom) {
      this.headroom = NotifyShapedBucket.checkHeadroom(headroom);
      return this;
    }

    /**
     * Which shared bucket: one number per Notify service and key type, the same on every instance.
     *
     * @param bucket the bucket's number
     * @return this builder
     */
    public Builder bucket(long bucket) {
      this.bucket = bucket;
      return this;
    }

    /**
     * Tokens the bucket starts with when it is first created, up to the burst (default 0). Only when nothing
     * else sends with the service's keys.
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
     * Whether to create the tables first (default {@code true}); see {@link BulkSchema}.
     *
     * @param create whether to run the migration
     * @return this builder
     */
    public Builder createSchema(boolean create) {
      this.createSchema = create;
      return this;
    }

    /**
     * The clock the bucket refills by. Every instance's clock must agree (NTP); tests pass a fake one.
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
    public PostgresSendPacer build() {
      return new PostgresSendPacer(this);
    }
  }
}
