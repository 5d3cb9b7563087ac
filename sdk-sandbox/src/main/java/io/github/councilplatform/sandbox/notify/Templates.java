package io.github.councilplatform.sandbox.notify;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Seeds the sandbox templates and writes template JSON as the v2 API does. */
final class Templates {
  static final String CREATED_BY = "sandbox-team@example.gov.uk";
  /** The seeded service's letter contact, which its seeded letter templates use. */
  static final String LETTER_CONTACT_BLOCK = "Council Sandbox\nTown Hall\nSW1A 1AA";

  private Templates() {}

  /**
   * Seeds the email, text and letter templates, each using {@code ((name))}, and a letter template that uses only
   * its address ({@code Hello ((address_line_1))}), as the official clients' integration suites expect of
   * {@code LETTER_TEMPLATE_ID}.
   */
  static void seed(ServiceState service, NotifySeed seed, Instant now) {
    service.putTemplate(new TemplateVersion(seed.emailTemplateId(), "email", "Sandbox email",
        "Hello ((name))",
        "Dear ((name)),\n\nThank you for contacting the council. This is a message from the council sandbox.",
        1, now, null, false, null));
    service.putTemplate(new TemplateVersion(seed.smsTemplateId(), "sms", "Sandbox text message", null,
        "Hello ((name)), this is a text message from the council sandbox.", 1, now, null, false, null));
    service.putTemplate(new TemplateVersion(seed.letterTemplateId(), "letter", "Sandbox letter",
        "Your letter from the council, ((name))",
        "Dear ((name)),\n\nThis is a letter from the council sandbox.", 1, now, null, false, LETTER_CONTACT_BLOCK));
    service.putTemplate(new TemplateVersion(seed.addressLetterTemplateId(), "letter", "Sandbox letter to an address",
        "Your letter from the council", "Hello ((address_line_1))", 1, now, null, false, LETTER_CONTACT_BLOCK));
  }

  /** The {@code template} object of a notification: {@code {id, version, uri}}. */
  static Map<String, Object> ref(String baseUrl, ServiceState service, TemplateVersion t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("version", t.version());
    m.put("uri", baseUrl + "/services/" + service.id + "/templates/" + t.id());
    return m;
  }

  /** The full template object of {@code GET /v2/template/{id}}. */
  static Map<String, Object> json(TemplateVersion t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("type", t.type());
    m.put("created_at", Times.format(t.createdAt()));
    m.put("updated_at", Times.format(t.updatedAt()));
    m.put("created_by", CREATED_BY);
    m.put("version", t.version());
    m.put("body", t.body());
    m.put("subject", t.subject());
    m.put("name", t.name());
    Map<String, Object> personalisation = new LinkedHashMap<>();
    for (String p : t.placeholders()) {
      personalisation.put(p, Map.of("required", true));
    }
    m.put("personalisation", personalisation);
    m.put("postage", t.type().equals("letter") ? "second" : null);
    // app/models.py serialize_for_v2: the version's letter contact, or null.
    m.put("letter_contact_block", t.type().equals("letter") ? t.letterContactBlock() : null);
    return m;
  }
}
