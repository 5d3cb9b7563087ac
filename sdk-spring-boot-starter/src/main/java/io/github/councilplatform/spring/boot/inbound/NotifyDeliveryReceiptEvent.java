package io.github.councilplatform.spring.boot.inbound;

import io.github.councilplatform.notify.DeliveryReceipt;

/** A verified Notify delivery receipt (Notify's "delivery receipts" callback). */
public final class NotifyDeliveryReceiptEvent extends InboundMessageEvent {

  private static final long serialVersionUID = 1L;

  private final transient DeliveryReceipt receipt;

  /**
   * @param source the endpoint
   * @param receipt the receipt
   * @param repeat whether the same receipt (notification and status) was seen before
   */
  public NotifyDeliveryReceiptEvent(Object source, DeliveryReceipt receipt, boolean repeat) {
    super(source, repeat);
    this.receipt = receipt;
  }

  /** @return the receipt */
  public DeliveryReceipt receipt() {
    return receipt;
  }

  @Override
  public String toString() {
    return "NotifyDeliveryReceiptEvent{" + receipt + ", repeat=" + isRepeat() + '}';
  }
}
