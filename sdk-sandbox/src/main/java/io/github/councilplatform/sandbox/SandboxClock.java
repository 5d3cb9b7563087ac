package io.github.councilplatform.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's clock: real time plus an offset that tests move forward, so a payment can expire or a text
 * message be delivered without waiting. Thread-safe. All platform state (expiry, status progression, token
 * lifetimes, scheduled callbacks) reads this clock.
 */
public final class SandboxClock extends Clock {
  private final Clock base;
  private final AtomicLong offsetMillis;

  /**
   * Creates a clock on top of a base clock.
   *
   * @param base the underlying clock (normally {@link Clock#systemUTC()})
   */
  public SandboxClock(Clock base) {
    this(base, new AtomicLong());
  }

  private SandboxClock(Clock base, AtomicLong offsetMillis) {
    this.base = Objects.requireNonNull(base, "base");
    this.offsetMillis = offsetMillis;
  }

  /**
   * Moves the clock forward. Scheduled work that falls due (callbacks, expiries) runs soon after.
   *
   * @param duration how far; must not be negative
   */
  public void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("The sandbox clock only moves forward: " + duration);
    }
    offsetMillis.addAndGet(duration.toMillis());
  }

  /** Puts the clock back to real time (used by reset). */
  public void resetOffset() {
    offsetMillis.set(0);
  }

  /** How far the clock is ahead of real time. */
  public Duration offset() {
    return Duration.ofMillis(offsetMillis.get());
  }

  /**
   * The host's real time, without the offset. Callers that live in real time (any client not made by the
   * sandbox) sign and check tokens with it, so trust checks must accept it however far the clock has moved.
   *
   * @return the base clock's instant
   */
  public Instant realInstant() {
    return base.instant();
  }

  /**
   * Whether a time a caller stated (a token's {@code iat}, an assertion's {@code exp}) is within a tolerance of
   * either the host's real time or this clock's time. The clock moves the platforms, never the callers: a caller
   * on the system clock and a client made by the sandbox (on this clock) must both pass, and a time far from both
   * still fails.
   *
   * @param stated the time the caller put in its credential
   * @param tolerance how far either way is accepted
   * @return true when within tolerance of real time or of sandbox time
   */
  public boolean isNearRealOrSandboxTime(Instant stated, Duration tolerance) {
    return within(stated, realInstant(), tolerance) || within(stated, instant(), tolerance);
  }

  private static boolean within(Instant stated, Instant now, Duration tolerance) {
    return !stated.isBefore(now.minus(tolerance)) && !stated.isAfter(now.plus(tolerance));
  }

  @Override
  public Instant instant() {
    return base.instant().plusMillis(offsetMillis.get());
  }

  @Override
  public long millis() {
    return base.millis() + offsetMillis.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    // Shares the offset, so a zoned view still moves with advance().
    return new SandboxClock(base.withZone(zone), offsetMillis);
  }
}
