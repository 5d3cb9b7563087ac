package io.github.councilplatform.sandbox.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import io.github.councilplatform.sandbox.notify.NotifyApi.Resp;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class NotifyReadTest {
  private NotifyApi api;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    api = new NotifyApi(sandbox);
  }

  @Test
  void templateByIdHasEveryField() {
    JsonNode t = api.get(api.liveKey, "/v2/template/" + api.emailTemplate).json();
    assertThat(t.path("id").asText()).isEqualTo(api.emailTemplate);
    assertThat(t.path("type").asText()).isEqualTo("email");
    assertThat(t.path("version").asInt()).isEqualTo(1);
    assertThat(t.path("subject").asText()).isEqualTo("Hello ((name))");
    assertThat(t.path("personalisation").path("name").path("required").asBoolean()).isTrue();
    assertThat(t.path("created_at").asText()).endsWith("Z");
    for (String f : List.of("updated_at", "created_by", "name", "body", "postage", "letter_contact_block")) {
      assertThat(t.has(f)).as(f).isTrue();
    }
    JsonNode letter = api.get(api.liveKey, "/v2/template/" + api.letterTemplate).json();
    assertThat(letter.path("postage").asText()).isEqualTo("second");
  }

  /**
   * jsonschema reports property errors in schema order before unexpected parameters
   * (notification_schemas.py get_notifications_request; include_jobs is an enum of "true" and "True").
   */
  @Test
  void listQueryErrorsComeInSchemaOrderWithUnexpectedLast() {
    Resp r = api.get(api.liveKey, "/v2/notifications?colour=red&older_than=x&include_jobs=yes&status=lost");
    List<String> messages = new java.util.ArrayList<>();
    r.json().path("errors").forEach(e -> messages.add(e.path("message").asText()));
    assertThat(messages).containsExactly(
        "status lost is not one of [cancelled, created, sending, sent, delivered, pending, failed, technical-failure,"
            + " temporary-failure, permanent-failure, pending-virus-check, validation-failed, virus-scan-failed,"
            + " returned-letter, accepted, received]",
        "include_jobs yes is not one of [true, True]",
        "older_than is not a valid UUID",
        "Additional properties are not allowed (colour was unexpected)");
    Resp templates = api.get(api.liveKey, "/v2/templates?colour=red&type=fax");
    assertThat(templates.json().path("errors")).hasSize(2);
    assertThat(templates.json().path("errors").get(1).path("message").asText())
        .isEqualTo("Additional properties are not allowed (colour was unexpected)");
  }

  /** app/v2/template/post_template.py:16-27: body first, then id and personalisation together, then lookup. */
  @Test
  void previewReadsTheBodyBeforeTheId() {
    Resp badJson = api.post(api.liveKey, "/v2/template/nope/preview", "{oops");
    assertThat(badJson.message()).isEqualTo("Invalid JSON supplied in POST data");
    Resp both = api.post(api.liveKey, "/v2/template/nope/preview", "{\"personalisation\": [1]}");
    List<String> messages = new java.util.ArrayList<>();
    both.json().path("errors").forEach(e -> messages.add(e.path("message").asText()));
    assertThat(messages).containsExactly("id is not a valid UUID", "personalisation [1] is not of type object");
    assertThat(api.post(api.liveKey, "/v2/template/" + api.smsTemplate + "/preview", "null").message())
        .isEqualTo("Missing personalisation: name");
  }

  @Test
  void templateErrors() {
    Resp bad = api.get(api.liveKey, "/v2/template/nope");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.message()).isEqualTo("id is not a valid UUID");
    Resp missing = api.get(api.liveKey, "/v2/template/" + UUID.randomUUID());
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.errorType()).isEqualTo("NoResultFound");
    assertThat(missing.message()).isEqualTo("No result found");
  }

  @Test
  void templateVersions() {
    api.admin("POST", "/notify/templates/" + api.smsTemplate, "{\"body\": \"Version two for ((name))\"}");
    assertThat(api.get(api.liveKey, "/v2/template/" + api.smsTemplate).json().path("version").asInt()).isEqualTo(2);
    JsonNode v1 = api.get(api.liveKey, "/v2/template/" + api.smsTemplate + "/version/1").json();
    assertThat(v1.path("version").asInt()).isEqualTo(1);
    assertThat(v1.path("body").asText()).startsWith("Hello ((name))");
    JsonNode v0 = api.get(api.liveKey, "/v2/template/" + api.smsTemplate + "/version/0").json();
    assertThat(v0.path("version").asInt()).isEqualTo(2);
    assertThat(api.get(api.liveKey, "/v2/template/" + api.smsTemplate + "/version/3").status()).isEqualTo(404);
    Resp sent = api.sendSms(api.liveKey, "07700900456");
    assertThat(sent.json().path("template").path("version").asInt()).isEqualTo(2);
    assertThat(sent.json().path("content").path("body").asText()).isEqualTo("Version two for Alex");
  }

  @Test
  void listTemplatesByType() {
    JsonNode all = api.get(api.liveKey, "/v2/templates").json().path("templates");
    assertThat(all).hasSize(4);
    JsonNode sms = api.get(api.liveKey, "/v2/templates?type=sms").json().path("templates");
    assertThat(sms).hasSize(1);
    assertThat(sms.get(0).path("id").asText()).isEqualTo(api.smsTemplate);
    Resp bad = api.get(api.liveKey, "/v2/templates?type=fax");
    assertThat(bad.message()).isEqualTo("type fax is not one of [sms, email, letter]");
    Resp extra = api.get(api.liveKey, "/v2/templates?kind=sms");
    assertThat(extra.message()).isEqualTo("Additional properties are not allowed (kind was unexpected)");
  }

  @Test
  void previewSubstitutesAndRendersHtml() {
    Resp r = api.post(api.liveKey, "/v2/template/" + api.emailTemplate + "/preview",
        Map.of("personalisation", Map.of("name", List.of("one", "two"))));
    assertThat(r.status()).isEqualTo(200);
    JsonNode p = r.json();
    assertThat(p.path("id").asText()).isEqualTo(api.emailTemplate);
    assertThat(p.path("type").asText()).isEqualTo("email");
    assertThat(p.path("version").asInt()).isEqualTo(1);
    assertThat(p.path("body").asText()).contains("* one\n* two");
    assertThat(p.path("html").asText()).contains("<ul>\n<li>one</li><li>two");
    Resp missing = api.post(api.liveKey, "/v2/template/" + api.smsTemplate + "/preview", "");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.errorType()).isEqualTo("BadRequestError");
    assertThat(missing.message()).isEqualTo("Missing personalisation: name");
  }

  @Test
  void listFiltersByTypeStatusAndReference() {
    api.sendEmail(api.liveKey, "resident@example.com");
    api.post(api.liveKey, "/v2/notifications/sms", Map.of("phone_number", "07700900456", "template_id",
        api.smsTemplate, "personalisation", Map.of("name", "Sam"), "reference", "my ref"));
    api.sendLetter(api.liveKey);
    assertThat(api.get(api.liveKey, "/v2/notifications").json().path("notifications")).hasSize(3);
    assertThat(api.get(api.liveKey, "/v2/notifications?template_type=sms&template_type=letter").json()
        .path("notifications")).hasSize(2);
    assertThat(api.get(api.liveKey, "/v2/notifications?reference=my+ref").json().path("notifications"))
        .hasSize(1);
    assertThat(api.get(api.liveKey, "/v2/notifications?status=accepted&template_type=letter").json()
        .path("notifications")).hasSize(1);
    assertThat(api.get(api.liveKey, "/v2/notifications?status=delivered").json().path("notifications")).isEmpty();
    api.advance(Duration.ofSeconds(10));
    NotifyApi.await(() -> api.get(api.liveKey, "/v2/notifications?status=delivered").json().path("notifications")
        .size() == 2);
    assertThat(api.get(api.liveKey, "/v2/notifications?status=failed").json().path("notifications")).isEmpty();
    assertThat(api.get(api.liveKey, "/v2/notifications?status=received&template_type=letter").json()
        .path("notifications")).isEmpty();
    Resp bad = api.get(api.liveKey, "/v2/notifications?status=lost&older_than=x");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("errors").get(0).path("message").asText()).startsWith("status lost is not one of [");
    assertThat(bad.json().path("errors").get(1).path("message").asText()).isEqualTo("older_than is not a valid UUID");
  }

  @Test
  void eachKeyTypeListsOnlyItsOwnNotifications() {
    api.sendEmail(api.liveKey, "resident@example.com");
    api.sendEmail(api.testKey, "resident@example.com");
    api.sendEmail(api.testKey, "resident@example.com");
    assertThat(api.get(api.liveKey, "/v2/notifications").json().path("notifications")).hasSize(1);
    assertThat(api.get(api.testKey, "/v2/notifications").json().path("notifications")).hasSize(2);
    assertThat(api.get(api.teamKey, "/v2/notifications").json().path("notifications")).isEmpty();
  }

  @Test
  void pagesOf250NewestFirstFollowingOlderThan() {
    List<String> sent = new ArrayList<>();
    for (int i = 0; i < 260; i++) {
      sent.add(api.sendSms(api.testKey, "07700900456").json().path("id").asText());
    }
    JsonNode first = api.get(api.testKey, "/v2/notifications").json();
    assertThat(first.path("notifications")).hasSize(250);
    assertThat(first.path("notifications").get(0).path("id").asText()).isEqualTo(sent.get(259));
    assertThat(first.path("links").path("current").asText()).isEqualTo(api.sandbox.baseUrl() + "/v2/notifications");
    String next = first.path("links").path("next").asText();
    assertThat(next).endsWith("older_than=" + sent.get(10));
    JsonNode second = api.get(api.testKey, URI.create(next).getRawPath() + "?" + URI.create(next).getRawQuery())
        .json();
    assertThat(second.path("notifications")).hasSize(10);
    assertThat(second.path("notifications").get(9).path("id").asText()).isEqualTo(sent.get(0));
    String last = second.path("links").path("next").asText();
    JsonNode empty = api.get(api.testKey, "/v2/notifications?older_than=" + sent.get(0)).json();
    assertThat(last).endsWith(sent.get(0));
    assertThat(empty.path("notifications")).isEmpty();
    assertThat(empty.path("links").has("next")).isFalse();
    Set<String> seen = new HashSet<>();
    first.path("notifications").forEach(n -> seen.add(n.path("id").asText()));
    second.path("notifications").forEach(n -> seen.add(n.path("id").asText()));
    assertThat(seen).containsExactlyInAnyOrderElementsOf(sent);
  }

  @Test
  void receivedTextMessagesInjectedThroughTheAdminApi() throws Exception {
    try (CallbackReceiver receiver = new CallbackReceiver()) {
      api.admin("POST", "/notify/callbacks/received-text", "{\"url\": \"" + receiver.url()
          + "\", \"bearerToken\": \"inbound-token-1\"}");
      Resp first = api.admin("POST", "/notify/received-text-messages",
          "{\"user_number\": \"07700 900456\", \"content\": \"STOP\"}");
      assertThat(first.status()).isEqualTo(201);
      api.advance(Duration.ofSeconds(1));
      api.admin("POST", "/notify/received-text-messages", "{\"user_number\": \"07700900789\", \"content\": \"Hi\"}");
      JsonNode list = api.get(api.liveKey, "/v2/received-text-messages").json();
      JsonNode messages = list.path("received_text_messages");
      assertThat(messages).hasSize(2);
      assertThat(messages.get(0).path("content").asText()).isEqualTo("Hi");
      assertThat(messages.get(1).path("user_number").asText()).isEqualTo("447700900456");
      assertThat(messages.get(1).path("service_id").asText()).isEqualTo(NotifyApi.serviceId(api.liveKey));
      assertThat(messages.get(1).path("notify_number").asText()).isNotEmpty();
      assertThat(list.path("links").path("next").asText()).endsWith("older_than="
          + messages.get(1).path("id").asText());
      JsonNode olderPage = api.get(api.liveKey, "/v2/received-text-messages?older_than="
          + messages.get(0).path("id").asText()).json();
      JsonNode older = olderPage.path("received_text_messages");
      assertThat(older).hasSize(1);
      // app/v2/inbound_sms/get_inbound_sms.py:29-45: the current link never carries older_than.
      assertThat(olderPage.path("links").path("current").asText())
          .isEqualTo(api.sandbox.baseUrl() + "/v2/received-text-messages");

      NotifyApi.await(() -> receiver.received.size() == 2);
      assertThat(receiver.received.get(0).authorization()).isEqualTo("Bearer inbound-token-1");
      assertThat(receiver.received.get(0).body()).contains("\"source_number\":\"447700900456\"")
          .contains("\"message\":\"STOP\"").contains("\"destination_number\"").contains("\"date_received\"");
    }
  }
}
