package io.github.councilplatform.sandbox.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import io.github.councilplatform.sandbox.notify.NotifyApi.Resp;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class NotifySendValidationTest {
  private NotifyApi api;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    api = new NotifyApi(sandbox);
  }

  private static void assertError(Resp r, int status, String type, String message) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.json().path("status_code").asInt()).isEqualTo(status);
    assertThat(r.errorType()).isEqualTo(type);
    assertThat(r.message()).isEqualTo(message);
  }

  private static List<String> messages(Resp r) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : r.json().path("errors")) {
      assertThat(e.path("error").asText()).isEqualTo("ValidationError");
      out.add(e.path("message").asText());
    }
    return out;
  }

  private Resp sms(Map<String, ?> body) {
    return api.post(api.liveKey, "/v2/notifications/sms", body);
  }

  private Map<String, Object> smsBody(String phone) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("phone_number", phone);
    b.put("template_id", api.smsTemplate);
    b.put("personalisation", Map.of("name", "Sam"));
    return b;
  }

  private Resp letter(Map<String, Object> personalisation) {
    Map<String, Object> p = new LinkedHashMap<>(personalisation);
    p.put("name", "Sam");
    return api.post(api.liveKey, "/v2/notifications/letter", Map.of("template_id", api.letterTemplate,
        "personalisation", p));
  }

  @Test
  void emailSendReturnsTheRealShapeWithPersonalisationApplied() {
    Resp r = api.sendEmail(api.liveKey, "resident@example.com");
    assertThat(r.status()).isEqualTo(201);
    JsonNode j = r.json();
    String id = j.path("id").asText();
    assertThat(j.path("uri").asText()).isEqualTo(api.sandbox.baseUrl() + "/v2/notifications/" + id);
    assertThat(j.path("template").path("id").asText()).isEqualTo(api.emailTemplate);
    assertThat(j.path("template").path("version").asInt()).isEqualTo(1);
    assertThat(j.path("template").path("uri").asText()).contains("/services/").endsWith("/templates/"
        + api.emailTemplate);
    assertThat(j.has("scheduled_for")).isTrue();
    assertThat(j.path("content").path("subject").asText()).isEqualTo("Hello Alex");
    assertThat(j.path("content").path("body").asText()).startsWith("Dear Alex,");
    assertThat(j.path("content").path("from_email").asText()).endsWith("@notifications.service.gov.uk");
    assertThat(j.path("content").has("one_click_unsubscribe_url")).isTrue();
    assertThat(j.path("sanitised_content").isObject()).isTrue();
  }

  @Test
  void invalidJson() {
    Resp r = api.post(api.liveKey, "/v2/notifications/sms", "{oops");
    assertError(r, 400, "BadRequestError", "Invalid JSON supplied in POST data");
  }

  @Test
  void schemaErrorsAreAllReportedTogether() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("reference", "x".repeat(1001));
    body.put("template_id", "not-a-uuid");
    body.put("personalisation", "Sam");
    body.put("colour", "blue");
    Resp r = sms(body);
    assertThat(r.status()).isEqualTo(400);
    assertThat(messages(r)).containsExactly(
        "reference " + "x".repeat(1001) + " is too long",
        "template_id is not a valid UUID",
        "personalisation Sam is not of type object",
        "phone_number is a required property",
        "Additional properties are not allowed (colour was unexpected)");
  }

  @Test
  void severalUnexpectedProperties() {
    Map<String, Object> body = smsBody("07700900123");
    body.put("a", 1);
    body.put("b", 2);
    assertThat(messages(sms(body))).containsExactly("Additional properties are not allowed (a, b were unexpected)");
  }

  @Test
  void scheduledForMustFallWithinTheNextDayAndIsAnsweredNull() {
    java.time.Instant now = api.sandbox.clock().instant();
    Map<String, Object> body = smsBody("07700900123");
    body.put("scheduled_for", now.minusSeconds(3600).toString());
    assertThat(messages(sms(body))).containsExactly("scheduled_for datetime can not be in the past");
    body.put("scheduled_for", now.plusSeconds(25 * 3600).toString());
    assertThat(messages(sms(body))).containsExactly("scheduled_for datetime can only be 24 hours in the future");
    body.put("scheduled_for", "tomorrow");
    assertThat(messages(sms(body))).containsExactly("scheduled_for datetime format is invalid. It must be a valid"
        + " ISO8601 date time format, https://en.wikipedia.org/wiki/ISO_8601");
    body.put("scheduled_for", now.plusSeconds(3600).toString());
    Resp ok = sms(body);
    assertThat(ok.status()).isEqualTo(201);
    assertThat(ok.json().path("scheduled_for").isNull()).isTrue();
  }

  @Test
  void letterNeedsPersonalisation() {
    Resp r = api.post(api.liveKey, "/v2/notifications/letter", Map.of("template_id", api.letterTemplate));
    assertError(r, 400, "ValidationError", "personalisation is a required property");
  }

  @Test
  void phoneNumberRules() {
    assertError(sms(smsBody("0770090012a")), 400, "ValidationError",
        "phone_number Must not contain letters or symbols");
    assertError(sms(smsBody("07700900123456789")), 400, "ValidationError", "phone_number Too many digits");
    assertError(sms(smsBody("077009")), 400, "ValidationError", "phone_number Not enough digits");
    assertError(sms(smsBody("09012345678")), 400, "ValidationError",
        "phone_number Number is not valid \u2013 double check the phone number you entered");
    // Sloppy but acceptable UK forms.
    for (String ok : List.of("07700 900123", "+447700900123", "447700900123", "0044 7700 900123",
        "(07700) 900-123", "+07700900123", "0+44(0)7700900123", "000007700900123")) {
      assertThat(sms(smsBody(ok)).status()).as(ok).isEqualTo(201);
    }
  }

  @Test
  void phoneNumberIsEchoedAsSent() {
    Resp r = sms(smsBody("07700 900123"));
    Resp got = api.get(api.liveKey, "/v2/notifications/" + r.json().path("id").asText());
    assertThat(got.json().path("phone_number").asText()).isEqualTo("07700 900123");
  }

  @Test
  void internationalAndLandlinePermissions() {
    assertThat(sms(smsBody("+33 6 12 34 56 78")).status()).isEqualTo(201);
    assertThat(sms(smsBody("020 7946 0000")).status()).isEqualTo(201);
    api.admin("POST", "/notify/settings", "{\"permissions\": [\"email\", \"sms\", \"letter\"]}");
    assertError(sms(smsBody("+33 6 12 34 56 78")), 400, "BadRequestError",
        "Cannot send to international mobile numbers");
    assertError(sms(smsBody("020 7946 0000")), 400, "InvalidPhoneError", "Not a UK mobile number");
  }

  @Test
  void servicePermissionForTheChannel() {
    api.admin("POST", "/notify/settings", "{\"permissions\": [\"email\", \"letter\"]}");
    assertError(sms(smsBody("07700900123")), 400, "BadRequestError", "Service is not allowed to send text messages");
  }

  @Test
  void emailAddressRules() {
    for (String bad : List.of("no-at-sign", "a..b@example.com", "a@localhost", "a@example.c", "a b@example.com")) {
      Resp r = api.sendEmail(api.liveKey, bad);
      assertError(r, 400, "ValidationError", "email_address Not a valid email address");
    }
    assertThat(api.sendEmail(api.liveKey, "first.o'last+tag@sub.example.co.uk").status()).isEqualTo(201);
  }

  @Test
  void templateChecks() {
    Map<String, Object> body = smsBody("07700900123");
    body.put("template_id", UUID.randomUUID().toString());
    assertError(sms(body), 400, "BadRequestError", "Template not found");
    body.put("template_id", api.emailTemplate);
    assertError(sms(body), 400, "BadRequestError", "email template is not suitable for sms notification");
  }

  @Test
  void missingPersonalisationListsEveryName() {
    Resp created = api.admin("POST", "/notify/templates", "{\"type\": \"sms\", \"name\": \"Two\","
        + " \"body\": \"Hi ((first name)), your ref is ((ref)). Thanks ((first name))\"}");
    Map<String, Object> body = smsBody("07700900123");
    body.put("template_id", created.json().path("id").asText());
    body.remove("personalisation");
    assertError(sms(body), 400, "BadRequestError", "Missing personalisation: first name, ref");
    body.put("personalisation", Map.of("FIRST_NAME", "Sam", "ref", "R1"));
    Resp ok = sms(body);
    assertThat(ok.json().path("content").path("body").asText()).isEqualTo("Hi Sam, your ref is R1. Thanks Sam");
  }

  @Test
  void archivedTemplateIsDeleted() {
    api.admin("POST", "/notify/templates/" + api.smsTemplate, "{\"archived\": true}");
    assertError(sms(smsBody("07700900123")), 400, "BadRequestError", "Template has been deleted");
  }

  @Test
  void senderIdsMustExist() {
    Map<String, Object> body = smsBody("07700900123");
    String unknown = UUID.randomUUID().toString();
    body.put("sms_sender_id", unknown);
    Resp r = sms(body);
    assertThat(r.message()).startsWith("sms_sender_id " + unknown + " does not exist in database for service id ");
    String smsSender = api.admin("GET", "/notify/settings", null).json().path("smsSenderId").asText();
    body.put("sms_sender_id", smsSender);
    assertThat(sms(body).status()).isEqualTo(201);
  }

  @Test
  void teamKeySendsOnlyToTheTeam() {
    assertError(api.sendEmail(api.teamKey, "resident@example.com"), 400, "BadRequestError",
        "Can\u2019t send to this recipient using a team-only API key");
    assertThat(api.sendEmail(api.teamKey, "Sandbox-Team@example.gov.uk").status()).isEqualTo(201);
    assertThat(api.sendSms(api.teamKey, "+44 7700 900123").status()).isEqualTo(201);
    assertError(api.sendLetter(api.teamKey), 403, "BadRequestError", "Cannot send letters with a team api key");
  }

  @Test
  void trialModeRestrictsLiveKeysButNotTestKeys() {
    api.admin("POST", "/notify/settings", "{\"restricted\": true}");
    assertError(api.sendEmail(api.liveKey, "resident@example.com"), 400, "BadRequestError",
        "Can\u2019t send to this recipient when service is in trial mode \u2013 see "
            + "https://www.notifications.service.gov.uk/trial-mode");
    assertError(api.sendLetter(api.liveKey), 403, "BadRequestError",
        "Cannot send letters when service is in trial mode");
    assertThat(api.sendEmail(api.testKey, "resident@example.com").status()).isEqualTo(201);
    assertThat(api.sendLetter(api.testKey).status()).isEqualTo(201);
  }

  @Test
  void letterAddressRules() {
    Map<String, Object> ok = Map.of("address_line_1", "A Resident", "address_line_2", "1 High St",
        "postcode", "SW1A 1AA");
    Resp sent = letter(ok);
    assertThat(sent.status()).isEqualTo(201);
    assertThat(sent.json().path("content").path("subject").asText()).isEqualTo("Your letter from the council, Sam");
    assertError(letter(Map.of("address_line_1", "A Resident", "postcode", "SW1A 1AA")), 400, "ValidationError",
        "Address must be at least 3 lines");
    Map<String, Object> seven = new LinkedHashMap<>();
    for (int i = 1; i <= 6; i++) {
      seven.put("address_line_" + i, "Line " + i);
    }
    seven.put("address_line_7", "SW1A 1AA"); // address_line_7 can stand in for postcode
    assertThat(letter(seven).status()).isEqualTo(201);
    Map<String, Object> eight = new LinkedHashMap<>(seven);
    eight.put("address_line_6", "Line 6\nLine 6b"); // a value may hold several lines
    assertError(letter(eight), 400, "ValidationError", "Address must be no more than 7 lines");
    assertError(letter(Map.of("address_line_1", "A Resident", "address_line_2", "1 High St",
        "postcode", "NOT A POSTCODE")), 400, "ValidationError", "Must be a real UK postcode");
    assertError(letter(Map.of("address_line_1", "A Resident", "address_line_2", "1 High St",
        "postcode", "France")), 400, "ValidationError", "Must be a real UK postcode");
    assertError(letter(Map.of("address_line_1", "Sgt A Resident", "address_line_2", "BFPO 801",
        "postcode", "France")), 400, "ValidationError", "The last line of a BFPO address must not be a country.");
    assertError(letter(Map.of("address_line_1", "=A Resident", "address_line_2", "1 High St",
        "postcode", "SW1A 1AA")), 400, "ValidationError", "Address lines must not start with any of the following"
        + " characters: @ ( ) = [ ] \u201d \\ / , < >");
    assertError(letter(Map.of("address_line_1", "A Resident", "address_line_2", "No fixed abode",
        "postcode", "SW1A 1AA")), 400, "ValidationError", "Must be a real address");
    api.admin("POST", "/notify/settings", "{\"permissions\": [\"email\", \"sms\", \"letter\","
        + " \"international_letters\"]}");
    Resp france = letter(Map.of("address_line_1", "A Resident", "address_line_2", "1 Rue de Paris",
        "address_line_3", "France"));
    assertThat(france.status()).isEqualTo(201);
    Resp got = api.get(api.liveKey, "/v2/notifications/" + france.json().path("id").asText());
    assertThat(got.json().path("postage").asText()).isEqualTo("europe");
    assertError(letter(Map.of("address_line_1", "A Resident", "address_line_2", "1 High St",
        "postcode", "Atlantis")), 400, "ValidationError",
        "Last line of address must be a real UK postcode or another country");
  }

  @Test
  void messageLength() {
    Resp created = api.admin("POST", "/notify/templates", "{\"type\": \"sms\", \"body\": \"((text))\"}");
    Map<String, Object> body = smsBody("07700900123");
    body.put("template_id", created.json().path("id").asText());
    body.put("personalisation", Map.of("text", "x".repeat(919)));
    assertError(sms(body), 400, "BadRequestError", "Your message is too long. Text messages cannot be longer than"
        + " 918 characters. Your message is 919 characters long.");
    body.put("personalisation", Map.of("text", "  "));
    assertError(sms(body), 400, "BadRequestError", "Your message is empty.");
    body.put("personalisation", Map.of("text", "x".repeat(918)));
    assertThat(sms(body).status()).isEqualTo(201);
  }

  @Test
  void filesOnlyByEmail() {
    Map<String, Object> file = Map.of("file", Base64.getEncoder().encodeToString("a,b\n1,2\n".getBytes()),
        "filename", "report.csv", "retention_period", "4 weeks", "confirm_email_before_download", true);
    Map<String, Object> sms = smsBody("07700900123");
    sms.put("personalisation", Map.of("name", file));
    assertError(sms(sms), 400, "BadRequestError", "Can only send a file by email");

    Resp ok = api.post(api.liveKey, "/v2/notifications/email", Map.of("email_address", "resident@example.com",
        "template_id", api.emailTemplate, "personalisation", Map.of("name", file)));
    assertThat(ok.status()).isEqualTo(201);
    String link = ok.json().path("content").path("body").asText().replaceAll("(?s).*?(http\\S+/documents/\\S+).*",
        "$1").replace(",", "");
    assertThat(link).contains("/_sandbox/notify/documents/");
    Resp doc = api.request("GET", link.substring(api.sandbox.baseUrl().length()), null, null);
    assertThat(doc.body()).isEqualTo("a,b\n1,2\n");

  }

  @Test
  void unsubscribeUrlMustBeHttps() {
    Resp r = api.post(api.liveKey, "/v2/notifications/email", Map.of("email_address", "resident@example.com",
        "template_id", api.emailTemplate, "personalisation", Map.of("name", "Sam"),
        "one_click_unsubscribe_url", "http://example.com/unsub"));
    assertError(r, 400, "ValidationError", "one_click_unsubscribe_url is not a valid https url");
    Resp ok = api.post(api.liveKey, "/v2/notifications/email", Map.of("email_address", "resident@example.com",
        "template_id", api.emailTemplate, "personalisation", Map.of("name", "Sam"),
        "one_click_unsubscribe_url", "https://example.com/unsub"));
    assertThat(ok.json().path("content").path("one_click_unsubscribe_url").asText())
        .isEqualTo("https://example.com/unsub");
  }

  @Test
  void smokeTestRecipientsAreAcceptedButNotStored() {
    for (String email : List.of("simulate-delivered@notifications.service.gov.uk",
        "simulate-delivered-3@notifications.service.gov.uk")) {
      Resp r = api.sendEmail(api.liveKey, email);
      assertThat(r.status()).isEqualTo(201);
      assertThat(api.get(api.liveKey, "/v2/notifications/" + r.json().path("id").asText()).status()).isEqualTo(404);
    }
    for (String phone : List.of("07700900000", "07700900111", "+447700900222")) {
      Resp r = api.sendSms(api.teamKey, phone);
      assertThat(r.status()).isEqualTo(201);
      Resp got = api.get(api.teamKey, "/v2/notifications/" + r.json().path("id").asText());
      assertError(got, 404, "NoResultFound", "No result found");
    }
    assertThat(api.get(api.liveKey, "/v2/notifications").json().path("notifications").size()).isZero();
  }

  @Test
  void listValuesBecomeBulletLists() {
    Resp r = api.post(api.liveKey, "/v2/notifications/email", Map.of("email_address", "resident@example.com",
        "template_id", api.emailTemplate, "personalisation", Map.of("name", List.of("bins", "parking"))));
    assertThat(r.json().path("content").path("body").asText()).contains("\n\n* bins\n* parking\n");
  }
}
