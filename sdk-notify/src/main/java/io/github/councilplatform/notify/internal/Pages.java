package io.github.councilplatform.notify.internal;

import io.github.councilplatform.notify.Notification;
import io.github.councilplatform.notify.ReceivedTextMessage;
import io.github.councilplatform.notify.Template;
import java.util.List;

/** The envelopes of Notify's listings, as decoded from JSON. */
public final class Pages {
  private Pages() {}

  /** {@code links} of a listing: {@code current} always, {@code next} when the page was not empty. */
  public record Links(String current, String next) {}

  /** {@code GET /v2/notifications}. */
  public record NotificationPage(List<Notification> notifications, Links links) {}

  /** {@code GET /v2/received-text-messages}. */
  public record ReceivedTextMessagePage(List<ReceivedTextMessage> receivedTextMessages, Links links) {}

  /** {@code GET /v2/templates}. */
  public record TemplateList(List<Template> templates) {}
}
