package io.github.councilplatform.sandbox.internal.notify;

import io.github.councilplatform.sandbox.internal.Html;
import static io.github.councilplatform.sandbox.internal.Html.escape;

import io.github.councilplatform.sandbox.internal.GovukStyle;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The page at {@code /_sandbox/notify}: every message the sandbox's Notify accepted, newest first, with what
 * Notify's own notification page shows (recipient, reference, template, status and when it changed, cost) and
 * a preview rendered as Notify previews it: an email with its sender and subject, a text message in its bubble,
 * a letter on its page with the address block, and a link to each letter's PDF. Nothing is masked: all of it is
 * the sandbox's fake data.
 */
final class SentPage {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK).withZone(ZoneId.of("Europe/London"));
  private static final String EXTRA_CSS = """
      .msg{border-top:1px solid #b1b4b6;padding-top:30px;margin-top:40px}
      .msg>h2{margin-bottom:10px}
      .preview{border:1px solid #b1b4b6;margin:0 0 30px}
      .preview.email .head{border-bottom:1px solid #b1b4b6;padding:10px 15px;font-size:16px}
      .preview.email .head div{display:flex;padding:3px 0}.preview.email .head dt{width:6em;font-weight:400;color:#505a5f}
      .preview.email .head dl{margin:0}.preview.email .head dl div{border:0}
      .preview.email .body{padding:20px 15px 5px}
      .preview.email .banner-govuk{background:#0b0c0c;color:#fff;font-weight:700;font-size:20px;padding:8px 15px}
      .preview.sms{border:0;max-width:320px}
      .preview.sms .bubble{background:#e1e1e1;border-radius:15px;padding:10px 15px;position:relative;margin-left:10px;word-wrap:break-word}
      .preview.sms .from{color:#505a5f;font-size:16px;margin:0 0 5px 10px}
      .preview.letter{max-width:640px;padding:40px 50px;box-shadow:0 2px 6px #b1b4b6;font-family:Arial,Helvetica,sans-serif;font-size:16px}
      .preview.letter address{font-style:normal;margin-bottom:30px}
      .preview.letter .date{text-align:right;margin-bottom:30px}
      .page-break{border-top:2px dashed #b1b4b6;color:#505a5f;font-size:14px;text-align:center;margin:20px 0}
      .history{margin:0;padding-left:20px}.history li{margin-bottom:3px}
      blockquote.inset{margin:0 0 20px}
      hr{border:0;height:1px;background:#b1b4b6;margin:30px 0}
      """;

  private SentPage() {}

  static String render(ServiceState service, String baseUrl) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"refresh\" content=\"10\">\n")
        .append("<title>Sent messages – GOV.UK Notify (sandbox)</title>\n<style>").append(GovukStyle.CSS)
        .append(EXTRA_CSS).append("</style></head><body>\n")
        .append("<a class=\"skip\" href=\"#main\">Skip to main content</a>\n")
        .append("<header><span class=\"logo\">GOV.UK</span> <span class=\"service\">Notify</span></header>\n")
        .append("<main id=\"main\">\n<p class=\"phase\"><strong class=\"tag\">Sandbox</strong>Nothing here was")
        .append(" really delivered. This page refreshes every 10 seconds.</p>\n")
        .append("<span class=\"caption\">").append(escape(service.name)).append("</span>\n")
        .append("<h1>Sent messages</h1>\n<p>Every message sent with any key, newest first.</p>\n");
    synchronized (service) {
      List<Notification> all = service.newestFirst();
      if (all.isEmpty()) {
        b.append("<p id=\"no-messages\">No messages have been sent yet.</p>\n");
      }
      for (Notification n : all) {
        message(b, service, baseUrl, n);
      }
    }
    b.append("</main>\n<footer><p>GOV.UK Notify sandbox. The JSON of this page: <a href=\"")
        .append(escape(baseUrl)).append("/_sandbox/notify/notifications\">/_sandbox/notify/notifications</a>.</p>")
        .append("</footer>\n</body></html>\n");
    return b.toString();
  }

  private static void message(StringBuilder b, ServiceState service, String baseUrl, Notification n) {
    b.append("<article class=\"msg ").append(n.type).append("\" id=\"n-").append(n.id).append("\">\n")
        .append("<h2>").append(label(n)).append(" to ").append(escape(n.recipient.replace("\n", ", ")))
        .append("</h2>\n<dl class=\"details\">\n");
    row(b, "Notification id", "<code>" + escape(n.id) + "</code>");
    row(b, "Reference", n.reference == null ? "<span class=\"hint\">None</span>"
        : "<span class=\"reference\">" + escape(n.reference) + "</span>");
    row(b, "Template", n.isPrecompiled() ? "Precompiled letter"
        : escape(n.template.name()) + " (version " + n.template.version() + ")");
    row(b, "Sent with", n.keyType == KeyType.TEST ? "a test key (not delivered, not charged)"
        : n.keyType == KeyType.TEAM ? "a team and guest list key" : "a live key");
    row(b, "Status", "<strong class=\"tag " + colour(n) + " status\">" + escape(n.apiStatus()) + "</strong>");
    row(b, "Status history", history(n));
    row(b, "Cost", cost(n));
    if (n.type.equals("letter")) {
      String pdf = baseUrl + "/_sandbox/notify/notifications/" + n.id + "/pdf";
      row(b, "Letter PDF", "<a class=\"pdf\" href=\"" + escape(pdf) + "\">Download the letter as a PDF</a>"
          + (n.postage == null ? "" : " <span class=\"hint\">(" + escape(n.postage) + " class)</span>"));
    }
    b.append("</dl>\n");
    switch (n.type) {
      case "email" -> b.append("<div class=\"preview email\">\n<div class=\"head\"><dl>")
          .append("<div><dt>From</dt><dd>").append(escape(service.name)).append(" &lt;")
          .append(escape(service.emailSenderLocalPart)).append("@notifications.service.gov.uk&gt;</dd></div>")
          .append("<div><dt>Reply to</dt><dd>").append(escape(service.replyToEmail)).append("</dd></div>")
          .append("<div><dt>To</dt><dd>").append(escape(n.recipient)).append("</dd></div>")
          .append("<div><dt>Subject</dt><dd class=\"subject\">").append(escape(n.subject)).append("</dd></div>")
          .append("</dl></div>\n<div class=\"banner-govuk\">GOV.UK</div>\n<div class=\"body\">\n")
          .append(NotifyMarkdown.email(n.body)).append("</div>\n</div>\n");
      case "sms" -> b.append("<div class=\"preview sms\">\n<p class=\"from\">From ").append(escape(service.smsSender))
          .append("</p>\n<div class=\"bubble\">").append(Previews.text(n.body)).append("</div>\n</div>\n");
      default -> {
        if (n.isPrecompiled()) {
          b.append("<p>A precompiled letter: the service sent its own PDF.</p>\n");
        } else {
          b.append("<div class=\"preview letter\">\n<address>")
              .append(String.join("<br>", n.addressLines.stream().map(Html::escape).toList()))
              .append("</address>\n<p class=\"date\">")
              .append(escape(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneId.of("Europe/London"))
                  .format(n.createdAt))).append("</p>\n<h2>").append(escape(n.subject)).append("</h2>\n")
              .append(NotifyMarkdown.letter(n.body)).append("</div>\n");
        }
      }
    }
    b.append("</article>\n");
  }

  private static void row(StringBuilder b, String key, String valueHtml) {
    String id = key.toLowerCase(Locale.ROOT).replace(' ', '-');
    b.append("<div><dt>").append(escape(key)).append("</dt><dd data-field=\"").append(id).append("\">")
        .append(valueHtml).append("</dd></div>\n");
  }

  /**
   * The statuses the message has been through, from the timestamps the API exposes ({@code created_at},
   * {@code sent_at}, {@code completed_at}); the sandbox keeps no other history, so nothing here is invented.
   */
  private static String history(Notification n) {
    Map<String, Instant> steps = new LinkedHashMap<>();
    boolean letter = n.type.equals("letter");
    steps.put(letter ? (n.isPrecompiled() ? "pending-virus-check" : "accepted") : "created", n.createdAt);
    if (!letter && n.sentAt != null) {
      steps.put("sending", n.sentAt);
    }
    if (n.completed() || (letter && !steps.containsKey(n.apiStatus()))) {
      steps.putIfAbsent(n.apiStatus(), n.updatedAt == null ? n.createdAt : n.updatedAt);
    }
    List<String> items = new ArrayList<>();
    steps.forEach((status, at) -> items.add("<li><strong>" + escape(status) + "</strong> " + escape(WHEN.format(at)
        .replace("AM", "am").replace("PM", "pm")) + " <span class=\"hint\">(" + escape(Times.format(at))
        + ")</span></li>"));
    return "<ol class=\"history\">" + String.join("", items) + "</ol>";
  }

  private static String cost(Notification n) {
    Map<String, Object> json = new LinkedHashMap<>();
    Costs.put(json, n);
    if (!Boolean.TRUE.equals(json.get("is_cost_data_ready"))) {
      return n.type.equals("letter") ? "Not ready: Notify reports a letter's cost once it has been printed"
          : "Not ready until the message is sent";
    }
    Object pounds = json.get("cost_in_pounds");
    String text = String.format(Locale.UK, "£%.4f", ((Number) pounds).doubleValue());
    if (n.type.equals("sms") && json.get("cost_details") instanceof Map<?, ?> d) {
      text += " (" + d.get("billable_sms_fragments") + " text message part"
          + (((Number) d.get("billable_sms_fragments")).intValue() == 1 ? "" : "s")
          + (n.international ? ", international rate" : "") + ")";
    } else if (n.type.equals("email")) {
      text = "Free (emails cost nothing)";
    }
    return escape(text);
  }

  private static String colour(Notification n) {
    return switch (n.apiStatus()) {
      case "delivered", "received", "sent" -> "green";
      case "permanent-failure", "temporary-failure", "technical-failure", "validation-failed", "virus-scan-failed",
          "cancelled" -> "red";
      default -> "grey";
    };
  }

  private static String label(Notification n) {
    return switch (n.type) {
      case "email" -> "Email";
      case "sms" -> "Text message";
      default -> "Letter";
    };
  }
}
