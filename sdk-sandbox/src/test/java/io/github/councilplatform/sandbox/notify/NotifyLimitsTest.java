package io.github.councilplatform.sandbox.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.notify.NotifyApi.Resp;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Runs on a frozen clock: time moves only when the test advances it. */
class NotifyLimitsTest {
  private static Sandbox sandbox;
  private NotifyApi api;

  @BeforeAll
  static void start() {
    sandbox = FrozenSandbox.start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @BeforeEach
  void setUp() {
    sandbox.reset();
    api = new NotifyApi(sandbox);
  }

  @Test
  void tokenBucketAllowsABurstThenRefillsOnTheSandboxClock() {
    // 30 a minute: bucket ceil(30/3)+1 = 11, so a burst of 10 (notifications-utils redis_client.py:209-220:
    // the token is taken first, and fewer than 1 left is refused); refilled in whole tokens at 0.5 a second.
    assertThat(api.admin("POST", "/notify/settings", "{\"rateLimit\": 30}").status()).isEqualTo(200);
    for (int i = 0; i < 10; i++) {
      assertThat(api.sendSms(api.liveKey, "07700900456").status()).as("send %d", i).isEqualTo(201);
    }
    Resp limited = api.sendSms(api.liveKey, "07700900456");
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.errorType()).isEqualTo("RateLimitError");
    assertThat(limited.message()).isEqualTo("Exceeded rate limit for key type LIVE of 30 requests per 60 seconds");
    // Each key type has its own bucket.
    assertThat(api.sendSms(api.testKey, "07700900456").status()).isEqualTo(201);
    // GETs are not rate limited.
    assertThat(api.get(api.liveKey, "/v2/notifications").status()).isEqualTo(200);
    // Two seconds bring one token, which the next request takes and leaves none: refused.
    api.sandbox.advanceClock(Duration.ofSeconds(2));
    assertThat(api.sendSms(api.liveKey, "07700900456").status()).isEqualTo(429);
    api.sandbox.advanceClock(Duration.ofSeconds(4));
    assertThat(api.sendSms(api.liveKey, "07700900456").status()).isEqualTo(201);
    assertThat(api.sendSms(api.liveKey, "07700900456").status()).isEqualTo(429);
  }

  /** At Notify's default 3,000 a minute the bucket holds 1,000 (TOKEN_BUCKET_MAX), so 999 pass at once. */
  @Test
  void defaultBurstIs999() {
    for (int i = 0; i < 999; i++) {
      Resp r = api.sendSms(api.testKey, "07700900000");
      assertThat(r.status()).as("send %d: %s", i, r.body()).isEqualTo(201);
    }
    Resp limited = api.sendSms(api.testKey, "07700900000");
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.message()).isEqualTo("Exceeded rate limit for key type TEST of 3000 requests per 60 seconds");
  }

  /** A templated letter checks the limits twice (app/v2/notifications/post_notifications.py:84, 115). */
  @Test
  void templatedLetterTakesTwoTokens() {
    api.admin("POST", "/notify/settings", "{\"rateLimit\": 15}"); // bucket 6: 5 tokens before refusal
    assertThat(api.sendLetter(api.liveKey).status()).isEqualTo(201);
    assertThat(api.sendLetter(api.liveKey).status()).isEqualTo(201);
    assertThat(api.sendSms(api.liveKey, "07700900456").status()).isEqualTo(201);
    assertThat(api.sendSms(api.liveKey, "07700900456").status()).isEqualTo(429);
  }

  @Test
  void rateLimitComesBeforeBodyValidation() {
    api.admin("POST", "/notify/settings", "{\"rateLimit\": 1}"); // bucket 2: one request
    assertThat(api.post(api.testKey, "/v2/notifications/sms", "{bad json").status()).isEqualTo(400);
    Resp r = api.post(api.testKey, "/v2/notifications/sms", "{bad json");
    assertThat(r.status()).isEqualTo(429);
    assertThat(r.message()).isEqualTo("Exceeded rate limit for key type TEST of 1 requests per 60 seconds");
  }

  @Test
  void dailyLimitPerChannelResetsAtMidnight() {
    api.admin("POST", "/notify/settings", "{\"dailyLimits\": {\"email\": 2, \"international_sms\": 1}}");
    assertThat(api.sendEmail(api.liveKey, "a@example.com").status()).isEqualTo(201);
    assertThat(api.sendEmail(api.liveKey, "a@example.com").status()).isEqualTo(201);
    Resp r = api.sendEmail(api.liveKey, "a@example.com");
    assertThat(r.status()).isEqualTo(429);
    assertThat(r.errorType()).isEqualTo("TooManyRequestsError");
    assertThat(r.message()).isEqualTo("Exceeded send limits (email: 2) for today");
    assertThat(api.sendSms(api.liveKey, "07700900456").status()).isEqualTo(201);
    assertThat(api.sendSms(api.liveKey, "+33 6 12 34 56 78").status()).isEqualTo(201);
    Resp intl = api.sendSms(api.liveKey, "+33 6 12 34 56 79");
    assertThat(intl.message()).isEqualTo("Exceeded send limits (international_sms: 1) for today");
    api.sandbox.advanceClock(Duration.ofDays(1));
    assertThat(api.sendEmail(api.liveKey, "a@example.com").status()).isEqualTo(201);
  }

  /**
   * Test keys never count against the daily limit and read a counter nothing increments
   * (app/notifications/process_notifications.py:199-201; notifications-utils clients/redis/__init__.py:6-15).
   */
  @Test
  void testKeySendsNeverCountAgainstTheDailyLimit() {
    api.admin("POST", "/notify/settings", "{\"dailyLimits\": {\"email\": 1}}");
    for (int i = 0; i < 3; i++) {
      assertThat(api.sendEmail(api.testKey, "a@example.com").status()).isEqualTo(201);
    }
    assertThat(api.sendEmail(api.liveKey, "a@example.com").status()).isEqualTo(201);
    assertThat(api.sendEmail(api.liveKey, "a@example.com").status()).isEqualTo(429);
    // The live allowance is used up; the test key still sends.
    assertThat(api.sendEmail(api.testKey, "a@example.com").status()).isEqualTo(201);
  }

  /** On a trial service a test key is held to DEFAULT_LIVE_SERVICE_RATE_LIMITS (validators.py get_daily_rate_limit_value). */
  @Test
  void testKeyOnATrialServiceUsesTheDefaultLiveLimits() {
    api.admin("POST", "/notify/settings", "{\"restricted\": true, \"dailyLimits\": {\"email\": 0}}");
    assertThat(api.sendEmail(api.testKey, "a@example.com").status()).isEqualTo(201);
    api.admin("POST", "/notify/settings", "{\"restricted\": false}");
    Resp r = api.sendEmail(api.testKey, "a@example.com");
    assertThat(r.status()).isEqualTo(429);
    assertThat(r.message()).isEqualTo("Exceeded send limits (email: 0) for today");
  }

  @Test
  void settingsAreValidated() {
    assertThat(api.admin("POST", "/notify/settings", "{\"dailyLimits\": {\"fax\": 1}}").status()).isEqualTo(400);
    assertThat(api.admin("POST", "/notify/settings", "{\"rateLimit\": 0}").status()).isEqualTo(400);
    assertThat(api.admin("POST", "/notify/settings", "{\"permissions\": [\"telepathy\"]}").status())
        .isEqualTo(400);
    assertThat(api.admin("GET", "/notify/settings", null).json().path("rateLimit").asInt()).isEqualTo(3000);
  }
}
