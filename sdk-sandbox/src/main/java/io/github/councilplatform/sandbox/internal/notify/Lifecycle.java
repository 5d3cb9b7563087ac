package io.github.councilplatform.sandbox.internal.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.councilplatform.sandbox.internal.Responses;
import io.github.councilplatform.sandbox.internal.SandboxContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Moves notifications through their statuses on the sandbox clock and sends delivery receipts.
 *
 * <ul>
 *   <li>email and text: {@code created} → {@code sending} after {@link #SENDING_AFTER} → {@code delivered} (or
 *       the simulated failure of the recipient) after {@link #DELIVERED_AFTER}, then a delivery-status callback;
 *   <li>letters: {@code accepted}, PDF ready after {@link #PDF_READY_AFTER}, {@code received} after
 *       {@link #LETTER_RECEIVED_AFTER};
 *   <li>precompiled letters: {@code pending-virus-check}, then {@code accepted} (or {@code validation-failed}
 *       when the content is not a PDF) after {@link #PDF_READY_AFTER}.
 * </ul>
 * Callbacks are retried like Notify's: up to 5 more times, 300 seconds apart, only on a connection error, a 5xx
 * or a 429.
 */
final class Lifecycle {
  static final Duration SENDING_AFTER = Duration.ofSeconds(1);
  static final Duration DELIVERED_AFTER = Duration.ofSeconds(5);
  static final Duration PDF_READY_AFTER = Duration.ofSeconds(5);
  static final Duration LETTER_RECEIVED_AFTER = Duration.ofHours(24);
  static final Duration CALLBACK_RETRY_DELAY = Duration.ofSeconds(300);
  static final int CALLBACK_MAX_RETRIES = 5;

  private final SandboxContext context;

  Lifecycle(SandboxContext context) {
    this.context = context;
  }

  /** Schedules a new notification's progression. */
  void start(ServiceState service, Notification n) {
    Instant created = n.createdAt;
    if (n.type.equals("letter")) {
      if (n.isPrecompiled()) {
        context.scheduler().schedule(created.plus(PDF_READY_AFTER), () -> scanPrecompiled(service, n));
      } else {
        synchronized (service) {
          n.pdfReadyAt = created.plus(PDF_READY_AFTER);
        }
        context.scheduler().schedule(created.plus(LETTER_RECEIVED_AFTER), () -> receiveLetter(service, n));
      }
      return;
    }
    context.scheduler().schedule(created.plus(SENDING_AFTER), () -> {
      synchronized (service) {
        n.status = "sending";
        n.sentAt = context.clock().instant();
        n.updatedAt = n.sentAt;
      }
    });
    context.scheduler().schedule(created.plus(DELIVERED_AFTER), () -> {
      synchronized (service) {
        if (n.sentAt == null) {
          n.sentAt = context.clock().instant();
        }
        n.status = finalStatus(n);
        n.updatedAt = context.clock().instant();
      }
      sendDeliveryReceipt(service, n);
    });
  }

  /** The simulated outcome: Notify's test recipients fail, everyone else gets their message. */
  static String finalStatus(Notification n) {
    String to = n.recipient.strip().toLowerCase(Locale.ROOT);
    if (n.type.equals("email")) {
      if (to.equals("temp-fail@simulator.notify")) {
        return "temporary-failure";
      }
      if (to.equals("perm-fail@simulator.notify")) {
        return "permanent-failure";
      }
      return "delivered";
    }
    String digits = to.replaceAll("[^0-9]", "");
    if (digits.endsWith("7700900003")) {
      return "temporary-failure";
    }
    if (digits.endsWith("7700900002")) {
      return "permanent-failure";
    }
    return n.international ? "sent" : "delivered";
  }

  private void scanPrecompiled(ServiceState service, Notification n) {
    boolean pdf = isPdf(n.precompiledPdf);
    synchronized (service) {
      n.status = pdf ? "created" : "validation-failed";
      n.updatedAt = context.clock().instant();
      if (pdf) {
        n.pdfReadyAt = n.updatedAt;
      }
    }
    if (pdf) {
      context.scheduler().schedule(n.createdAt.plus(LETTER_RECEIVED_AFTER), () -> receiveLetter(service, n));
    }
  }

  private void receiveLetter(ServiceState service, Notification n) {
    synchronized (service) {
      n.status = "delivered";
      n.sentAt = n.sentAt == null ? context.clock().instant() : n.sentAt;
      n.updatedAt = context.clock().instant();
    }
  }

  /** Whether bytes look like a PDF, as Notify's checks do: {@code %PDF-} near the start. */
  static boolean isPdf(byte[] content) {
    if (content == null) {
      return false;
    }
    String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1);
    return head.contains("%PDF-");
  }

  private void sendDeliveryReceipt(ServiceState service, Notification n) {
    Callback callback = service.deliveryCallback();
    if (callback == null) {
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    synchronized (service) {
      body.put("id", n.id);
      body.put("reference", n.reference);
      body.put("to", n.recipient);
      body.put("status", n.status);
      body.put("created_at", Times.format(n.createdAt));
      body.put("completed_at", Times.format(n.updatedAt));
      body.put("sent_at", Times.format(n.sentAt));
      body.put("notification_type", n.type);
      body.put("template_id", n.template.id());
      body.put("template_version", n.template.version());
    }
    post(service, "delivery-status", callback, n.id, body, 1);
  }

  /** Posts a received-text callback ({@code id, source_number, destination_number, message, date_received}). */
  void sendReceivedText(ServiceState service, ReceivedText text) {
    Callback callback = service.receivedTextCallback();
    if (callback == null) {
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", text.id());
    body.put("source_number", text.userNumber());
    body.put("destination_number", text.notifyNumber());
    body.put("message", text.content());
    body.put("date_received", Times.format(text.createdAt()));
    context.scheduler().schedule(context.clock().instant(),
        () -> post(service, "received-text", callback, text.id(), body, 1));
  }

  private void post(ServiceState service, String kind, Callback callback, String id, Map<String, Object> body,
      int attempt) {
    String json;
    try {
      json = Responses.JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    int status = context.outbound().post(callback.url(), Map.of("Content-Type", "application/json",
        "Authorization", "Bearer " + callback.bearerToken()), json.getBytes(StandardCharsets.UTF_8));
    service.recordCallback(new CallbackAttempt(kind, callback.url(), id, attempt, status,
        context.clock().instant(), json));
    boolean retryable = status == -1 || status == 429 || status >= 500;
    if (retryable && attempt <= CALLBACK_MAX_RETRIES) {
      context.scheduler().schedule(context.clock().instant().plus(CALLBACK_RETRY_DELAY),
          () -> post(service, kind, callback, id, body, attempt + 1));
    }
  }
}
