package io.github.councilplatform.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.councilplatform.notify.Fixtures.NOTIFICATION_ID;
import static io.github.councilplatform.notify.Fixtures.TEMPLATE_ID;
import static io.github.councilplatform.notify.NotifyTestSupport.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.councilplatform.core.ApiError;
import io.github.councilplatform.core.ApiException;
import io.github.councilplatform.core.AuthenticationException;
import io.github.councilplatform.core.InvalidRequestException;
import io.github.councilplatform.core.NotFoundException;
import io.github.councilplatform.core.OutcomeUnknownException;
import io.github.councilplatform.core.RateLimitedException;
import io.github.councilplatform.core.RetryOptions;
import io.github.councilplatform.core.ServerException;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error shape of notify.md 2.5 becomes the typed exception, with Notify's errors parsed. */
class ErrorResponsesTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort()).failOnUnmatchedRequests(true).build();

  private final FakeTime time = new FakeTime(START);

  static Stream<Arguments> catalogue() {
    return Stream.of(
        Arguments.of(400, "ValidationError", "phone_number Not enough digits", InvalidRequestException.class),
        Arguments.of(400, "ValidationError", "template_id is a required property", InvalidRequestException.class),
        Arguments.of(400, "ValidationError", "Must be a real UK postcode", InvalidRequestException.class),
        Arguments.of(400, "BadRequestError", "Missing personalisation: name", InvalidRequestException.class),
        Arguments.of(400, "BadRequestError", "Can’t send to this recipient using a team-only API key",
            InvalidRequestException.class),
        Arguments.of(400, "PDFNotReadyError", "PDF not available yet, try again later", InvalidRequestException.class),
        Arguments.of(400, "InvalidPhoneError", "Not a UK mobile number", InvalidRequestException.class),
        Arguments.of(400, "InvalidEmailError", "Not a valid email address", InvalidRequestException.class),
        Arguments.of(401, "AuthError", "Unauthorized: authentication token must be provided",
            AuthenticationException.class),
        Arguments.of(401, "AuthError", "Unauthorized: authentication bearer scheme must be used",
            AuthenticationException.class),
        Arguments.of(403, "AuthError", "Error: Your system clock must be accurate to within 30 seconds",
            AuthenticationException.class),
        Arguments.of(403, "AuthError", "Invalid token: API key not found", AuthenticationException.class),
        Arguments.of(403, "AuthError", "Invalid token: API key revoked", AuthenticationException.class),
        Arguments.of(403, "BadRequestError", "Cannot send letters with a team api key", AuthenticationException.class),
        Arguments.of(404, "NoResultFound", "No result found", NotFoundException.class),
        Arguments.of(429, "RateLimitError", "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds",
            RateLimitedException.class),
        Arguments.of(429, "TooManyRequestsError", "Exceeded send limits (sms: 250000) for today",
            RateLimitedException.class),
        Arguments.of(500, "Exception", "Internal server error", ServerException.class),
        Arguments.of(504, "EventletTimeout", "Timeout serving request", ServerException.class));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("catalogue")
  void readErrorsBecomeTypedExceptions(int status, String type, String message, Class<? extends ApiException> kind) {
    NotifyClient notify = NotifyTestSupport.builder(wm, time).retry(RetryOptions.disabled()).build();
    wm.stubFor(get("/v2/notifications/" + NOTIFICATION_ID).willReturn(error(status, type, message)));

    Throwable t = catchThrowable(() -> notify.getNotification(UUID.fromString(NOTIFICATION_ID)));

    assertThat(t).isInstanceOf(kind);
    ApiException e = (ApiException) t;
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.errorCode()).contains(type);
    assertThat(e.errors()).containsExactly(new ApiError(type, message, null));
    assertThat(e.getMessage()).contains("GOV.UK Notify").contains(type);
  }

  @Test
  void severalValidationErrorsAreAllKept() {
    NotifyClient notify = NotifyTestSupport.client(wm, time);
    wm.stubFor(post("/v2/notifications/sms").willReturn(aResponse().withStatus(400).withBody("""
        {"status_code": 400, "errors": [
          {"error": "ValidationError", "message": "phone_number Not enough digits"},
          {"error": "ValidationError", "message": "reference 1234 is too long"}]}""")));

    InvalidRequestException e = (InvalidRequestException) catchThrowable(() -> notify.sendSms(sms()));

    assertThat(e.errors()).extracting(ApiError::message)
        .containsExactly("phone_number Not enough digits", "reference 1234 is too long");
    assertThat(e.isRetryable()).isFalse();
    wm.verify(1, postRequestedFor(urlEqualTo("/v2/notifications/sms")));
  }

  @Test
  void clockSkewIsRecognisable() {
    NotifyClient notify = NotifyTestSupport.client(wm, time);
    wm.stubFor(get("/v2/notifications/" + NOTIFICATION_ID).willReturn(error(403, "AuthError",
        "Error: Your system clock must be accurate to within 30 seconds")));

    Throwable t = catchThrowable(() -> notify.getNotification(UUID.fromString(NOTIFICATION_ID)));

    assertThat(NotifyErrorTypes.isClockSkew(t)).isTrue();
    assertThat(NotifyErrorTypes.isClockSkew(new RuntimeException("clock"))).isFalse();
    wm.verify(1, getRequestedFor(urlEqualTo("/v2/notifications/" + NOTIFICATION_ID)));
  }

  @Test
  void pdfNotReadyIsRecognisable() {
    NotifyClient notify = NotifyTestSupport.client(wm, time);
    wm.stubFor(get("/v2/notifications/" + NOTIFICATION_ID + "/pdf").willReturn(error(400, "PDFNotReadyError",
        "PDF not available yet, try again later")));

    Throwable t = catchThrowable(() -> notify.getLetterPdf(UUID.fromString(NOTIFICATION_ID)));

    assertThat(NotifyErrorTypes.isPdfNotReady(t)).isTrue();
  }

  @Test
  void anErrorWithNoBodyIsStillTyped() {
    NotifyClient notify = NotifyTestSupport.client(wm, time);
    wm.stubFor(get("/v2/notifications/" + NOTIFICATION_ID).willReturn(aResponse().withStatus(404)));

    Throwable t = catchThrowable(() -> notify.getNotification(UUID.fromString(NOTIFICATION_ID)));

    assertThat(t).isInstanceOf(NotFoundException.class).hasMessageContaining("empty body");
  }

  @Test
  void aServerErrorOnASendIsAnUnknownOutcomeWithTheReference() {
    NotifyClient notify = NotifyTestSupport.client(wm, time);
    wm.stubFor(post("/v2/notifications/sms").willReturn(error(500, "Exception", "Internal server error")));

    OutcomeUnknownException e = (OutcomeUnknownException) catchThrowable(() -> notify.sendSms(sms()));

    assertThat(e.reference()).contains("permit-42");
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.getCause()).isInstanceOf(ServerException.class);
    wm.verify(1, postRequestedFor(urlEqualTo("/v2/notifications/sms")));
  }

  static SmsRequest sms() {
    return SmsRequest.builder().templateId(UUID.fromString(TEMPLATE_ID)).phoneNumber("07700900123")
        .reference("permit-42").build();
  }

  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, String type,
      String message) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody("{\"status_code\": " + status + ", \"errors\": [{\"error\": \"" + type + "\", \"message\": \""
            + message + "\"}]}");
  }
}
