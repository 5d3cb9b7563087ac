package io.github.councilplatform.sandbox.internal.notify;

import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a notification as {@code GET /v2/notifications/{id}} returns it. Call inside the service's lock. */
final class NotificationJson {
  private NotificationJson() {}

  static Map<String, Object> of(String baseUrl, ServiceState service, Notification n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", n.id);
    m.put("reference", n.reference);
    m.put("email_address", n.type.equals("email") ? n.recipient : null);
    m.put("phone_number", n.type.equals("sms") ? n.recipient : null);
    List<String> lines = n.addressLines;
    boolean hasPostcodeLast = !lines.isEmpty() && PostalAddresses.isPostcode(lines.get(lines.size() - 1));
    for (int i = 1; i <= 6; i++) {
      Object v = n.personalisation.get("address_line_" + i);
      m.put("line_" + i, v == null ? null : String.valueOf(v));
    }
    Object postcode = n.personalisation.get("postcode");
    if (postcode == null && hasPostcodeLast) {
      postcode = n.personalisation.get("address_line_7");
    }
    m.put("postcode", postcode == null ? null : String.valueOf(postcode));
    m.put("type", n.type);
    m.put("status", n.apiStatus());
    Map<String, Object> template = new LinkedHashMap<>();
    if (n.isPrecompiled()) {
      template.put("id", NotifyPlatform.PRECOMPILED_TEMPLATE_ID);
      template.put("version", 1);
      template.put("uri", baseUrl + "/v2/template/" + NotifyPlatform.PRECOMPILED_TEMPLATE_ID);
    } else {
      template = Templates.ref(baseUrl, service, n.template);
    }
    m.put("template", template);
    m.put("body", n.body);
    m.put("subject", n.subject);
    m.put("created_at", Times.format(n.createdAt));
    m.put("created_by_name", null);
    m.put("sent_at", Times.format(n.sentAt));
    m.put("completed_at", n.completed() ? Times.format(n.updatedAt) : null);
    m.put("scheduled_for", null);
    m.put("postage", n.postage);
    m.put("one_click_unsubscribe_url", n.oneClickUnsubscribeUrl);
    Costs.put(m, n);
    if (n.type.equals("letter")) {
      m.put("estimated_delivery", Times.format(n.createdAt.truncatedTo(ChronoUnit.DAYS).plus(3, ChronoUnit.DAYS)
          .plus(16, ChronoUnit.HOURS)));
    }
    return m;
  }
}
