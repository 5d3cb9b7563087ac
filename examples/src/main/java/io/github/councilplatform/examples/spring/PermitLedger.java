package io.github.councilplatform.examples.spring;

import io.github.councilplatform.notify.NotificationStatus;
import io.github.councilplatform.pay.WebhookEventType;
import io.github.councilplatform.spring.boot.inbound.NotifyDeliveryReceiptEvent;
import io.github.councilplatform.spring.boot.inbound.PayWebhookReceivedEvent;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the platforms told the service through the starter's endpoints (each already verified): Pay's webhooks
 * by payment id, Notify's delivery receipts by notification id. A real service keeps these in its database.
 */
@Component
public class PermitLedger {

  private static final Logger LOG = LoggerFactory.getLogger(PermitLedger.class);

  private final Map<String, List<WebhookEventType>> webhooks = new ConcurrentHashMap<>();
  private final Map<UUID, NotificationStatus> receipts = new ConcurrentHashMap<>();

  @EventListener
  void on(PayWebhookReceivedEvent event) {
    if (event.isRepeat()) {
      return;
    }
    webhooks.computeIfAbsent(event.webhook().resourceId(), id -> new CopyOnWriteArrayList<>())
        .add(event.webhook().eventType());
    LOG.info("Pay webhook {} for payment {}", event.webhook().eventType(), event.webhook().resourceId());
  }

  @EventListener
  void on(NotifyDeliveryReceiptEvent event) {
    receipts.put(event.receipt().id(), event.receipt().status());
    LOG.info("Notify delivery receipt {} for {}", event.receipt().status(), event.receipt().id());
  }

  /**
   * The verified Pay webhooks received for a payment.
   *
   * @param paymentId the payment
   * @return its events, in order of arrival
   */
  public List<WebhookEventType> webhooksFor(String paymentId) {
    return List.copyOf(webhooks.getOrDefault(paymentId, List.of()));
  }

  /**
   * Every payment a verified webhook was received for, with its events.
   *
   * @return payment id to events
   */
  public Map<String, List<WebhookEventType>> webhooks() {
    return Map.copyOf(webhooks);
  }

  /**
   * The last delivery status Notify reported for a notification.
   *
   * @param notificationId the notification
   * @return its status, or null when no receipt has arrived
   */
  public NotificationStatus receiptFor(UUID notificationId) {
    return receipts.get(notificationId);
  }
}
