package io.github.councilplatform.notify;

/** Response bodies shaped exactly as Notify's source emits them (notify.md 2.4). */
final class Fixtures {
  static final String NOTIFICATION_ID = "740e5834-3a29-46b4-9a6f-16142fde533a";
  static final String TEMPLATE_ID = "f33517ff-2a88-4f6e-b855-c550268ce08a";

  private Fixtures() {}

  static String template(String id, int version) {
    return """
        {"id": "%s", "version": %d,
         "uri": "https://api.notifications.service.gov.uk/services/26785a09-ab16-4eb0-8407-a37497a57506/templates/%s"}
        """.formatted(id, version, id);
  }

  static final String SMS_RESPONSE = """
      {"id": "%s", "reference": "permit-42",
       "uri": "https://api.notifications.service.gov.uk/v2/notifications/%s",
       "template": %s, "scheduled_for": null,
       "content": {"body": "Hello Amala, your permit is ready", "from_number": "COUNCIL"}}
      """.formatted(NOTIFICATION_ID, NOTIFICATION_ID, template(TEMPLATE_ID, 3));

  static final String EMAIL_RESPONSE = """
      {"id": "%s", "reference": "permit-43",
       "uri": "https://api.notifications.service.gov.uk/v2/notifications/%s",
       "template": %s, "scheduled_for": null,
       "content": {"from_email": "parking@notifications.service.gov.uk", "body": "Dear Amala",
                   "subject": "Your permit", "one_click_unsubscribe_url": "https://council.example/unsub?u=1"},
       "sanitised_content": {"comment": {"unsanitised": "see [x](http://evil)", "sanitised": "see \\\\[x\\\\]"}}}
      """.formatted(NOTIFICATION_ID, NOTIFICATION_ID, template(TEMPLATE_ID, 1));

  static final String LETTER_RESPONSE = """
      {"id": "%s", "reference": "letter-1",
       "uri": "https://api.notifications.service.gov.uk/v2/notifications/%s",
       "template": %s, "scheduled_for": null,
       "content": {"body": "Dear resident", "subject": "Council tax"}}
      """.formatted(NOTIFICATION_ID, NOTIFICATION_ID, template(TEMPLATE_ID, 2));

  static final String PRECOMPILED_RESPONSE = """
      {"id": "%s", "reference": "pdf-1", "postage": "first"}
      """.formatted(NOTIFICATION_ID);

  static String notification(String id, String status) {
    return """
        {"id": "%s", "reference": "permit-42", "email_address": null, "phone_number": "07700900123",
         "line_1": null, "line_2": null, "line_3": null, "line_4": null, "line_5": null, "line_6": null,
         "postcode": null, "type": "sms", "status": "%s", "template": %s,
         "body": "Hello Amala", "subject": null, "created_at": "2026-05-17T09:58:38.342838Z",
         "created_by_name": null, "sent_at": "2026-05-17T09:58:40.000000Z", "completed_at": null,
         "scheduled_for": null, "postage": null, "one_click_unsubscribe_url": null,
         "is_cost_data_ready": true, "cost_in_pounds": 0.0227,
         "cost_details": {"billable_sms_fragments": 1, "international_rate_multiplier": 1.0, "sms_rate": 0.0227}}
        """.formatted(id, status, template(TEMPLATE_ID, 3));
  }

  static final String LETTER_NOTIFICATION = """
      {"id": "%s", "reference": null, "email_address": null, "phone_number": null,
       "line_1": "Amala Smith", "line_2": "1 High Street", "line_3": "Townton", "line_4": null, "line_5": null,
       "line_6": null, "postcode": "SW1A 1AA", "type": "letter", "status": "accepted", "template": %s,
       "body": "Dear resident", "subject": "Council tax", "created_at": "2026-05-17T09:58:38.342838Z",
       "created_by_name": null, "sent_at": null, "completed_at": null, "scheduled_for": null,
       "postage": "second", "one_click_unsubscribe_url": null, "estimated_delivery": "2026-05-21T15:00:00.000000Z",
       "is_cost_data_ready": false, "cost_in_pounds": null, "cost_details": {}}
      """.formatted(NOTIFICATION_ID, template(TEMPLATE_ID, 2));

  static final String TEMPLATE = """
      {"id": "%s", "type": "letter", "created_at": "2026-01-02T10:00:00.000000Z",
       "updated_at": "2026-02-03T11:00:00.000000Z", "created_by": "officer@council.example", "version": 4,
       "body": "Dear ((name))", "subject": "Council tax", "name": "Council tax reminder",
       "personalisation": {"name": {"required": true}}, "postage": "first",
       "letter_contact_block": "Town Hall"}
      """.formatted(TEMPLATE_ID);

  static final String PREVIEW = """
      {"id": "%s", "type": "letter", "version": 4, "body": "Dear Amala", "subject": "Council tax",
       "html": null, "postage": "economy"}
      """.formatted(TEMPLATE_ID);
}
