package io.github.councilplatform.notify;

import java.util.UUID;

/**
 * A template rendered with personalisation, from {@code POST /v2/template/{id}/preview}.
 *
 * @param id the template id
 * @param type the channel
 * @param version the version rendered
 * @param body the body with placeholders filled in
 * @param subject the subject or heading, or {@code null} for text messages
 * @param html emails: the body as HTML, or {@code null}
 * @param postage letters: the postage class, or {@code null}
 */
public record TemplatePreview(UUID id, TemplateType type, int version, String body, String subject, String html,
    Postage postage) {

  /**
   * Normalises a missing type.
   *
   * @param id the template id
   * @param type the channel
   * @param version the version rendered
   * @param body the body with placeholders filled in
   * @param subject the subject or heading, or {@code null} for text messages
   * @param html emails: the body as HTML, or {@code null}
   * @param postage letters: the postage class, or {@code null}
   */
  public TemplatePreview {
    type = type == null ? TemplateType.UNKNOWN : type;
  }


  /** Prints lengths only: the rendered body, subject and HTML hold the personalisation (personal data). */
  @Override
  public String toString() {
    return "TemplatePreview{id=" + id + ", type=" + type + ", version=" + version + ", body=" + length(body)
        + " chars, subject=" + length(subject) + " chars, html=" + length(html) + " chars, postage=" + postage + '}';
  }

  private static int length(String s) {
    return s == null ? 0 : s.length();
  }
}
