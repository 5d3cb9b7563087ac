package io.github.councilplatform.notify;

import io.github.councilplatform.core.Redaction;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A template, as Notify returns it from {@code GET /v2/template/{id}}, {@code …/version/{v}} and
 * {@code GET /v2/templates}.
 *
 * @param id the template id
 * @param name the template's name in Notify
 * @param type the channel
 * @param createdAt when this version was created
 * @param updatedAt when the template was last changed, or {@code null}
 * @param createdBy the email address of whoever created this version
 * @param version the version number
 * @param body the template body, with {@code ((placeholders))}
 * @param subject the subject (emails) or heading (letters), or {@code null} for text messages
 * @param personalisation the placeholders, by name (never {@code null})
 * @param postage letters: the postage class, or {@code null}
 * @param letterContactBlock letters: the contact block, or {@code null}
 */
public record Template(UUID id, String name, TemplateType type, Instant createdAt, Instant updatedAt,
    String createdBy, int version, String body, String subject, Map<String, TemplatePlaceholder> personalisation,
    Postage postage, String letterContactBlock) {

  /**
   * Normalises missing values.
   *
   * @param id the template id
   * @param name the template's name in Notify
   * @param type the channel
   * @param createdAt when this version was created
   * @param updatedAt when the template was last changed, or {@code null}
   * @param createdBy the email address of whoever created this version
   * @param version the version number
   * @param body the template body, with {@code ((placeholders))}
   * @param subject the subject (emails) or heading (letters), or {@code null} for text messages
   * @param personalisation the placeholders, by name (never {@code null})
   * @param postage letters: the postage class, or {@code null}
   * @param letterContactBlock letters: the contact block, or {@code null}
   */
  public Template {
    type = type == null ? TemplateType.UNKNOWN : type;
    if (personalisation == null) {
      personalisation = Map.of();
    } else {
      Map<String, TemplatePlaceholder> copy = new LinkedHashMap<>(personalisation);
      copy.values().removeIf(Objects::isNull);
      copy.remove(null);
      personalisation = Map.copyOf(copy);
    }
  }


  /** Masks {@code createdBy} (a person's email address) and prints the body and subject as lengths. */
  @Override
  public String toString() {
    return "Template{id=" + id + ", name=" + name + ", type=" + type + ", version=" + version + ", createdBy="
        + Redaction.maskEmail(createdBy) + ", body=" + (body == null ? 0 : body.length()) + " chars, personalisation="
        + personalisation.keySet() + ", postage=" + postage + '}';
  }
}
