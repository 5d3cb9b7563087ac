package io.github.councilplatform.sandbox.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxClock;
import io.github.councilplatform.sandbox.SandboxExtension;
import io.github.councilplatform.sandbox.internal.SandboxContext;
import io.github.councilplatform.sandbox.notify.NotifyApi.Resp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Letter templates' contact blocks, and the PDF error of a failed letter. */
@ExtendWith(SandboxExtension.class)
class NotifyLetterTemplateTest {
  private NotifyApi api;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    api = new NotifyApi(sandbox);
  }

  /**
   * The contact block belongs to each template version and may be null (notifications-api app/models.py:1211
   * serialize_for_v2, TemplateBase.service_letter_contact_id nullable); services choose it.
   */
  @Test
  void letterContactBlockBelongsToEachVersionAndMayBeNull() {
    Resp created = api.admin("POST", "/notify/templates", "{\"type\": \"letter\", \"subject\": \"Permit\","
        + " \"body\": \"Dear ((address_line_1))\"}");
    String id = created.json().path("id").asText();
    JsonNode v1 = api.get(api.liveKey, "/v2/template/" + id).json();
    assertThat(v1.has("letter_contact_block")).isTrue();
    assertThat(v1.path("letter_contact_block").isNull()).isTrue();

    api.admin("POST", "/notify/templates/" + id, "{\"letterContactBlock\": \"Parking Team\\n((team_phone))\"}");
    api.admin("POST", "/notify/templates/" + id, "{\"body\": \"Hello ((address_line_1))\"}");
    api.admin("POST", "/notify/templates/" + id, "{\"letterContactBlock\": null}");
    assertThat(version(id, 1).path("letter_contact_block").isNull()).isTrue();
    assertThat(version(id, 2).path("letter_contact_block").asText()).isEqualTo("Parking Team\n((team_phone))");
    assertThat(version(id, 3).path("letter_contact_block").asText()).isEqualTo("Parking Team\n((team_phone))");
    assertThat(version(id, 4).path("letter_contact_block").isNull()).isTrue();
    // The contact block's placeholders are the template's too (notifications-utils template.py:682-689).
    assertThat(version(id, 3).path("personalisation").has("team_phone")).isTrue();
    assertThat(version(id, 4).path("personalisation").has("team_phone")).isFalse();
    assertThat(api.admin("POST", "/notify/templates/" + api.smsTemplate, "{\"letterContactBlock\": \"x\"}")
        .status()).isEqualTo(400);
  }

  @Test
  void contactBlockPlaceholdersMustBeGiven() {
    Resp created = api.admin("POST", "/notify/templates", "{\"type\": \"letter\", \"subject\": \"Permit\","
        + " \"body\": \"Dear ((address_line_1))\", \"letterContactBlock\": \"Call ((team_phone))\"}");
    String id = created.json().path("id").asText();
    Resp r = api.post(api.liveKey, "/v2/notifications/letter", Map.of("template_id", id, "personalisation",
        Map.of("address_line_1", "A Resident", "address_line_2", "1 High St", "postcode", "SW1A 1AA")));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.message()).isEqualTo("Missing personalisation: team_phone");
  }

  private JsonNode version(String id, int v) {
    return api.get(api.liveKey, "/v2/template/" + id + "/version/" + v).json();
  }

  /** app/v2/notifications/get_notifications.py:61: "PDF not available for letters in status {status}". */
  @Test
  void pdfOfAFailedLetterNamesItsStatus() {
    ServiceState service = new ServiceState(NotifySeed.random());
    String id = UUID.randomUUID().toString();
    service.add(new Notification(id, "letter", KeyType.NORMAL, "A Resident", null, null, "", null, Map.of(),
        List.of("A Resident"), "second", null, Instant.now(), null, false, "technical-failure"));
    ReadHandler reads = new ReadHandler(new SandboxContext(new SandboxClock(Clock.systemUTC()), null, null,
        "http://127.0.0.1"));
    assertThatThrownBy(() -> reads.pdf(service, id)).isInstanceOfSatisfying(NotifyError.class, e ->
        assertThat(e.getMessage()).contains("PDF not available for letters in status technical-failure"));
  }
}
