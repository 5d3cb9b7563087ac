package io.github.councilplatform.spring.boot.properties;

import java.time.Duration;

/**
 * A client-side rate limit ({@code council-platform.<platform>.rate-limit.*}), so the service stays under the
 * platform's own limit instead of meeting its 429s. Off unless {@code permits} is set.
 */
public class RateLimitProperties {

  /** Calls allowed per period; unset means no client-side limit. */
  private Integer permits;

  /** The period the permits refill over. */
  private Duration period = Duration.ofSeconds(1);

  /** Longest a call waits for a permit before it is refused. */
  private Duration maxWait = Duration.ofSeconds(5);

  /** @return calls allowed per period, or {@code null} for no limit */
  public Integer getPermits() {
    return permits;
  }

  /** @param permits calls allowed per period */
  public void setPermits(Integer permits) {
    this.permits = permits;
  }

  /** @return the refill period */
  public Duration getPeriod() {
    return period;
  }

  /** @param period the refill period */
  public void setPeriod(Duration period) {
    this.period = period;
  }

  /** @return the longest wait for a permit */
  public Duration getMaxWait() {
    return maxWait;
  }

  /** @param maxWait the longest wait for a permit */
  public void setMaxWait(Duration maxWait) {
    this.maxWait = maxWait;
  }
}
