package io.github.councilplatform.sandbox.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.councilplatform.sandbox.internal.Responses;
import io.github.councilplatform.sandbox.internal.SandboxContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code POST /v2/notifications/{sms|email|letter}}, checked in Notify's order: rate and daily limits, JSON,
 * schema, service permission, template (exists, type, not deleted, personalisation, empty or too long), sender
 * ids, letter key rules and address, recipient (team/trial, international, landline), file uploads (and then
 * an email's length); then stored (unless the recipient is a smoke-test one) and answered 201.
 */
final class SendHandler {
  static final int SMS_CHAR_LIMIT = 918;
  static final int EMAIL_BYTE_LIMIT = 2_000_000;
  static final Set<String> SMOKE_PHONES = Set.of("447700900000", "447700900111", "447700900222");
  static final Set<String> SMOKE_EMAILS = Set.of("simulate-delivered@notifications.service.gov.uk",
      "simulate-delivered-2@notifications.service.gov.uk", "simulate-delivered-3@notifications.service.gov.uk");

  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private final SandboxContext context;
  private final Lifecycle lifecycle;

  SendHandler(SandboxContext context, Lifecycle lifecycle) {
    this.context = context;
    this.lifecycle = lifecycle;
  }

  ResponseDefinition send(ServiceState service, ApiKey key, String type, String rawBody) {
    Instant now = context.clock().instant();
    service.takeRateLimitToken(key.type(), now);
    service.checkDailyLimit(type, key.type(), now);
    JsonNode body = parse(rawBody);
    if (type.equals("letter") && body.isObject() && body.has("content")) {
      return precompiled(service, key, body, now);
    }
    if (type.equals("letter")) {
      // A templated letter goes through post_precompiled_letter_notification, which hands it on to
      // post_notification: both check the limits (post_notifications.py:84, 115), so it takes two tokens.
      service.takeRateLimitToken(key.type(), now);
      service.checkDailyLimit(type, key.type(), now);
    }
    SendSchema.validate(type, body, now, context.clock().realInstant());
    checkPermission(service, type);
    Map<String, Object> given = body.has("personalisation")
        ? Responses.JSON.convertValue(body.get("personalisation"), MAP) : new LinkedHashMap<>();
    // Emails are sanitised before the template is filled in (post_notifications.py:133-142).
    Sanitiser.Result sanitised = Sanitiser.sanitise(given,
        type.equals("email") ? names(body.get("sanitise_content_for")) : List.of());
    Map<String, Object> personalisation = sanitised.personalisation();
    TemplateVersion template = template(service, type, body.get("template_id").asText());
    List<String> missing = TemplateRenderer.missing(template.placeholderText(), personalisation);
    if (!missing.isEmpty()) {
      throw NotifyError.badRequest("Missing personalisation: " + String.join(", ", missing));
    }
    // validate_template checks emptiness, not length (check_char_count=False, post_notifications.py:149).
    checkNotEmpty(TemplateRenderer.render(template.body(), personalisation));
    if (!type.equals("email") && !FileUploads.fileKeys(personalisation).isEmpty()) {
      throw NotifyError.badRequest("Can only send a file by email");
    }
    if (body.hasNonNull("email_reply_to_id") && !service.replyToId.equals(SendSchema.uuid(body.get("email_reply_to_id").asText()))) {
      throw NotifyError.badRequest("email_reply_to_id " + body.get("email_reply_to_id").asText()
          + " does not exist in database for service id " + service.id);
    }
    if (body.hasNonNull("sms_sender_id") && !service.smsSenderId.equals(SendSchema.uuid(body.get("sms_sender_id").asText()))) {
      throw NotifyError.badRequest("sms_sender_id " + body.get("sms_sender_id").asText()
          + " does not exist in database for service id " + service.id);
    }
    Recipient to = recipient(service, key, type, body, personalisation, now);
    String notificationId = UUID.randomUUID().toString();
    Map<String, Object> rendered = uploadFiles(service, personalisation, to.smoke());
    String renderedBody = TemplateRenderer.render(template.body(), rendered);
    String renderedSubject = TemplateRenderer.render(template.subject(), rendered);
    if (!type.equals("letter")) {
      // check_is_message_too_long once file links are in (post_notifications.py:256-257).
      checkNotTooLong(type, renderedBody);
    }
    if (!to.smoke()) {
      String unsubscribe = body.hasNonNull("one_click_unsubscribe_url")
          ? body.get("one_click_unsubscribe_url").asText() : null;
      Notification n = new Notification(notificationId, type, key.type(), to.value(), text(body, "reference"),
          template, renderedBody, renderedSubject, personalisation, to.address(), to.postage(), unsubscribe, now,
          null, to.international(), "created");
      service.add(n);
      service.countSent(type, key.type(), now);
      if (to.international()) {
        service.countSent("international_sms", key.type(), now);
      }
      lifecycle.start(service, n);
    }
    return Responses.json(201, created(service, type, notificationId, template, body, renderedBody,
        renderedSubject, sanitised.sanitisedContent()));
  }

  /** The 201 body: {@code id, reference, uri, template, scheduled_for, content} (+ {@code sanitised_content}). */
  private Map<String, Object> created(ServiceState service, String type, String id, TemplateVersion template,
      JsonNode body, String renderedBody, String renderedSubject, Map<String, Object> sanitised) {
    Map<String, Object> content = new LinkedHashMap<>();
    switch (type) {
      case "sms" -> {
        content.put("body", renderedBody);
        content.put("from_number", service.smsSender);
      }
      case "email" -> {
        content.put("from_email", service.emailSenderLocalPart + "@notifications.service.gov.uk");
        content.put("body", renderedBody);
        content.put("subject", renderedSubject);
        // Inside content, as the real API puts it (the official Java client looks for it at the top level).
        content.put("one_click_unsubscribe_url", text(body, "one_click_unsubscribe_url"));
      }
      default -> {
        content.put("body", renderedBody);
        content.put("subject", renderedSubject);
      }
    }
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("id", id);
    response.put("reference", text(body, "reference"));
    response.put("uri", context.baseUrl() + "/v2/notifications/" + id);
    response.put("template", Templates.ref(context.baseUrl(), service, template));
    response.put("scheduled_for", null);
    response.put("content", content);
    if (type.equals("email")) {
      response.put("sanitised_content", sanitised);
    }
    return response;
  }

  /**
   * Who a message goes to, once allowed.
   *
   * @param value the recipient as sent (the first address line for a letter)
   * @param smoke whether it is a smoke-test recipient (accepted, never stored)
   * @param international whether a text goes abroad
   * @param address a letter's address lines
   * @param postage a letter's postage
   */
  private record Recipient(String value, boolean smoke, boolean international, List<String> address,
      String postage) {}

  /** Checks the recipient: letter key rules and address; team and trial mode; international and landline. */
  private static Recipient recipient(ServiceState service, ApiKey key, String type, JsonNode body,
      Map<String, Object> personalisation, Instant now) {
    switch (type) {
      case "letter" -> {
        checkLetterKey(service, key);
        PostalAddresses.Address a = PostalAddresses.validate(personalisation,
            service.hasPermission("international_letters"));
        String postage = a.internationalPostage() != null ? a.internationalPostage() : "second";
        return new Recipient(a.lines().get(0), false, false, a.lines(), postage);
      }
      case "sms" -> {
        String number = body.get("phone_number").asText();
        PhoneNumbers.Parsed phone = PhoneNumbers.parse(number);
        boolean smoke = SMOKE_PHONES.contains(phone.e164Digits());
        if (!smoke) {
          checkRecipientAllowed(service, key, service.isTeamPhone(phone.e164Digits()));
        }
        if (phone.international() && !service.hasPermission("international_sms")) {
          throw NotifyError.badRequest("Cannot send to international mobile numbers");
        }
        if (phone.ukLandline() && !service.hasPermission("sms_to_uk_landlines")) {
          throw new NotifyError(400, "InvalidPhoneError", "Not a UK mobile number");
        }
        if (phone.international()) {
          service.checkDailyLimit("international_sms", key.type(), now);
        }
        return new Recipient(number, smoke, phone.international(), List.of(), null);
      }
      default -> {
        String email = body.get("email_address").asText();
        boolean smoke = SMOKE_EMAILS.contains(email.strip().toLowerCase(Locale.ROOT));
        if (!smoke) {
          checkRecipientAllowed(service, key, service.isTeamEmail(email));
        }
        return new Recipient(email, smoke, false, List.of(), null);
      }
    }
  }

  private ResponseDefinition precompiled(ServiceState service, ApiKey key, JsonNode body, Instant now) {
    SendSchema.validate("precompiled", body, now, context.clock().realInstant());
    checkPermission(service, "letter");
    checkLetterKey(service, key);
    byte[] pdf;
    try {
      pdf = decodeBase64(body.get("content").asText());
    } catch (IllegalArgumentException e) {
      throw NotifyError.badRequest("Cannot decode letter content (invalid base64 encoding)");
    }
    String id = UUID.randomUUID().toString();
    String postage = body.hasNonNull("postage") ? body.get("postage").asText() : "second";
    String reference = body.get("reference").asText();
    Notification n = new Notification(id, "letter", key.type(), reference, reference, null, "", null, Map.of(),
        List.of(), postage, null, now, pdf, false, "pending-virus-check");
    service.add(n);
    service.countSent("letter", key.type(), now);
    lifecycle.start(service, n);
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("id", id);
    response.put("reference", reference);
    response.put("postage", postage);
    return Responses.json(201, response);
  }

  /**
   * {@code get_valid_json} (app/v2/utils.py:7-12): the body must be JSON, and a falsy value (null, false, 0, "",
   * [], {}) is treated as {@code {}}.
   */
  private static JsonNode parse(String raw) {
    JsonNode node;
    try {
      node = raw == null || raw.isBlank() ? null : Responses.JSON.readTree(raw);
    } catch (JsonProcessingException e) {
      throw NotifyError.badRequest("Invalid JSON supplied in POST data");
    }
    if (node == null || node.isMissingNode()) {
      throw NotifyError.badRequest("Invalid JSON supplied in POST data");
    }
    boolean falsy = node.isNull() || (node.isBoolean() && !node.asBoolean())
        || (node.isNumber() && node.asDouble() == 0) || (node.isTextual() && node.asText().isEmpty())
        || (node.isContainerNode() && node.isEmpty());
    return falsy ? Responses.JSON.createObjectNode() : node;
  }

  private static void checkPermission(ServiceState service, String type) {
    if (!service.hasPermission(type)) {
      String noun = switch (type) {
        case "sms" -> "text messages";
        case "email" -> "emails";
        default -> "letters";
      };
      throw NotifyError.badRequest("Service is not allowed to send " + noun);
    }
  }

  private static TemplateVersion template(ServiceState service, String type, String templateId) {
    TemplateVersion template = service.template(SendSchema.uuid(templateId));
    if (template == null) {
      throw NotifyError.badRequest("Template not found");
    }
    if (!template.type().equals(type)) {
      throw NotifyError.badRequest(template.type() + " template is not suitable for " + type + " notification");
    }
    if (template.archived()) {
      throw NotifyError.badRequest("Template has been deleted");
    }
    return template;
  }

  private static void checkLetterKey(ServiceState service, ApiKey key) {
    if (key.type() == KeyType.TEAM) {
      throw new NotifyError(403, "BadRequestError", "Cannot send letters with a team api key");
    }
    if (service.restricted() && key.type() != KeyType.TEST) {
      throw new NotifyError(403, "BadRequestError", "Cannot send letters when service is in trial mode");
    }
  }

  private static void checkRecipientAllowed(ServiceState service, ApiKey key, boolean teamMember) {
    if (key.type() == KeyType.TEST || teamMember) {
      return;
    }
    if (key.type() == KeyType.TEAM) {
      throw NotifyError.badRequest("Can\u2019t send to this recipient using a team-only API key");
    }
    if (service.restricted()) {
      throw NotifyError.badRequest("Can\u2019t send to this recipient when service is in trial mode \u2013 see "
          + "https://www.notifications.service.gov.uk/trial-mode");
    }
  }

  /**
   * {@code process_document_uploads}: validates every file object, then replaces each by its download link. Files
   * for a smoke-test recipient are never uploaded, so document-download's checks do not apply to them.
   */
  private Map<String, Object> uploadFiles(ServiceState service, Map<String, Object> personalisation,
      boolean smoke) {
    List<String> keys = FileUploads.fileKeys(personalisation);
    for (String k : keys) {
      FileUploads.validate((Map<?, ?>) personalisation.get(k));
    }
    Map<String, Object> out = new LinkedHashMap<>(personalisation);
    for (String k : keys) {
      String docId = UUID.randomUUID().toString();
      if (!smoke) {
        service.putDocument(docId, FileUploads.check((Map<?, ?>) personalisation.get(k)));
      }
      out.put(k, context.baseUrl() + "/_sandbox/notify/documents/" + service.id + "/" + docId);
    }
    return out;
  }

  private static List<String> names(JsonNode sanitiseContentFor) {
    List<String> names = new ArrayList<>();
    if (sanitiseContentFor != null && sanitiseContentFor.isArray()) {
      sanitiseContentFor.forEach(n -> names.add(n.asText()));
    }
    return names;
  }

  private static void checkNotEmpty(String body) {
    if (body == null || body.isBlank()) {
      throw NotifyError.badRequest("Your message is empty.");
    }
  }

  private static void checkNotTooLong(String type, String body) {
    if (type.equals("sms") && body.length() > SMS_CHAR_LIMIT) {
      throw NotifyError.badRequest("Your message is too long. Text messages cannot be longer than "
          + SMS_CHAR_LIMIT + " characters. Your message is " + body.length() + " characters long.");
    }
    int bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    if (type.equals("email") && bytes > EMAIL_BYTE_LIMIT) {
      throw NotifyError.badRequest("Your message is too long. Emails cannot be longer than 2000000 bytes. "
          + "Your message is " + bytes + " bytes.");
    }
  }

  /**
   * {@code base64.b64decode(letter_data["content"])} (post_notifications.py process_precompiled_letter_notifications),
   * Python's lenient decoding; throws IllegalArgumentException where it raises.
   */
  static byte[] decodeBase64(String s) {
    return FileUploads.pythonBase64(s);
  }

  private static String text(JsonNode body, String field) {
    JsonNode v = body.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
