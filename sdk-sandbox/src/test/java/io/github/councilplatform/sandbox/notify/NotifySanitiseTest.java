package io.github.councilplatform.sandbox.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import io.github.councilplatform.sandbox.notify.NotifyApi.Resp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code sanitise_content_for}, as notifications-api app/v2/notifications/post_notifications.py:171-210 does it
 * with notifications-utils formatters.py:48-56 {@code url}.
 */
@ExtendWith(SandboxExtension.class)
class NotifySanitiseTest {
  private NotifyApi api;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    api = new NotifyApi(sandbox);
  }

  private JsonNode send(Map<String, Object> personalisation, List<String> names) {
    Resp r = api.post(api.liveKey, "/v2/notifications/email", Map.of("email_address", "resident@example.com",
        "template_id", api.emailTemplate, "personalisation", personalisation, "sanitise_content_for", names));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  private static String sanitised(JsonNode response, String key) {
    return response.path("sanitised_content").path(key).path("sanitised").asText();
  }

  @Test
  void linksAreRemovedAndTheBracketAfterABareLinkStays() {
    // The url pattern's path starts at / ? or #: a link with no path ends before the bracket.
    JsonNode r = send(Map.of("name", "Alex (see https://evil.example)"), List.of("name"));
    assertThat(sanitised(r, "name")).isEqualTo("Alex \\(see \\)");
    // A path runs to whitespace or '<', so there the bracket goes with the link, as in Notify.
    JsonNode withPath = send(Map.of("name", "(https://evil.example/x) ok"), List.of("name"));
    assertThat(sanitised(withPath, "name")).isEqualTo("\\( ok");
  }

  /** _escape_markdown_characters escapes < and > too. */
  @Test
  void angleBracketsAreEscaped() {
    JsonNode r = send(Map.of("name", "<b>Alex</b>"), List.of("name"));
    assertThat(sanitised(r, "name")).isEqualTo("\\<b\\>Alex\\</b\\>");
    assertThat(r.path("content").path("subject").asText()).isEqualTo("Hello \\<b\\>Alex\\</b\\>");
  }

  /** _could_be_accidental_link / _break_up_link: a bare domain is broken up, not deleted. */
  @Test
  void bareDomainIsBrokenUp() {
    JsonNode r = send(Map.of("name", "Alex from council.gov.uk"), List.of("name"));
    assertThat(sanitised(r, "name")).isEqualTo("Alex from council\\. gov\\. uk");
    JsonNode www = send(Map.of("name", "visit www.example.com/login now"), List.of("name"));
    assertThat(sanitised(www, "name")).isEqualTo("visit  now");
  }

  /** _get_sanitised_content lists only values that changed; names match case-insensitively (InsensitiveSet). */
  @Test
  void onlyChangedValuesAreListed() {
    JsonNode r = send(Map.of("name", "Alex"), List.of("NAME"));
    assertThat(r.path("sanitised_content").isObject()).isTrue();
    assertThat(r.path("sanitised_content").size()).isZero();
    JsonNode changed = send(Map.of("name", "A.B"), List.of("NAME"));
    assertThat(changed.path("sanitised_content").path("name").path("unsanitised").asText()).isEqualTo("A.B");
    // A.B is a bare "domain" (two labels, the last 1 letter short of a TLD): only escaped.
    assertThat(sanitised(changed, "name")).isEqualTo("A\\.B");
  }
}
