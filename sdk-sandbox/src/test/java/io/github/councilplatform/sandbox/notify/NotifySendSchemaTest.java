package io.github.councilplatform.sandbox.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import io.github.councilplatform.sandbox.notify.NotifyApi.Resp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The JSON and schema stage of a send, against notifications-api's own rules. */
@ExtendWith(SandboxExtension.class)
class NotifySendSchemaTest {
  private NotifyApi api;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    api = new NotifyApi(sandbox);
  }

  private static List<String> messages(Resp r) {
    List<String> out = new ArrayList<>();
    r.json().path("errors").forEach(e -> out.add(e.path("message").asText()));
    return out;
  }

  private Map<String, Object> sms() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("phone_number", "07700900123");
    body.put("template_id", api.smsTemplate);
    body.put("personalisation", Map.of("name", "Sam"));
    return body;
  }

  /** app/v2/utils.py:7-12 get_valid_json: {@code request_json or {}}. */
  @Test
  void falsyBodiesAreAnEmptyObject() {
    for (String falsy : List.of("null", "false", "0", "\"\"", "[]", "{}")) {
      Resp r = api.post(api.liveKey, "/v2/notifications/sms", falsy);
      assertThat(messages(r)).as(falsy).containsExactly("phone_number is a required property",
          "template_id is a required property");
    }
    assertThat(messages(api.post(api.liveKey, "/v2/notifications/sms", "[1]")))
        .containsExactly("[1] is not of type object");
  }

  /** notification_schemas.py:255-267: postage is {"type": "string", "format": "postage"}. */
  @Test
  void postageOfTheWrongTypeIsATypeError() {
    Resp r = api.post(api.liveKey, "/v2/notifications/letter", Map.of("reference", "r", "content", "JVBERi0=",
        "postage", 1));
    assertThat(messages(r)).containsExactly("postage 1 is not of type string");
  }

  /**
   * post_notifications.py process_precompiled_letter_notifications: base64.b64decode without validate drops
   * characters outside the alphabet, and refuses bad padding.
   */
  @Test
  void precompiledContentIsDecodedAsPythonDecodesIt() {
    String pdf = java.util.Base64.getEncoder().encodeToString("%PDF-1.4 sandbox".getBytes());
    Resp lenient = api.post(api.liveKey, "/v2/notifications/letter", Map.of("reference", "r",
        "content", "!" + pdf.substring(0, 4) + "*\n" + pdf.substring(4)));
    assertThat(lenient.status()).as(lenient.body()).isEqualTo(201);
    Resp padding = api.post(api.liveKey, "/v2/notifications/letter", Map.of("reference", "r", "content", "abc"));
    assertThat(messages(padding)).containsExactly("Cannot decode letter content (invalid base64 encoding)");
  }

  /** notification_schemas.py:206: sanitise_content_for is {"type": ["array", "null"]}. */
  @Test
  void sanitiseContentForMayBeNull() {
    Map<String, Object> body = new LinkedHashMap<>(Map.of("email_address", "a@example.com", "template_id",
        api.emailTemplate, "personalisation", Map.of("name", "Sam")));
    body.put("sanitise_content_for", null);
    assertThat(api.post(api.liveKey, "/v2/notifications/email", body).status()).isEqualTo(201);
    body.put("sanitise_content_for", "name");
    assertThat(messages(api.post(api.liveKey, "/v2/notifications/email", body)))
        .containsExactly("sanitise_content_for name is not of type array, null");
  }

  /** app/schema_validation/__init__.py:14-18 validate_uuid is Python's uuid.UUID: braces, no hyphens, any case. */
  @Test
  void uuidsAreReadAsPythonReadsThem() {
    Map<String, Object> body = sms();
    body.put("template_id", "{" + api.smsTemplate.replace("-", "").toUpperCase(Locale.ROOT) + "}");
    Resp r = api.post(api.liveKey, "/v2/notifications/sms", body);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(api.get(api.liveKey, "/v2/notifications/" + r.json().path("id").asText().replace("-", ""))
        .status()).isEqualTo(200);
  }

  /**
   * app/schema_validation/__init__.py:66-79: fromisoformat(...).replace(tzinfo=None), so an offset is dropped;
   * and a caller's time is checked against real time as well as the moved sandbox clock.
   */
  @Test
  void scheduledForDropsTheOffsetAndAcceptsRealTime() {
    LocalDateTime inAnHour = LocalDateTime.ofInstant(api.sandbox.clock().instant(), ZoneOffset.UTC).plusHours(1)
        .truncatedTo(ChronoUnit.SECONDS);
    Map<String, Object> body = sms();
    // Applied, +05:00 would put it four hours in the past; Notify drops it.
    body.put("scheduled_for", inAnHour + "+05:00");
    assertThat(api.post(api.liveKey, "/v2/notifications/sms", body).status()).isEqualTo(201);
    api.sandbox.advanceClock(Duration.ofDays(2));
    body.put("scheduled_for", inAnHour.toString());
    assertThat(api.post(api.liveKey, "/v2/notifications/sms", body).status()).isEqualTo(201);
    body.put("scheduled_for", inAnHour.minusHours(3).toString());
    assertThat(messages(api.post(api.liveKey, "/v2/notifications/sms", body)))
        .containsExactly("scheduled_for datetime can not be in the past");
  }
}
