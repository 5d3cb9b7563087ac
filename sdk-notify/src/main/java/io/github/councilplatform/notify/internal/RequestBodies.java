package io.github.councilplatform.notify.internal;

import io.github.councilplatform.notify.EmailRequest;
import io.github.councilplatform.notify.FileAttachment;
import io.github.councilplatform.notify.LetterRequest;
import io.github.councilplatform.notify.PrecompiledLetterRequest;
import io.github.councilplatform.notify.SmsRequest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON bodies of Notify's POSTs, built as maps so the wire format is spelled out here, not inferred
 * from the public records. Optional fields that are not set are left out, as Notify's schemas forbid
 * unknown fields and treat absent ones as defaults.
 */
public final class RequestBodies {
  private RequestBodies() {}

  /**
   * {@code POST /v2/notifications/sms}.
   *
   * @param r the request
   * @return the body
   */
  public static Map<String, Object> sms(SmsRequest r) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("phone_number", r.phoneNumber());
    body.put("template_id", r.templateId().toString());
    putIfPresent(body, "personalisation", r.personalisation().isEmpty() ? null : personalisation(r.personalisation()));
    putIfPresent(body, "reference", r.reference());
    putIfPresent(body, "sms_sender_id", r.smsSenderId() == null ? null : r.smsSenderId().toString());
    return body;
  }

  /**
   * {@code POST /v2/notifications/email}.
   *
   * @param r the request
   * @return the body
   */
  public static Map<String, Object> email(EmailRequest r) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("email_address", r.emailAddress());
    body.put("template_id", r.templateId().toString());
    putIfPresent(body, "personalisation", r.personalisation().isEmpty() ? null : personalisation(r.personalisation()));
    putIfPresent(body, "reference", r.reference());
    putIfPresent(body, "email_reply_to_id", r.emailReplyToId() == null ? null : r.emailReplyToId().toString());
    putIfPresent(body, "one_click_unsubscribe_url",
        r.oneClickUnsubscribeUrl() == null ? null : r.oneClickUnsubscribeUrl().toString());
    putIfPresent(body, "sanitise_content_for", r.sanitiseContentFor().isEmpty() ? null : r.sanitiseContentFor());
    return body;
  }

  /**
   * {@code POST /v2/notifications/letter} from a template: the address goes into personalisation.
   *
   * @param r the request
   * @return the body
   */
  public static Map<String, Object> letter(LetterRequest r) {
    Map<String, Object> personalisation = new LinkedHashMap<>();
    List<String> lines = r.addressLines();
    for (int i = 0; i < lines.size(); i++) {
      personalisation.put("address_line_" + (i + 1), lines.get(i));
    }
    putIfPresent(personalisation, "postcode", r.postcode());
    personalisation.putAll(personalisation(r.personalisation()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("template_id", r.templateId().toString());
    body.put("personalisation", personalisation);
    putIfPresent(body, "reference", r.reference());
    return body;
  }

  /**
   * {@code POST /v2/notifications/letter} with a PDF: the {@code content} key selects the precompiled path.
   *
   * @param r the request
   * @return the body
   */
  public static Map<String, Object> precompiledLetter(PrecompiledLetterRequest r) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("reference", r.reference());
    body.put("content", Base64.getEncoder().encodeToString(r.pdf()));
    putIfPresent(body, "postage", r.postage() == null ? null : r.postage().value());
    return body;
  }

  /**
   * {@code POST /v2/template/{id}/preview}.
   *
   * @param personalisation checked placeholder values
   * @return the body
   */
  public static Map<String, Object> preview(Map<String, Object> personalisation) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("personalisation", personalisation(personalisation));
    return body;
  }

  /** Personalisation with each {@link FileAttachment} turned into Notify's upload object. */
  static Map<String, Object> personalisation(Map<String, Object> values) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : values.entrySet()) {
      out.put(e.getKey(), e.getValue() instanceof FileAttachment f ? upload(f) : e.getValue());
    }
    return out;
  }

  private static Map<String, Object> upload(FileAttachment f) {
    Map<String, Object> upload = new LinkedHashMap<>();
    upload.put("file", Base64.getEncoder().encodeToString(f.content()));
    putIfPresent(upload, "filename", f.filename());
    putIfPresent(upload, "confirm_email_before_download", f.confirmEmailBeforeDownload());
    putIfPresent(upload, "retention_period",
        f.retentionPeriodWeeks() == null ? null : f.retentionPeriodWeeks() + " weeks");
    return upload;
  }

  private static void putIfPresent(Map<String, Object> body, String key, Object value) {
    if (value != null) {
      body.put(key, value);
    }
  }
}
