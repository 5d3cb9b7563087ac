package io.github.councilplatform.sandbox.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import io.github.councilplatform.sandbox.SandboxFault;
import io.github.councilplatform.sandbox.SandboxPlatformId;
import io.github.councilplatform.sandbox.notify.NotifyApi.Resp;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class NotifyAdminTest {
  private NotifyApi api;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    api = new NotifyApi(sandbox);
  }

  @Test
  void infoHasExactlyTheNotifyShape() {
    JsonNode info = api.admin("GET", "", null).json();
    JsonNode notify = info.path("notify");
    List<String> fields = new ArrayList<>();
    notify.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("serviceId", "apiKey", "teamApiKey", "testApiKey", "templates",
        "emailReplyToId", "smsSenderId", "inboundNumber", "teamEmails", "teamPhoneNumbers");
    assertThat(notify.path("apiKey").asText()).startsWith("sandbox_live-");
    assertThat(notify.path("teamApiKey").asText()).startsWith("sandbox_team-");
    assertThat(notify.path("testApiKey").asText()).startsWith("sandbox_test-");
    assertThat(notify.path("apiKey").asText()).contains(notify.path("serviceId").asText());
    assertThat(notify.path("templates").size()).isEqualTo(4);
    for (String type : new String[] {"email", "sms", "letter"}) {
      String id = notify.path("templates").path(type).asText();
      assertThat(api.get(api.liveKey, "/v2/template/" + id).json().path("type").asText()).isEqualTo(type);
    }
    JsonNode settings = api.admin("GET", "/notify/settings", null).json();
    assertThat(notify.path("emailReplyToId").asText()).isEqualTo(settings.path("emailReplyToId").asText());
    assertThat(notify.path("smsSenderId").asText()).isEqualTo(settings.path("smsSenderId").asText());
    assertThat(notify.path("teamEmails").get(0).asText()).isEqualTo("sandbox-team@example.gov.uk");
    assertThat(notify.path("teamPhoneNumbers").get(0).asText()).isEqualTo("+447700900123");
  }

  /**
   * Issue 14: what the official clients' integration suites read from their environment is all in GET /_sandbox,
   * and works: the reply-to and sender ids, the team key sending to the team, and LETTER_TEMPLATE_ID, a letter
   * that needs only its address (Java ClientIntegrationTestIT sendLetterAndAssertResponse; node
   * spec/integration/test.js 'send letter notification').
   */
  @Test
  void infoHasWhatTheOfficialClientsIntegrationSuitesNeed() {
    JsonNode notify = api.admin("GET", "", null).json().path("notify");
    String team = notify.path("teamApiKey").asText();
    String email = notify.path("teamEmails").get(0).asText();
    String phone = notify.path("teamPhoneNumbers").get(0).asText();
    Resp emailed = api.post(team, "/v2/notifications/email", Map.of("email_address", email, "template_id",
        api.emailTemplate, "personalisation", Map.of("name", "Alex"), "email_reply_to_id",
        notify.path("emailReplyToId").asText()));
    assertThat(emailed.status()).as(emailed.body()).isEqualTo(201);
    Resp texted = api.post(team, "/v2/notifications/sms", Map.of("phone_number", phone, "template_id",
        api.smsTemplate, "personalisation", Map.of("name", "Alex"), "sms_sender_id",
        notify.path("smsSenderId").asText()));
    assertThat(texted.status()).as(texted.body()).isEqualTo(201);
    String letterTemplate = notify.path("templates").path("letterToAddress").asText();
    JsonNode template = api.get(api.liveKey, "/v2/template/" + letterTemplate).json();
    assertThat(template.path("body").asText()).isEqualTo("Hello ((address_line_1))");
    assertThat(template.path("letter_contact_block").isTextual()).isTrue();
    Resp letter = api.post(api.liveKey, "/v2/notifications/letter", Map.of("template_id", letterTemplate,
        "personalisation", Map.of("address_line_1", "A Resident", "address_line_2", "1 High St",
            "postcode", "SW1 1AA")));
    assertThat(letter.status()).as(letter.body()).isEqualTo(201);
    assertThat(letter.json().path("content").path("body").asText()).isEqualTo("Hello A Resident");
  }

  @Test
  void sentPageShowsMessagesNewestFirstAsResidentsSeeThem() {
    api.post(api.liveKey, "/v2/notifications/email", Map.of("email_address", "resident@example.com",
        "template_id", api.emailTemplate, "personalisation", Map.of("name", "<b>Bobby</b>")));
    api.sendSms(api.testKey, "07700900456");
    api.sendLetter(api.liveKey);
    Resp page = api.admin("GET", "/notify", null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    String html = page.body();
    int letter = html.indexOf("class=\"msg letter\"");
    int sms = html.indexOf("class=\"msg sms\"");
    int email = html.indexOf("class=\"msg email\"");
    assertThat(letter).isPositive().isLessThan(sms);
    assertThat(sms).isLessThan(email);
    assertThat(html).contains("<dd class=\"subject\">Hello &lt;b&gt;Bobby&lt;/b&gt;</dd>").doesNotContain("<b>Bobby</b>");
    assertThat(html).contains("Hello Alex, this is a text message from the council sandbox.");
    assertThat(html).contains("<address>Alex Smith<br>1 High Street<br>Springfield<br>SW1A 1AA</address>");
    assertThat(html).contains("a test key (not delivered, not charged)");
    assertThat(Html.markdown("See https://example.gov.uk/a?b=1&c=2 now")).contains(
        "<a href=\"https://example.gov.uk/a?b=1&amp;c=2\">https://example.gov.uk/a?b=1&amp;c=2</a>");
    assertThat(Html.markdown("<script>alert(1)</script>")).doesNotContain("<script>");
  }

  @Test
  void notificationsAsJsonIncludeEveryKeyType() {
    api.sendSms(api.testKey, "07700900456");
    api.sendSms(api.liveKey, "07700900456");
    JsonNode all = api.admin("GET", "/notify/notifications", null).json().path("notifications");
    assertThat(all).hasSize(2);
    assertThat(all.get(0).path("key_type").asText()).isEqualTo("live");
    assertThat(all.get(1).path("key_type").asText()).isEqualTo("test");
  }

  @Test
  void injectedFaultsUseNotifysErrorBodies() {
    api.sandbox.failNext(SandboxPlatformId.NOTIFY, SandboxFault.SERVER_ERROR, 1);
    api.sandbox.failNext(SandboxPlatformId.NOTIFY, SandboxFault.RATE_LIMITED, 1);
    Resp error = api.get(api.liveKey, "/v2/templates");
    assertThat(error.status()).isEqualTo(500);
    assertThat(error.errorType()).isEqualTo("Exception");
    assertThat(error.message()).isEqualTo("Internal server error");
    Resp limited = api.get(api.liveKey, "/v2/templates");
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.errorType()).isEqualTo("RateLimitError");
    assertThat(api.get(api.liveKey, "/v2/templates").status()).isEqualTo(200);
  }

  @Test
  void resetForgetsNotificationsButKeepsCredentials() {
    api.sendSms(api.liveKey, "07700900456");
    api.admin("POST", "/notify/settings", "{\"restricted\": true}");
    assertThat(api.admin("POST", "/reset", null).status()).isEqualTo(200);
    assertThat(api.get(api.liveKey, "/v2/notifications").json().path("notifications")).isEmpty();
    assertThat(api.admin("GET", "/notify/settings", null).json().path("restricted").asBoolean()).isFalse();
    assertThat(new NotifyApi(api.sandbox).liveKey).isEqualTo(api.liveKey);
  }
}
