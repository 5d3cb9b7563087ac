package io.github.councilplatform.sandbox.notify;

import java.util.UUID;

/**
 * The random identities generated once per sandbox and kept across resets: the service, its three keys'
 * secrets, the seeded templates and its reply-to and sender ids.
 */
record NotifySeed(String serviceId, String liveSecret, String teamSecret, String testSecret,
    String emailTemplateId, String smsTemplateId, String letterTemplateId, String addressLetterTemplateId,
    String replyToId, String smsSenderId) {

  static NotifySeed random() {
    return new NotifySeed(uuid(), uuid(), uuid(), uuid(), uuid(), uuid(), uuid(), uuid(), uuid(), uuid());
  }

  private static String uuid() {
    return UUID.randomUUID().toString();
  }

  ApiKey liveKey() {
    return new ApiKey("sandbox_live", serviceId, liveSecret, KeyType.NORMAL);
  }

  ApiKey teamKey() {
    return new ApiKey("sandbox_team", serviceId, teamSecret, KeyType.TEAM);
  }

  ApiKey testKey() {
    return new ApiKey("sandbox_test", serviceId, testSecret, KeyType.TEST);
  }

  @Override
  public String toString() {
    return "NotifySeed{service=" + serviceId + ", secrets=***}";
  }
}
