package io.github.councilplatform.sandbox.notify;

import java.time.Instant;
import java.util.List;

/**
 * One version of a Notify template.
 *
 * @param id the template id
 * @param type {@code email}, {@code sms} or {@code letter}
 * @param name the template name
 * @param subject the subject (email and letter), or null
 * @param body the body, with {@code ((placeholder))} fields
 * @param version the version number, from 1
 * @param createdAt when the template was created
 * @param updatedAt when this version was made (null for version 1)
 * @param archived whether the template has been deleted
 * @param letterContactBlock a letter's contact block, or null: in Notify each template version points at one of
 *     the service's letter contacts, or none ({@code app/models.py TemplateBase.service_letter_contact_id})
 */
record TemplateVersion(String id, String type, String name, String subject, String body, int version,
    Instant createdAt, Instant updatedAt, boolean archived, String letterContactBlock) {

  /** The placeholder names of the subject and body, in order of first appearance. */
  List<String> placeholders() {
    return TemplateRenderer.placeholders(placeholderText());
  }

  /**
   * Everything whose placeholders must be filled: a letter's contact block, then the subject, then the body, as
   * notifications-utils' {@code LetterPrintTemplate.placeholders} (template.py:682-689) collects them.
   */
  String placeholderText() {
    String contact = type.equals("letter") && letterContactBlock != null ? letterContactBlock + "\n" : "";
    return contact + (subject == null ? "" : subject + "\n") + body;
  }
}
