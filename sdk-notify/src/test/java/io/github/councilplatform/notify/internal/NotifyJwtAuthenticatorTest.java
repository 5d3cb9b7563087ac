package io.github.councilplatform.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.github.councilplatform.core.ApiError;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotifyJwtAuthenticatorTest {
  private static final String SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506";
  private static final String SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";
  private static final NotifyApiKey KEY = NotifyApiKey.parse("k-" + SERVICE_ID + "-" + SECRET);

  @Test
  void theTokenIsHs256OverTheSecretsUtf8BytesWithIssAndIatOnly() throws Exception {
    Instant now = Instant.parse("2026-05-17T10:00:00.750Z");
    NotifyJwtAuthenticator auth = new NotifyJwtAuthenticator(KEY, Clock.fixed(now, ZoneOffset.UTC));

    String header = auth.headers().get("Authorization");

    SignedJWT jwt = SignedJWT.parse(header.substring("Bearer ".length()));
    assertThat(jwt.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
    assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(SERVICE_ID);
    assertThat(jwt.getJWTClaimsSet().getIssueTime().toInstant()).isEqualTo(Instant.parse("2026-05-17T10:00:00Z"));
    assertThat(jwt.getJWTClaimsSet().getClaims()).containsOnlyKeys("iss", "iat");
    assertThat(jwt.getHeader().toJSONObject()).containsOnlyKeys("alg", "typ");
  }

  @Test
  void theTokenIsByteForByteTheOneNimbusJwsObjectWouldSign() throws Exception {
    long iat = Instant.parse("2026-05-17T10:00:00Z").getEpochSecond();
    JWSObject expected = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
        new Payload("{\"iss\":\"" + SERVICE_ID + "\",\"iat\":" + iat + "}"));
    expected.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));

    String token = new NotifyJwtAuthenticator(KEY, Clock.systemUTC()).mint(iat);

    assertThat(token).isEqualTo(expected.serialize());
    // What Notify's server checks (notify.md 1.6): HS256 only, iss = the service id, iat in seconds.
    JWSObject parsed = JWSObject.parse(token);
    assertThat(parsed.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
    assertThat(parsed.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
    assertThat(parsed.getPayload().toJSONObject()).containsOnly(
        entry("iss", SERVICE_ID), entry("iat", iat));
  }

  @Test
  void aTokenIsReusedWithinItsSecondAndMintedAfresh() {
    Instant[] now = {Instant.parse("2026-05-17T10:00:00.100Z")};
    Clock clock = new Clock() {
      @Override
      public ZoneOffset getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now[0];
      }
    };
    NotifyJwtAuthenticator auth = new NotifyJwtAuthenticator(KEY, clock);

    String a = auth.headers().get("Authorization");
    now[0] = now[0].plusMillis(800);
    String b = auth.headers().get("Authorization");
    now[0] = now[0].plusMillis(200);
    String c = auth.headers().get("Authorization");

    assertThat(b).isSameAs(a);
    assertThat(c).isNotEqualTo(a);
    assertThat(auth.mint(Instant.parse("2026-05-17T10:00:01Z").getEpochSecond())).isEqualTo(c.substring(7));
    assertThat(auth.toString()).doesNotContain(SECRET);
  }

  @Test
  void onlyThePerMinuteRateLimitProvesASendWasNotProcessed() {
    List<ApiError> rate = List.of(new ApiError("RateLimitError", "Exceeded rate limit", null));
    List<ApiError> daily = List.of(new ApiError("TooManyRequestsError", "Exceeded send limits", null));
    assertThat(NotifyRules.INSTANCE.displayName()).isEqualTo("GOV.UK Notify");
    assertThat(NotifyRules.INSTANCE.rejectedBeforeProcessing(429, rate)).isTrue();
    assertThat(NotifyRules.INSTANCE.rejectedBeforeProcessing(429, daily)).isFalse();
    assertThat(NotifyRules.INSTANCE.rejectedBeforeProcessing(400, rate)).isFalse();
    assertThat(NotifyRules.INSTANCE.resetsLater(429, daily)).isTrue();
    assertThat(NotifyRules.INSTANCE.resetsLater(429, rate)).isFalse();
  }
}
