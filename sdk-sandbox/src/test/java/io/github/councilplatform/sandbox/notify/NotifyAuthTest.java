package io.github.councilplatform.sandbox.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import io.github.councilplatform.sandbox.notify.NotifyApi.Resp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class NotifyAuthTest {
  private NotifyApi api;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    api = new NotifyApi(sandbox);
  }

  private Resp templatesWith(String authorization) {
    return api.request("GET", "/v2/templates", authorization, null);
  }

  private void assertAuthError(Resp r, int status, String message) {
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.json().path("status_code").asInt()).isEqualTo(status);
    assertThat(r.errorType()).isEqualTo("AuthError");
    assertThat(r.message()).isEqualTo(message);
  }

  @Test
  void seededKeysHaveNotifysFormatAndShareOneService() {
    for (String key : new String[] {api.liveKey, api.teamKey, api.testKey}) {
      assertThat(key).matches("[a-z_]+-[0-9a-f-]{36}-[0-9a-f-]{36}");
    }
    assertThat(NotifyApi.serviceId(api.liveKey)).isEqualTo(NotifyApi.serviceId(api.testKey))
        .isEqualTo(NotifyApi.serviceId(api.teamKey));
    assertThat(api.get(api.liveKey, "/v2/templates").status()).isEqualTo(200);
    assertThat(api.get(api.teamKey, "/v2/templates").status()).isEqualTo(200);
    assertThat(api.get(api.testKey, "/v2/templates").status()).isEqualTo(200);
  }

  @Test
  void missingHeaderIs401() {
    assertAuthError(templatesWith(null), 401, "Unauthorized: authentication token must be provided");
  }

  @Test
  void otherSchemeIs401() {
    assertAuthError(templatesWith("Basic " + api.jwt(api.liveKey)), 401,
        "Unauthorized: authentication bearer scheme must be used");
  }

  @Test
  void garbageTokenIs403WithTheDocsLink() {
    assertAuthError(templatesWith("Bearer not-a-jwt"), 403, "Invalid token: make sure your API token matches the"
        + " example at https://docs.notifications.service.gov.uk/rest-api.html#authorisation-header");
  }

  @Test
  void missingIssuer() {
    String token = NotifyApi.jwt(null, NotifyApi.secret(api.liveKey), api.sandbox.clock().instant(),
        JWSAlgorithm.HS256);
    assertAuthError(templatesWith("Bearer " + token), 403, "Invalid token: iss field not provided");
  }

  @Test
  void issuerNotAUuid() {
    String token = NotifyApi.jwt("council", NotifyApi.secret(api.liveKey), api.sandbox.clock().instant(),
        JWSAlgorithm.HS256);
    assertAuthError(templatesWith("Bearer " + token), 403, "Invalid token: service id is not the right data type");
  }

  @Test
  void unknownService() {
    String token = NotifyApi.jwt(UUID.randomUUID().toString(), NotifyApi.secret(api.liveKey),
        api.sandbox.clock().instant(), JWSAlgorithm.HS256);
    assertAuthError(templatesWith("Bearer " + token), 403, "Invalid token: service not found");
  }

  @Test
  void wrongSecretIsApiKeyNotFound() {
    String token = NotifyApi.jwt(NotifyApi.serviceId(api.liveKey), UUID.randomUUID().toString(),
        api.sandbox.clock().instant(), JWSAlgorithm.HS256);
    assertAuthError(templatesWith("Bearer " + token), 403, "Invalid token: API key not found");
  }

  @Test
  void missingIatIsApiKeyNotFound() {
    String token = NotifyApi.jwt(NotifyApi.serviceId(api.liveKey), NotifyApi.secret(api.liveKey), null,
        JWSAlgorithm.HS256);
    assertAuthError(templatesWith("Bearer " + token), 403, "Invalid token: API key not found");
  }

  @Test
  void otherAlgorithm() {
    String token = NotifyApi.jwt(NotifyApi.serviceId(api.liveKey), NotifyApi.secret(api.liveKey).repeat(2),
        api.sandbox.clock().instant(), JWSAlgorithm.HS512);
    assertAuthError(templatesWith("Bearer " + token), 403, "Invalid token: algorithm used is not HS256");
  }

  @Test
  void unsignedTokenIsTheWrongAlgorithm() {
    com.nimbusds.jwt.PlainJWT plain = new com.nimbusds.jwt.PlainJWT(new com.nimbusds.jwt.JWTClaimsSet.Builder()
        .issuer(NotifyApi.serviceId(api.liveKey)).issueTime(java.util.Date.from(api.sandbox.clock().instant()))
        .build());
    assertAuthError(templatesWith("Bearer " + plain.serialize()), 403, "Invalid token: algorithm used is not HS256");
  }

  @Test
  void iatMustBeWithinThirtySecondsOfTheClock() {
    String key = api.liveKey;
    Instant now = api.sandbox.clock().instant();
    String clockError = "Error: Your system clock must be accurate to within 30 seconds";
    assertAuthError(templatesWith("Bearer " + token(key, now.minusSeconds(31))), 403, clockError);
    assertAuthError(templatesWith("Bearer " + token(key, now.plusSeconds(40))), 403, clockError);
    assertThat(templatesWith("Bearer " + token(key, now.minusSeconds(20))).status()).isEqualTo(200);
  }

  /**
   * The sandbox clock moves the platform, never its callers: once it has moved, a token signed on the host's
   * wall clock and one signed on the sandbox clock both pass, and one 30 s off both still gets the real error
   * (notifications-python-client authentication.py:115-130, as pinned by notifications-api).
   */
  @Test
  void afterTheClockMovesRealTimeAndSandboxTimeAreBothAccepted() {
    String key = api.liveKey;
    api.sandbox.advanceClock(Duration.ofHours(1));
    Instant real = api.sandbox.clock().realInstant();
    Instant moved = api.sandbox.clock().instant();
    String clockError = "Error: Your system clock must be accurate to within 30 seconds";
    assertThat(templatesWith("Bearer " + token(key, real)).status()).isEqualTo(200);
    assertThat(templatesWith("Bearer " + token(key, moved)).status()).isEqualTo(200);
    assertThat(templatesWith("Bearer " + token(key, real.plusSeconds(20))).status()).isEqualTo(200);
    assertAuthError(templatesWith("Bearer " + token(key, real.minusSeconds(31))), 403, clockError);
    // iat is in whole seconds, truncated: a future one keeps clear of the boundary.
    assertAuthError(templatesWith("Bearer " + token(key, moved.plusSeconds(35))), 403, clockError);
    assertAuthError(templatesWith("Bearer " + token(key, real.plusSeconds(1800))), 403, clockError);
  }

  private static String token(String key, Instant iat) {
    return NotifyApi.jwt(NotifyApi.serviceId(key), NotifyApi.secret(key), iat, JWSAlgorithm.HS256);
  }

  /** A token with these claims (raw JSON), HS256-signed with the live key's secret. */
  private String signed(String claimsJson) throws Exception {
    com.nimbusds.jose.JWSObject jws = new com.nimbusds.jose.JWSObject(
        new com.nimbusds.jose.JWSHeader(JWSAlgorithm.HS256), new com.nimbusds.jose.Payload(claimsJson));
    jws.sign(new com.nimbusds.jose.crypto.MACSigner(
        NotifyApi.secret(api.liveKey).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return jws.serialize();
  }

  /** app/authentication/auth.py:176-186: the first 7 characters, title-cased, must be "Bearer ". */
  @Test
  void schemeIsTheFirstSevenCharacters() throws Exception {
    String token = signed("{\"iss\":\"" + NotifyApi.serviceId(api.liveKey) + "\",\"iat\":"
        + api.sandbox.clock().instant().getEpochSecond() + "}");
    assertThat(templatesWith("BEARER " + token).status()).isEqualTo(200);
    assertAuthError(templatesWith("Bearer\t" + token), 401, "Unauthorized: authentication bearer scheme must be used");
    // Two spaces: the token is " eyJ…"; PyJWT still reads its issuer, but the signature over " eyJ…" fails.
    assertAuthError(templatesWith("Bearer  " + token), 403, "Invalid token: API key not found");
  }

  /** auth.py:88-93 uuid.UUID(issuer): other spellings of the service id are the same service; null is not. */
  @Test
  void issuerIsReadAsPythonReadsAUuid() throws Exception {
    long now = api.sandbox.clock().instant().getEpochSecond();
    String id = NotifyApi.serviceId(api.liveKey);
    String braced = "{" + id.replace("-", "").toUpperCase(java.util.Locale.ROOT) + "}";
    assertThat(templatesWith("Bearer " + signed("{\"iss\":\"" + braced + "\",\"iat\":" + now + "}")).status())
        .isEqualTo(200);
    assertAuthError(templatesWith("Bearer " + signed("{\"iss\":null,\"iat\":" + now + "}")), 403,
        "Invalid token: service id is not the right data type");
  }

  /**
   * notifications-python-client authentication.py decode_jwt_token: PyJWT checks exp and nbf with 30 s leeway; an
   * expired token gets the general message, a not-yet-valid one the clock message.
   */
  @Test
  void expAndNbfAreCheckedWithThirtySecondsLeeway() throws Exception {
    long now = api.sandbox.clock().instant().getEpochSecond();
    String iss = "\"iss\":\"" + NotifyApi.serviceId(api.liveKey) + "\",\"iat\":" + now;
    assertAuthError(templatesWith("Bearer " + signed("{" + iss + ",\"exp\":" + (now - 31) + "}")), 403,
        "Invalid token: make sure your API token matches the example at "
            + "https://docs.notifications.service.gov.uk/rest-api.html#authorisation-header");
    assertThat(templatesWith("Bearer " + signed("{" + iss + ",\"exp\":" + (now + 60) + "}")).status())
        .isEqualTo(200);
    assertAuthError(templatesWith("Bearer " + signed("{" + iss + ",\"nbf\":" + (now + 60) + "}")), 403,
        "Error: Your system clock must be accurate to within 30 seconds");
  }

  @Test
  void revokedKey() {
    assertThat(api.admin("POST", "/notify/keys/team/revoke", null).status()).isEqualTo(200);
    assertAuthError(api.get(api.teamKey, "/v2/templates"), 403, "Invalid token: API key revoked");
    assertThat(api.get(api.liveKey, "/v2/templates").status()).isEqualTo(200);
    api.admin("POST", "/reset", null);
    assertThat(api.get(api.teamKey, "/v2/templates").status()).isEqualTo(200);
  }

  @Test
  void authenticationComesBeforeValidation() {
    Resp r = api.request("POST", "/v2/notifications/sms", null, "{not json");
    assertThat(r.status()).isEqualTo(401);
  }

  @Test
  void unknownPathsAreFlask404sAndWrongMethods405() {
    Resp r = api.get(api.liveKey, "/v2/nothing-here");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().path("result").asText()).isEqualTo("error");
    assertThat(api.request("DELETE", "/v2/templates", null, null).status()).isEqualTo(405);
  }
}
