package io.github.councilplatform.spring.boot.properties;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the inbound endpoints share: {@code council-platform.inbound.*}. Platforms redeliver, so each endpoint
 * remembers the messages it has seen for a while and flags a second delivery as a repeat.
 */
@ConfigurationProperties(prefix = "council-platform.inbound")
public class InboundProperties {

  /** How many message ids the in-memory seen-store keeps; the oldest are forgotten first. */
  private int seenCapacity = 10_000;

  /** How long a message id is remembered. */
  private Duration seenFor = Duration.ofHours(24);

  /** @return how many message ids are kept */
  public int getSeenCapacity() {
    return seenCapacity;
  }

  /** @param seenCapacity how many message ids are kept */
  public void setSeenCapacity(int seenCapacity) {
    this.seenCapacity = seenCapacity;
  }

  /** @return how long a message id is remembered */
  public Duration getSeenFor() {
    return seenFor;
  }

  /** @param seenFor how long a message id is remembered */
  public void setSeenFor(Duration seenFor) {
    this.seenFor = seenFor;
  }
}
