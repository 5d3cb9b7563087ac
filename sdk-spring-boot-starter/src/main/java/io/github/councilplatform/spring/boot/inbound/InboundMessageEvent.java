package io.github.councilplatform.spring.boot.inbound;

import org.springframework.context.ApplicationEvent;

/**
 * A verified message from a platform, published once the endpoint has checked its credential and read it.
 * Platforms redeliver (after a timeout, a 5xx, or on their own), so the same message can arrive twice:
 * {@link #isRepeat()} says this one was seen before, so a listener that has already acted on it can ignore it.
 *
 * <p>A listener that throws makes the endpoint answer 500, so the platform delivers again later; the message is
 * then not counted as seen, and the redelivery is not flagged as a repeat.
 */
public abstract class InboundMessageEvent extends ApplicationEvent {

  private static final long serialVersionUID = 1L;

  private final boolean repeat;

  /**
   * @param source the endpoint that received the message
   * @param repeat whether the same message was seen before
   */
  protected InboundMessageEvent(Object source, boolean repeat) {
    super(source);
    this.repeat = repeat;
  }

  /** @return whether the same message was received (and published) before */
  public boolean isRepeat() {
    return repeat;
  }
}
