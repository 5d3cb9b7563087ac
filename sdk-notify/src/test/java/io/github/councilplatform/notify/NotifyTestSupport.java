package io.github.councilplatform.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.github.councilplatform.core.RetryOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Shared fixtures: a test API key, a fake clock, and a check of Notify's JWT on recorded requests. */
final class NotifyTestSupport {
  static final String SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506";
  static final String SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";
  static final String API_KEY = "council_test-" + SERVICE_ID + "-" + SECRET;
  static final Instant START = Instant.parse("2026-05-17T10:00:00Z");

  private NotifyTestSupport() {}

  static NotifyClient.Builder builder(WireMockExtension wm, FakeTime time) {
    return NotifyClient.builder().apiKey(API_KEY).baseUrl(wm.baseUrl()).clock(time).sleeper(time)
        .retry(RetryOptions.builder().maxAttempts(3).build());
  }

  static NotifyClient client(WireMockExtension wm, FakeTime time) {
    return builder(wm, time).build();
  }

  /** Checks every recorded request carries a valid Notify JWT signed with the secret, iss = service id. */
  static void assertAllRequestsAuthenticated(WireMockExtension wm) {
    List<LoggedRequest> all = wm.getAllServeEvents().stream().map(e -> e.getRequest()).toList();
    assertThat(all).isNotEmpty();
    for (LoggedRequest r : all) {
      assertNotifyJwt(r.getHeader("Authorization"), null);
    }
  }

  /** Verifies a Notify JWT: HS256 over the secret's UTF-8 bytes, typ JWT, iss = service id, iat as given. */
  static void assertNotifyJwt(String authorization, Instant expectedIat) {
    assertThat(authorization).startsWith("Bearer ");
    try {
      SignedJWT jwt = SignedJWT.parse(authorization.substring(7));
      assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
      assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
      assertThat(jwt.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
      assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(SERVICE_ID);
      assertThat(jwt.getJWTClaimsSet().getIssueTime()).isNotNull();
      assertThat(jwt.getJWTClaimsSet().getClaims().keySet()).containsExactlyInAnyOrder("iss", "iat");
      if (expectedIat != null) {
        assertThat(jwt.getJWTClaimsSet().getIssueTime().toInstant()).isEqualTo(expectedIat);
      }
    } catch (Exception e) {
      throw new AssertionError("Not a valid Notify JWT: " + e, e);
    }
  }

  /**
   * Waits (really) until WireMock has finished a deliberately delayed response, so that it cannot leak into
   * the next test's unmatched-request check.
   */
  static void letDelayedResponsesFinish(Duration delay) {
    try {
      Thread.sleep(delay.toMillis() + 100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static Duration seconds(long s) {
    return Duration.ofSeconds(s);
  }
}
