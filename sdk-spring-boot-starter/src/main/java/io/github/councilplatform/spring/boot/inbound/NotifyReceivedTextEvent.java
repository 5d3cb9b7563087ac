package io.github.councilplatform.spring.boot.inbound;

import io.github.councilplatform.notify.ReceivedTextMessageCallback;

/** A verified text message a member of the public sent to the service (Notify's "received text messages" callback). */
public final class NotifyReceivedTextEvent extends InboundMessageEvent {

  private static final long serialVersionUID = 1L;

  private final transient ReceivedTextMessageCallback message;

  /**
   * @param source the endpoint
   * @param message the message
   * @param repeat whether the same message was seen before
   */
  public NotifyReceivedTextEvent(Object source, ReceivedTextMessageCallback message, boolean repeat) {
    super(source, repeat);
    this.message = message;
  }

  /** @return the message */
  public ReceivedTextMessageCallback message() {
    return message;
  }

  @Override
  public String toString() {
    return "NotifyReceivedTextEvent{" + message + ", repeat=" + isRepeat() + '}';
  }
}
