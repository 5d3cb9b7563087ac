package io.github.councilplatform.sandbox.internal.notify;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One stored notification. The recipient and content are fixed at creation; the status and its timestamps
 * move on the sandbox clock. Mutable fields are guarded by the owning {@link ServiceState}'s lock.
 */
final class Notification {
  final String id;
  final String type;
  final KeyType keyType;
  final String recipient;
  final String reference;
  final TemplateVersion template;
  final String body;
  final String subject;
  final Map<String, Object> personalisation;
  final List<String> addressLines;
  final String postage;
  final String oneClickUnsubscribeUrl;
  final Instant createdAt;
  final byte[] precompiledPdf;
  final boolean international;
  String status;
  Instant sentAt;
  Instant updatedAt;
  Instant pdfReadyAt;

  Notification(String id, String type, KeyType keyType, String recipient, String reference,
      TemplateVersion template, String body, String subject, Map<String, Object> personalisation,
      List<String> addressLines, String postage, String oneClickUnsubscribeUrl, Instant createdAt,
      byte[] precompiledPdf, boolean international, String status) {
    this.id = id;
    this.type = type;
    this.keyType = keyType;
    this.recipient = recipient;
    this.reference = reference;
    this.template = template;
    this.body = body;
    this.subject = subject;
    this.personalisation = personalisation;
    this.addressLines = addressLines;
    this.postage = postage;
    this.oneClickUnsubscribeUrl = oneClickUnsubscribeUrl;
    this.createdAt = createdAt;
    this.precompiledPdf = precompiledPdf;
    this.international = international;
    this.status = status;
  }

  /** The status the API shows: letters' created/sending read "accepted", delivered reads "received". */
  String apiStatus() {
    if (type.equals("letter")) {
      return switch (status) {
        case "created", "sending" -> "accepted";
        case "delivered", "returned-letter" -> "received";
        default -> status;
      };
    }
    return status;
  }

  boolean completed() {
    return switch (status) {
      case "sent", "delivered", "failed", "technical-failure", "temporary-failure", "permanent-failure",
          "returned-letter", "cancelled", "validation-failed" -> true;
      default -> false;
    };
  }

  boolean isPrecompiled() {
    return template == null;
  }
}
