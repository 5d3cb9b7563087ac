package io.github.councilplatform.notify.bulk;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.councilplatform.core.RetryOptions;
import io.github.councilplatform.core.Sleeper;
import io.github.councilplatform.notify.NotifyClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Notify's responses and a fake clock for the bulk sender's tests. */
final class BulkFixtures {
  static final String API_KEY = "council_test-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0";
  static final UUID EMAIL_TEMPLATE = UUID.fromString("f33517ff-2a88-4f6e-b855-c550268ce08a");
  static final UUID SMS_TEMPLATE = UUID.fromString("0a8f4d63-7d5c-4a89-9d55-0d9ef3c54e11");
  static final UUID LETTER_TEMPLATE = UUID.fromString("5b7c0e1a-4b8e-4c1f-9a30-6f1d2e3c4b5a");
  static final String NOTIFICATION_ID = "740e5834-3a29-46b4-9a6f-16142fde533a";
  static final Instant START = Instant.parse("2026-05-17T10:00:00Z");

  private BulkFixtures() {}

  static String template(UUID id, String type, String body) {
    return """
        {"id": "%s", "type": "%s", "created_at": "2026-01-02T10:00:00.000000Z", "updated_at": null,
         "created_by": "officer@council.example", "version": 1, "body": "%s", "subject": %s,
         "name": "Council tax reminder", "personalisation": {"name": {"required": true},
         "amount_due": {"required": true}}, "postage": null, "letter_contact_block": null}
        """.formatted(id, type, body, "sms".equals(type) ? "null" : "\"Council tax\"");
  }

  static void stubTemplates(WireMockExtension wm) {
    wm.stubFor(get("/v2/template/" + EMAIL_TEMPLATE).willReturn(okJson(template(EMAIL_TEMPLATE, "email",
        "Dear ((name)), you owe ((amount_due))"))));
    wm.stubFor(get("/v2/template/" + SMS_TEMPLATE).willReturn(okJson(template(SMS_TEMPLATE, "sms",
        "((Name)): you owe ((Amount Due))"))));
    wm.stubFor(get("/v2/template/" + LETTER_TEMPLATE).willReturn(okJson(template(LETTER_TEMPLATE, "letter",
        "Dear ((name)), ((amount_due))"))));
  }

  static String sent(String type, String reference) {
    String content = switch (type) {
      case "email" -> "{\"from_email\": \"council@notifications.service.gov.uk\", \"body\": \"Dear A\","
          + " \"subject\": \"Council tax\"}";
      case "sms" -> "{\"body\": \"Dear A\", \"from_number\": \"COUNCIL\"}";
      default -> "{\"body\": \"Dear A\", \"subject\": \"Council tax\"}";
    };
    return """
        {"id": "%s", "reference": "%s", "uri": "https://api.notifications.service.gov.uk/v2/notifications/%s",
         "template": {"id": "%s", "version": 1, "uri": "https://example/t"}, "scheduled_for": null,
         "content": %s}
        """.formatted(NOTIFICATION_ID, reference, NOTIFICATION_ID, EMAIL_TEMPLATE, content);
  }

  static String listing(String reference, boolean found) {
    if (!found) {
      return "{\"notifications\": [], \"links\": {\"current\": \"https://example/v2/notifications\"}}";
    }
    return """
        {"notifications": [{"id": "%s", "reference": "%s", "email_address": "a@example.com", "phone_number": null,
         "line_1": null, "line_2": null, "line_3": null, "line_4": null, "line_5": null, "line_6": null,
         "postcode": null, "type": "email", "status": "delivered",
         "template": {"id": "%s", "version": 1, "uri": "https://example/t"},
         "body": "Dear A", "subject": "Council tax", "created_at": "2026-05-17T09:58:38.342838Z",
         "created_by_name": null, "sent_at": null, "completed_at": null, "scheduled_for": null, "postage": null,
         "one_click_unsubscribe_url": null, "is_cost_data_ready": false, "cost_in_pounds": null,
         "cost_details": {}}],
         "links": {"current": "https://example/v2/notifications"}}
        """.formatted(NOTIFICATION_ID, reference, EMAIL_TEMPLATE);
  }

  static NotifyClient client(WireMockExtension wm, FakeClock time, int attempts) {
    return NotifyClient.builder().apiKey(API_KEY).baseUrl(wm.baseUrl()).clock(time).sleeper(time)
        .retry(RetryOptions.builder().maxAttempts(attempts).build()).build();
  }

  static Path csv(Path dir, String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  /** A clock that moves only when something sleeps on it. */
  static final class FakeClock extends Clock implements Sleeper {
    private Instant now;
    final List<Duration> sleeps = new ArrayList<>();

    FakeClock(Instant start) {
      this.now = start;
    }

    @Override
    public synchronized void sleep(Duration d) {
      sleeps.add(d);
      if (!d.isNegative()) {
        now = now.plus(d);
      }
    }

    synchronized void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public synchronized Instant instant() {
      return now;
    }
  }
}
