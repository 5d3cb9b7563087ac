package io.github.councilplatform.sandbox.notify;

import java.util.List;

/**
 * The page at {@code /_sandbox/notify}: every message the sandbox's Notify accepted, newest first, shown as the
 * resident would receive it (an email with its subject, a text message, a letter with its address block).
 */
final class SentPage {
  private SentPage() {}

  static String render(ServiceState service, String baseUrl) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta http-equiv=\"refresh\" content=\"10\">")
        .append("<title>Sandbox GOV.UK Notify: sent messages</title><style>")
        .append("body{font-family:Arial,sans-serif;max-width:760px;margin:2em auto;color:#0b0c0c}")
        .append(".msg{border:1px solid #b1b4b6;margin:1em 0;padding:1em}.meta{color:#505a5f;font-size:.9em}")
        .append(".sms{background:#e8f1f8;border-radius:1em}.letter{background:#fff;box-shadow:0 0 4px #aaa}")
        .append("</style></head><body>\n<h1>Sent messages</h1>\n")
        .append("<p class=\"meta\">Service ").append(Html.escape(service.name)).append(". Newest first. ")
        .append("Nothing here was really delivered. This page refreshes every 10 seconds.</p>\n");
    List<Notification> all = service.newestFirst();
    if (all.isEmpty()) {
      b.append("<p>No messages have been sent yet.</p>\n");
    }
    synchronized (service) {
      for (Notification n : all) {
        b.append("<article class=\"msg ").append(n.type).append("\" id=\"n-").append(n.id).append("\">\n");
        b.append("<p class=\"meta\">").append(label(n)).append(" to <strong>").append(Html.escape(n.recipient))
            .append("</strong> · ").append(Times.format(n.createdAt)).append(" · status <span class=\"status\">")
            .append(Html.escape(n.apiStatus())).append("</span>");
        if (n.keyType == KeyType.TEST) {
          b.append(" · sent with a test key");
        }
        b.append("</p>\n");
        switch (n.type) {
          case "email" -> b.append("<h2>").append(Html.escape(n.subject)).append("</h2>\n")
              .append(Html.markdown(n.body));
          case "sms" -> b.append("<p>").append(Html.escape(n.body).replace("\n", "<br>")).append("</p>\n");
          default -> {
            if (n.isPrecompiled()) {
              b.append("<p>Precompiled letter, reference ").append(Html.escape(n.reference)).append("</p>\n");
            } else {
              b.append("<address>").append(String.join("<br>", n.addressLines.stream().map(Html::escape).toList()))
                  .append("</address>\n<h2>").append(Html.escape(n.subject)).append("</h2>\n")
                  .append(Html.markdown(n.body));
            }
          }
        }
        b.append("</article>\n");
      }
    }
    b.append("</body></html>\n");
    return b.toString();
  }

  private static String label(Notification n) {
    return switch (n.type) {
      case "email" -> "Email";
      case "sms" -> "Text message";
      default -> "Letter";
    };
  }
}
