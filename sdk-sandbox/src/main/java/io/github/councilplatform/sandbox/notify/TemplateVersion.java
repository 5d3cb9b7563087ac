package io.github.councilplatform.sandbox.notify;

import java.time.Instant;

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
 */
record TemplateVersion(String id, String type, String name, String subject, String body, int version,
    Instant createdAt, Instant updatedAt, boolean archived) {

  /** The placeholder names of the subject and body, in order of first appearance. */
  java.util.List<String> placeholders() {
    return TemplateRenderer.placeholders((subject == null ? "" : subject + "\n") + body);
  }
}
