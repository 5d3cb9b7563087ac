package io.github.councilplatform.sandbox.internal.pay;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.councilplatform.sandbox.internal.Responses;
import io.github.councilplatform.sandbox.internal.SandboxContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pay's webhooks (pay-webhooks): endpoints registered through the admin API receive signed event messages,
 * at least once, retried after 60 s, 5 min, 1 h, 1 day and 2 days on the sandbox clock (6 attempts), any
 * 2xx counting as delivered. The HTTP calls run on a small pool of their own so a slow receiver never holds
 * up the sandbox scheduler.
 */
final class Webhooks {
  /** Delays before the 2nd to 6th attempts. */
  static final List<Duration> RETRY_DELAYS = List.of(Duration.ofSeconds(60), Duration.ofMinutes(5),
      Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(2));
  /** The event types pay-webhooks sends ({@code card_payment_started} exists but is never sent). */
  static final Set<String> EVENT_TYPES = Set.of("card_payment_succeeded", "card_payment_captured",
      "card_payment_refunded", "card_payment_failed", "card_payment_expired", "card_payment_started");

  /** A registered webhook endpoint of one account. */
  record Endpoint(String id, PayAccount account, String callbackUrl, Set<String> subscriptions,
      String description, Instant created) {}

  /** One delivery attempt: when, and the status (-1 when no response arrived). */
  record Attempt(Instant at, int status) {}

  /** One message to one endpoint, with its delivery history. Guarded by itself. */
  static final class Message {
    final String id;
    final Endpoint endpoint;
    final String eventType;
    final String resourceId;
    final byte[] body;
    final String signature;
    final List<Attempt> attempts = new ArrayList<>();
    String status = "PENDING";
    Instant nextAttempt;

    Message(String id, Endpoint endpoint, String eventType, String resourceId, byte[] body, String signature) {
      this.id = id;
      this.endpoint = endpoint;
      this.eventType = eventType;
      this.resourceId = resourceId;
      this.body = body;
      this.signature = signature;
    }
  }

  private final SandboxContext context;
  private final List<Endpoint> endpoints = new CopyOnWriteArrayList<>();
  private final List<Message> messages = new CopyOnWriteArrayList<>();
  private final AtomicLong generation = new AtomicLong();
  private final ThreadPoolExecutor senders = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS,
      new LinkedBlockingQueue<>(), r -> {
        Thread t = new Thread(r, "sandbox-pay-webhooks");
        t.setDaemon(true);
        return t;
      });

  Webhooks(SandboxContext context) {
    this.context = context;
    // Idle senders go away, so a closed sandbox leaves no threads behind.
    senders.allowCoreThreadTimeOut(true);
  }

  /** Registers an endpoint for an account. */
  Endpoint register(PayAccount account, String callbackUrl, Set<String> subscriptions, String description) {
    Endpoint e = new Endpoint(PayIds.externalId(), account, callbackUrl, Set.copyOf(subscriptions), description,
        context.clock().instant());
    endpoints.add(e);
    return e;
  }

  /** Removes an endpoint; its pending messages are still attempted (as Pay does for queued messages). */
  boolean remove(PayAccount account, String id) {
    return endpoints.removeIf(e -> e.account() == account && e.id().equals(id));
  }

  List<Endpoint> endpoints(PayAccount account) {
    return endpoints.stream().filter(e -> e.account() == account).toList();
  }

  List<Message> messages(PayAccount account) {
    return messages.stream().filter(m -> m.endpoint.account() == account).toList();
  }

  /**
   * Sends an event about a payment to every endpoint of its account subscribed to the event type.
   *
   * @param account the payment's account
   * @param eventType e.g. {@code card_payment_captured}
   * @param resource the payment as the webhook {@code resource} (no {@code _links})
   * @param resourceId the payment id
   * @param at when the event happened
   */
  void emit(PayAccount account, String eventType, Map<String, Object> resource, String resourceId, Instant at) {
    for (Endpoint e : endpoints) {
      if (e.account() != account || !e.subscriptions().contains(eventType)) {
        continue;
      }
      String id = PayIds.externalId();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("webhook_message_id", id);
      body.put("created_date", PayJson.time(at));
      body.put("resource_id", resourceId);
      body.put("api_version", 1);
      body.put("resource_type", "payment");
      body.put("event_type", eventType);
      body.put("resource", resource);
      byte[] bytes;
      try {
        bytes = Responses.JSON.writeValueAsBytes(body);
      } catch (JsonProcessingException ex) {
        throw new IllegalStateException(ex);
      }
      Message m = new Message(id, e, eventType, resourceId, bytes, sign(bytes, account.signingSecret));
      messages.add(m);
      schedule(m, context.clock().instant());
    }
  }

  /** Forgets endpoints and messages; attempts already queued are dropped. */
  void reset() {
    generation.incrementAndGet();
    endpoints.clear();
    messages.clear();
  }

  /** {@code Pay-Signature}: lower-case hex HMAC-SHA256 of the exact body bytes, keyed by the secret as UTF-8. */
  static String sign(byte[] body, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private void schedule(Message m, Instant due) {
    long gen = generation.get();
    synchronized (m) {
      m.nextAttempt = due;
    }
    context.scheduler().schedule(due, () -> senders.execute(() -> attempt(m, gen)));
  }

  private void attempt(Message m, long gen) {
    if (gen != generation.get()) {
      return;
    }
    Map<String, String> headers = Map.of("Content-Type", "application/json", "Pay-Signature", m.signature);
    int status = context.outbound().post(m.endpoint.callbackUrl(), headers, m.body);
    if (gen != generation.get()) {
      return;
    }
    Instant now = context.clock().instant();
    Instant retryAt = null;
    synchronized (m) {
      m.attempts.add(new Attempt(now, status));
      if (status >= 200 && status < 300) {
        m.status = "SUCCESSFUL";
        m.nextAttempt = null;
      } else if (m.attempts.size() > RETRY_DELAYS.size()) {
        m.status = "FAILED";
        m.nextAttempt = null;
      } else {
        retryAt = now.plus(RETRY_DELAYS.get(m.attempts.size() - 1));
      }
    }
    if (retryAt != null) {
      schedule(m, retryAt);
    }
  }
}
