package io.github.councilplatform.sandbox.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.councilplatform.sandbox.internal.Responses;
import io.github.councilplatform.sandbox.internal.SandboxContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Notify's admin endpoints under {@code /_sandbox/notify}:
 *
 * <ul>
 *   <li>{@code GET /_sandbox/notify}: an HTML page of every message sent, newest first, as residents see them;
 *   <li>{@code GET /_sandbox/notify/notifications}: the same as JSON (every key type);
 *   <li>{@code GET /_sandbox/notify/notifications/{id}/pdf}: a letter's PDF, for the page's link (a browser
 *       cannot send the API's bearer token);
 *   <li>{@code GET|POST /_sandbox/notify/settings}: {@code restricted} (trial mode), {@code permissions},
 *       {@code teamEmails}, {@code teamPhoneNumbers}, {@code rateLimit} (per minute), {@code dailyLimits}
 *       ({@code email}, {@code sms}, {@code letter}, {@code international_sms});
 *   <li>{@code POST|DELETE /_sandbox/notify/callbacks/delivery-status} and {@code …/received-text} with
 *       {@code {"url": …, "bearerToken": …}}; {@code GET /_sandbox/notify/callbacks}: every attempt made;
 *   <li>{@code POST /_sandbox/notify/received-text-messages} with {@code {"user_number": …, "content": …}}:
 *       a resident texts the service;
 *   <li>{@code POST /_sandbox/notify/templates} ({@code type, name, subject, body}, and for a letter
 *       {@code letterContactBlock}, null or absent for none) creates a template;
 *       {@code POST /_sandbox/notify/templates/{id}} ({@code name, subject, body, archived, letterContactBlock})
 *       makes a new version (what it leaves out stays as it was);
 *   <li>{@code POST /_sandbox/notify/keys/{live|team|test}/revoke}: revokes a key until the next reset;
 *   <li>{@code GET /_sandbox/notify/documents/{serviceId}/{documentId}}: a file sent by email.
 * </ul>
 */
final class NotifyAdmin {
  private static final Set<String> PERMISSIONS = Set.of("email", "sms", "letter", "international_sms",
      "sms_to_uk_landlines", "international_letters");

  private final SandboxContext context;
  private final Supplier<ServiceState> service;
  private final Lifecycle lifecycle;

  NotifyAdmin(SandboxContext context, Supplier<ServiceState> service, Lifecycle lifecycle) {
    this.context = context;
    this.service = service;
    this.lifecycle = lifecycle;
  }

  ResponseDefinition handle(String sub, Request request) {
    ServiceState svc = service.get();
    RequestMethod method = request.getMethod();
    String path = sub.endsWith("/") ? sub.substring(0, sub.length() - 1) : sub;
    try {
      if (path.isEmpty()) {
        return Responses.html(200, SentPage.render(svc, context.baseUrl()));
      }
      if (path.equals("/notifications") && method.equals(RequestMethod.GET)) {
        List<Map<String, Object>> out = new ArrayList<>();
        synchronized (svc) {
          for (Notification n : svc.newestFirst()) {
            Map<String, Object> m = NotificationJson.of(context.baseUrl(), svc, n);
            m.put("key_type", n.keyType.label().toLowerCase(Locale.ROOT));
            out.add(m);
          }
        }
        return Responses.json(200, Map.of("notifications", out));
      }
      if (path.startsWith("/notifications/") && path.endsWith("/pdf") && method.equals(RequestMethod.GET)) {
        return letterPdf(svc, path.substring("/notifications/".length(), path.length() - "/pdf".length()));
      }
      if (path.equals("/settings")) {
        if (method.equals(RequestMethod.POST) || method.equals(RequestMethod.PUT)) {
          updateSettings(svc, body(request));
        }
        return Responses.json(200, svc.settings());
      }
      if (path.equals("/callbacks") && method.equals(RequestMethod.GET)) {
        List<Map<String, Object>> attempts = new ArrayList<>();
        for (CallbackAttempt a : svc.callbackAttempts()) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("kind", a.kind());
          m.put("url", a.url());
          m.put("id", a.notificationId());
          m.put("attempt", a.attempt());
          m.put("status", a.status());
          m.put("at", Times.format(a.at()));
          m.put("body", a.body());
          attempts.add(m);
        }
        return Responses.json(200, Map.of("attempts", attempts));
      }
      if (path.startsWith("/keys/") && path.endsWith("/revoke") && method.equals(RequestMethod.POST)) {
        String type = path.substring("/keys/".length(), path.length() - "/revoke".length());
        svc.revoke(switch (type) {
          case "live" -> KeyType.NORMAL;
          case "team" -> KeyType.TEAM;
          case "test" -> KeyType.TEST;
          default -> throw new IllegalArgumentException("Revoke the live, team or test key, not " + type);
        });
        return Responses.json(200, svc.settings());
      }
      if (path.equals("/callbacks/delivery-status") || path.equals("/callbacks/received-text")) {
        Callback callback = method.equals(RequestMethod.DELETE) ? null : callback(body(request));
        if (path.endsWith("delivery-status")) {
          svc.deliveryCallback(callback);
        } else {
          svc.receivedTextCallback(callback);
        }
        return Responses.json(200, svc.settings());
      }
      if (path.equals("/received-text-messages") && method.equals(RequestMethod.POST)) {
        return receiveText(svc, body(request));
      }
      if (path.equals("/templates") && method.equals(RequestMethod.POST)) {
        return createTemplate(svc, body(request));
      }
      if (path.startsWith("/templates/") && method.equals(RequestMethod.POST)) {
        return updateTemplate(svc, path.substring("/templates/".length()), body(request));
      }
      if (path.startsWith("/documents/") && method.equals(RequestMethod.GET)) {
        String[] parts = path.split("/");
        byte[] doc = parts.length == 4 && parts[2].equals(svc.id) ? svc.document(parts[3]) : null;
        return doc == null ? bad(404, "No such document")
            : Responses.of(200, doc, new HttpHeader("Content-Type", "application/octet-stream"));
      }
      return bad(404, "No Notify admin endpoint at /_sandbox/notify" + sub);
    } catch (IllegalArgumentException | IOException e) {
      return bad(400, e.getMessage());
    }
  }

  private static ResponseDefinition letterPdf(ServiceState svc, String id) {
    synchronized (svc) {
      Notification n = svc.notification(id.toLowerCase(Locale.ROOT));
      if (n == null || !n.type.equals("letter")) {
        return bad(404, "No letter " + id);
      }
      byte[] pdf = n.isPrecompiled() ? n.precompiledPdf : LetterPdf.render(n.addressLines, n.subject, n.body);
      return Responses.of(200, pdf, new HttpHeader("Content-Type", "application/pdf"),
          new HttpHeader("Content-Disposition", "inline; filename=\"letter-" + n.id + ".pdf\""));
    }
  }

  private static JsonNode body(Request request) throws IOException {
    String raw = request.getBodyAsString();
    JsonNode node = raw == null || raw.isBlank() ? null : Responses.JSON.readTree(raw);
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("Send a JSON object");
    }
    return node;
  }

  private static void updateSettings(ServiceState svc, JsonNode b) {
    if (b.has("restricted")) {
      svc.restricted(b.get("restricted").asBoolean());
    }
    if (b.has("permissions")) {
      Set<String> p = new LinkedHashSet<>();
      b.get("permissions").forEach(n -> {
        if (!PERMISSIONS.contains(n.asText())) {
          throw new IllegalArgumentException("Unknown permission " + n.asText() + "; use " + PERMISSIONS);
        }
        p.add(n.asText());
      });
      svc.permissions(p);
    }
    if (b.has("teamEmails") || b.has("teamPhoneNumbers")) {
      Set<String> emails = new LinkedHashSet<>();
      b.path("teamEmails").forEach(n -> emails.add(n.asText()));
      Set<String> phones = new LinkedHashSet<>();
      b.path("teamPhoneNumbers").forEach(n -> {
        try {
          phones.add(PhoneNumbers.parse(n.asText()).e164Digits());
        } catch (PhoneNumbers.InvalidPhone e) {
          throw new IllegalArgumentException("Team phone number " + n.asText() + ": " + e.getMessage());
        }
      });
      svc.team(emails, phones);
    }
    if (b.has("rateLimit")) {
      int limit = b.get("rateLimit").asInt();
      if (limit < 1) {
        throw new IllegalArgumentException("rateLimit must be at least 1 a minute");
      }
      svc.rateLimit(limit);
    }
    if (b.has("dailyLimits")) {
      b.get("dailyLimits").properties().forEach(e -> {
        if (!ServiceState.DEFAULT_DAILY_LIMITS.containsKey(e.getKey())) {
          throw new IllegalArgumentException("Unknown daily limit " + e.getKey()
              + "; use email, sms, letter or international_sms");
        }
        svc.dailyLimit(e.getKey(), e.getValue().asInt());
      });
    }
  }

  private static Callback callback(JsonNode b) {
    String url = b.path("url").asText("");
    String token = b.path("bearerToken").asText("");
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      throw new IllegalArgumentException("url must be an http(s) URL (Notify itself insists on https)");
    }
    if (token.length() < 10) {
      throw new IllegalArgumentException("bearerToken must be at least 10 characters, as in Notify");
    }
    return new Callback(url, token);
  }

  private ResponseDefinition receiveText(ServiceState svc, JsonNode b) {
    String user = b.hasNonNull("user_number") ? b.get("user_number").asText() : b.path("userNumber").asText("");
    String content = b.path("content").asText("");
    if (user.isBlank() || content.isBlank()) {
      throw new IllegalArgumentException("Give user_number and content");
    }
    String normalised;
    try {
      normalised = PhoneNumbers.parse(user).e164Digits();
    } catch (PhoneNumbers.InvalidPhone e) {
      throw new IllegalArgumentException("user_number " + e.getMessage());
    }
    ReceivedText text = new ReceivedText(UUID.randomUUID().toString(), svc.id, "44" + svc.inboundNumber.substring(1),
        normalised, content, context.clock().instant());
    svc.addReceivedText(text);
    lifecycle.sendReceivedText(svc, text);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", text.id());
    m.put("created_at", Times.format(text.createdAt()));
    m.put("service_id", text.serviceId());
    m.put("notify_number", text.notifyNumber());
    m.put("user_number", text.userNumber());
    m.put("content", text.content());
    return Responses.json(201, m);
  }

  private ResponseDefinition createTemplate(ServiceState svc, JsonNode b) {
    String type = b.path("type").asText("");
    if (!ReadHandler.TYPES.contains(type)) {
      throw new IllegalArgumentException("type must be sms, email or letter");
    }
    String body = b.path("body").asText("");
    if (body.isBlank()) {
      throw new IllegalArgumentException("body is required");
    }
    String subject = type.equals("sms") ? null : b.path("subject").asText("");
    if (subject != null && subject.isBlank()) {
      throw new IllegalArgumentException("subject is required for " + type + " templates");
    }
    TemplateVersion t = new TemplateVersion(UUID.randomUUID().toString(), type, b.path("name").asText(type
        + " template"), subject, body, 1, context.clock().instant(), null, false,
        letterContactBlock(type, b, null));
    svc.putTemplate(t);
    return Responses.json(201, Templates.json(t));
  }

  private ResponseDefinition updateTemplate(ServiceState svc, String id, JsonNode b) {
    TemplateVersion current = svc.template(id.toLowerCase(Locale.ROOT));
    if (current == null) {
      return bad(404, "No template " + id);
    }
    TemplateVersion next = new TemplateVersion(current.id(), current.type(), b.path("name").asText(current.name()),
        current.subject() == null ? null : b.path("subject").asText(current.subject()),
        b.path("body").asText(current.body()), current.version() + 1, current.createdAt(),
        context.clock().instant(), b.path("archived").asBoolean(current.archived()),
        letterContactBlock(current.type(), b, current.letterContactBlock()));
    svc.putTemplate(next);
    return Responses.json(200, Templates.json(next));
  }

  /** A letter's contact block from an admin request: a string, null for none, or absent to keep {@code current}. */
  private static String letterContactBlock(String type, JsonNode b, String current) {
    JsonNode v = b.get("letterContactBlock");
    if (v == null) {
      return current;
    }
    if (!type.equals("letter") && !v.isNull()) {
      throw new IllegalArgumentException("letterContactBlock is only for letter templates");
    }
    if (!v.isNull() && !v.isTextual()) {
      throw new IllegalArgumentException("letterContactBlock must be a string or null");
    }
    return v.isNull() || v.asText().isBlank() ? null : v.asText();
  }

  private static ResponseDefinition bad(int status, String message) {
    return Responses.json(status, Map.of("error", status == 404 ? "NotFound" : "BadRequest", "message",
        message == null ? "Bad request" : message));
  }
}
