package io.github.councilplatform.sandbox.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.councilplatform.sandbox.internal.Responses;
import io.github.councilplatform.sandbox.internal.SandboxContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The read side of the v2 API: one notification, its letter PDF, the filtered and paged list, templates,
 * template versions and previews, and received text messages. Only data within the 7-day retention period is
 * returned.
 */
final class ReadHandler {
  static final int PAGE_SIZE = 250;
  static final Duration RETENTION = Duration.ofDays(7);
  static final List<String> STATUSES = List.of("cancelled", "created", "sending", "sent", "delivered", "pending",
      "failed", "technical-failure", "temporary-failure", "permanent-failure", "pending-virus-check",
      "validation-failed", "virus-scan-failed", "returned-letter", "accepted", "received");
  static final List<String> TYPES = List.of("sms", "email", "letter");

  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private final SandboxContext context;

  ReadHandler(SandboxContext context) {
    this.context = context;
  }

  ResponseDefinition notification(ServiceState service, String id) {
    Notification n = find(service, id);
    synchronized (service) {
      return Responses.json(200, NotificationJson.of(context.baseUrl(), service, n));
    }
  }

  ResponseDefinition pdf(ServiceState service, String id) {
    Notification n = find(service, id);
    synchronized (service) {
      if (!n.type.equals("letter")) {
        throw NotifyError.badRequest("Notification is not a letter");
      }
      if (n.status.equals("virus-scan-failed")) {
        throw NotifyError.badRequest("File did not pass the virus scan");
      }
      if (n.status.equals("technical-failure")) {
        // app/v2/notifications/get_notifications.py:61
        throw NotifyError.badRequest("PDF not available for letters in status " + n.status);
      }
      if (n.pdfReadyAt == null || n.pdfReadyAt.isAfter(context.clock().instant())) {
        throw new NotifyError(400, "PDFNotReadyError", "PDF not available yet, try again later");
      }
      byte[] pdf = n.isPrecompiled() ? n.precompiledPdf : LetterPdf.render(n.addressLines, n.subject, n.body);
      return Responses.of(200, pdf, new HttpHeader("Content-Type", "application/pdf"));
    }
  }

  ResponseDefinition list(ServiceState service, ApiKey key, Query query) {
    // jsonschema reports the properties' errors in schema order, then unexpected parameters
    // (notification_schemas.py get_notifications_request: reference, status, template_type, include_jobs,
    // older_than, then additionalProperties).
    List<String> errors = new ArrayList<>();
    for (String s : query.list("status")) {
      if (!STATUSES.contains(s)) {
        errors.add("status " + s + " is not one of [" + String.join(", ", STATUSES) + "]");
      }
    }
    for (String t : query.list("template_type")) {
      if (!TYPES.contains(t)) {
        errors.add("template_type " + t + " is not one of [" + String.join(", ", TYPES) + "]");
      }
    }
    String includeJobs = query.first("include_jobs");
    if (includeJobs != null && !includeJobs.equals("true") && !includeJobs.equals("True")) {
      errors.add("include_jobs " + includeJobs + " is not one of [true, True]");
    }
    String olderThan = query.first("older_than");
    if (olderThan != null && !SendSchema.isUuid(olderThan)) {
      errors.add("older_than is not a valid UUID");
    }
    unexpected(query, Set.of("template_type", "status", "reference", "older_than", "include_jobs"), errors);
    if (!errors.isEmpty()) {
      throw NotifyError.validation(errors);
    }
    Set<String> statuses = expand(query.list("status"));
    Set<String> types = new LinkedHashSet<>(query.list("template_type"));
    String reference = query.first("reference");
    List<Map<String, Object>> page = new ArrayList<>();
    String lastId = null;
    synchronized (service) {
      Instant oldest = context.clock().instant().minus(RETENTION);
      boolean started = olderThan == null;
      for (Notification n : service.newestFirst()) {
        if (!started) {
          started = n.id.equals(SendSchema.uuid(olderThan));
          continue;
        }
        if (n.keyType != key.type() || n.createdAt.isBefore(oldest)
            || (!types.isEmpty() && !types.contains(n.type))
            || (!statuses.isEmpty() && !statuses.contains(n.status))
            || (reference != null && !reference.equals(n.reference))) {
          continue;
        }
        page.add(NotificationJson.of(context.baseUrl(), service, n));
        lastId = n.id;
        if (page.size() == PAGE_SIZE) {
          break;
        }
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("notifications", page);
    body.put("links", links("/v2/notifications", query, lastId));
    return Responses.json(200, body);
  }

  /**
   * Expands the filter as Notify's DAO does: "failed" means every failure status, the letter statuses
   * "accepted" and "received" mean created/sending and delivered.
   */
  private static Set<String> expand(List<String> statuses) {
    Set<String> out = new LinkedHashSet<>(statuses);
    if (out.contains("accepted")) {
      out.addAll(List.of("created", "sending"));
    }
    if (out.contains("received")) {
      out.add("delivered");
    }
    if (out.contains("failed")) {
      out.addAll(List.of("technical-failure", "temporary-failure", "permanent-failure", "validation-failed",
          "virus-scan-failed"));
    }
    return out;
  }

  ResponseDefinition receivedTexts(ServiceState service, Query query) {
    List<String> errors = new ArrayList<>();
    String olderThan = query.first("older_than");
    if (olderThan != null && !SendSchema.isUuid(olderThan)) {
      errors.add("older_than is not a valid UUID");
    }
    unexpected(query, Set.of("older_than"), errors); // inbound_sms_schemas.py: properties, then the rest
    if (!errors.isEmpty()) {
      throw NotifyError.validation(errors);
    }
    Instant oldest = context.clock().instant().minus(RETENTION);
    List<Map<String, Object>> page = new ArrayList<>();
    String lastId = null;
    boolean started = olderThan == null;
    for (ReceivedText t : service.receivedTextsNewestFirst()) {
      if (!started) {
        started = t.id().equals(SendSchema.uuid(olderThan));
        continue;
      }
      if (t.createdAt().isBefore(oldest)) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", t.id());
      m.put("created_at", Times.format(t.createdAt()));
      m.put("service_id", t.serviceId());
      m.put("notify_number", t.notifyNumber());
      m.put("user_number", t.userNumber());
      m.put("content", t.content());
      page.add(m);
      lastId = t.id();
      if (page.size() == PAGE_SIZE) {
        break;
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("received_text_messages", page);
    // app/v2/inbound_sms/get_inbound_sms.py:29-45: "current" carries no parameters; "next" only older_than.
    Map<String, Object> links = new LinkedHashMap<>();
    links.put("current", context.baseUrl() + "/v2/received-text-messages");
    if (lastId != null) {
      links.put("next", context.baseUrl() + "/v2/received-text-messages?older_than=" + lastId);
    }
    body.put("links", links);
    return Responses.json(200, body);
  }

  ResponseDefinition template(ServiceState service, String id, Integer version) {
    if (!SendSchema.isUuid(id)) {
      throw NotifyError.validation("id is not a valid UUID");
    }
    String tid = SendSchema.uuid(id);
    // "/version/0" falls through to the latest version, as in Notify ("if version:").
    TemplateVersion t = version == null || version == 0 ? service.template(tid) : service.template(tid, version);
    if (t == null) {
      throw NotifyError.notFound();
    }
    return Responses.json(200, Templates.json(t));
  }

  ResponseDefinition templates(ServiceState service, Query query) {
    List<String> errors = new ArrayList<>();
    String type = query.first("type");
    if (type != null && !TYPES.contains(type)) {
      errors.add("type " + type + " is not one of [" + String.join(", ", TYPES) + "]");
    }
    unexpected(query, Set.of("type"), errors); // templates_schemas.py: properties, then the rest
    if (!errors.isEmpty()) {
      throw NotifyError.validation(errors);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (TemplateVersion t : service.latestTemplates()) {
      if (type == null || t.type().equals(type)) {
        out.add(Templates.json(t));
      }
    }
    return Responses.json(200, Map.of("templates", out));
  }

  ResponseDefinition preview(ServiceState service, String id, String rawBody) {
    // app/v2/template/post_template.py:16-27: the body is read first (an empty one is {}), then {id,
    // personalisation} validated together, then the template looked up.
    JsonNode request = null;
    if (rawBody != null && !rawBody.isEmpty()) {
      try {
        request = Responses.JSON.readTree(rawBody);
      } catch (JsonProcessingException e) {
        throw NotifyError.badRequest("Invalid JSON supplied in POST data");
      }
      if (request == null || request.isMissingNode()) {
        throw NotifyError.badRequest("Invalid JSON supplied in POST data");
      }
    }
    List<String> errors = new ArrayList<>();
    if (!SendSchema.isUuid(id)) {
      errors.add("id is not a valid UUID");
    }
    JsonNode given = request != null && request.isObject() ? request.get("personalisation") : null;
    if (given != null && !given.isObject()) {
      errors.add("personalisation " + SendSchema.python(given) + " is not of type object");
    }
    if (!errors.isEmpty()) {
      throw NotifyError.validation(errors);
    }
    TemplateVersion t = service.template(SendSchema.uuid(id));
    if (t == null) {
      throw NotifyError.notFound();
    }
    Map<String, Object> personalisation = given == null || given.isNull() ? new LinkedHashMap<>()
        : Responses.JSON.convertValue(given, MAP);
    List<String> missing = TemplateRenderer.missing(t.placeholderText(), personalisation);
    if (!missing.isEmpty()) {
      throw NotifyError.badRequest("Missing personalisation: " + String.join(", ", missing));
    }
    String body = TemplateRenderer.render(t.body(), personalisation);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("type", t.type());
    m.put("version", t.version());
    m.put("body", body);
    m.put("subject", TemplateRenderer.render(t.subject(), personalisation));
    m.put("html", t.type().equals("email") ? Html.markdown(body) : null);
    m.put("postage", t.type().equals("letter") ? "second" : null);
    return Responses.json(200, m);
  }

  private Notification find(ServiceState service, String id) {
    if (!SendSchema.isUuid(id)) {
      throw NotifyError.validation("notification_id is not a valid UUID");
    }
    Notification n = service.notification(SendSchema.uuid(id));
    if (n == null || n.createdAt.isBefore(context.clock().instant().minus(RETENTION))) {
      throw NotifyError.notFound();
    }
    return n;
  }

  private static void unexpected(Query query, Set<String> allowed, List<String> errors) {
    Set<String> unexpected = new LinkedHashSet<>();
    for (String name : query.all().keySet()) {
      if (!allowed.contains(name)) {
        unexpected.add(name);
      }
    }
    if (!unexpected.isEmpty()) {
      errors.add(SendSchema.unexpectedMessage(unexpected));
    }
  }

  /** {@code links.current}, and {@code links.next} (older_than = last id) whenever the page is non-empty. */
  private Map<String, Object> links(String path, Query query, String lastId) {
    Map<String, Object> links = new LinkedHashMap<>();
    links.put("current", url(path, query, q -> q.get("older_than")));
    if (lastId != null) {
      links.put("next", url(path, query, q -> List.of(lastId)));
    }
    return links;
  }

  private String url(String path, Query query, Function<Map<String, List<String>>, List<String>> olderThan) {
    List<String> parts = new ArrayList<>();
    Map<String, List<String>> all = new LinkedHashMap<>(query.all());
    List<String> ot = olderThan.apply(all);
    all.remove("older_than");
    if (ot != null) {
      all.put("older_than", ot);
    }
    all.forEach((k, vs) -> vs.forEach(v -> parts.add(enc(k) + "=" + enc(v))));
    return context.baseUrl() + path + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
