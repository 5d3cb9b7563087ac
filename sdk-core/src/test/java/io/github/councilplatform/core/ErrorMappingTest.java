package io.github.councilplatform.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.councilplatform.core.internal.ApiRequest;
import io.github.councilplatform.core.internal.HttpTransport;
import io.github.councilplatform.core.internal.PlatformRules;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMappingTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort())
      .failOnUnmatchedRequests(true)
      .build();

  private final FakeTime time = new FakeTime();

  private HttpTransport transport() {
    return TestClient.builder().baseUrl(wm.baseUrl()).clock(time).sleeper(time)
        .retry(RetryOptions.disabled()).circuitBreaker(CircuitBreakerOptions.disabled())
        .rules(new PlatformRules() {
          @Override
          public String displayName() {
            return "GOV.UK Notify";
          }

          @Override
          public boolean resetsLater(int status, List<ApiError> errors) {
            return errors.stream().anyMatch(e -> "TooManyRequestsError".equals(e.code()));
          }
        }).build();
  }

  private CouncilPlatformException errorFor(int status, String body) {
    wm.stubFor(get(urlEqualTo("/x")).willReturn(aResponse().withStatus(status).withBody(body)));
    try {
      transport().execute(ApiRequest.get("/x").build());
    } catch (CouncilPlatformException e) {
      return e;
    }
    throw new AssertionError("no exception");
  }

  @Test
  void notifyErrorBodyListsEveryError() {
    CouncilPlatformException e = errorFor(400, "{\"status_code\": 400, \"errors\": ["
        + "{\"error\": \"ValidationError\", \"message\": \"phone_number is a required property\"},"
        + "{\"error\": \"ValidationError\", \"message\": \"template_id is not a valid UUID\"}]}");

    assertThat(e).isInstanceOfSatisfying(InvalidRequestException.class, ex -> {
      assertThat(ex.statusCode()).isEqualTo(400);
      assertThat(ex.errorCode()).contains("ValidationError");
      assertThat(ex.errors()).extracting(ApiError::message)
          .containsExactly("phone_number is a required property", "template_id is not a valid UUID");
      assertThat(ex.getMessage()).contains("GOV.UK Notify returned HTTP 400")
          .contains("phone_number is a required property").contains("Fix the request");
      assertThat(ex.requestId()).isPresent();
      assertThat(ex.isRetryable()).isFalse();
    });
  }

  @Test
  void notifyAuthErrorIsAuthentication() {
    CouncilPlatformException e = errorFor(403, "{\"status_code\": 403, \"errors\": [{\"error\": \"AuthError\","
        + " \"message\": \"Error: Your system clock must be accurate to within 30 seconds\"}]}");

    assertThat(e).isInstanceOfSatisfying(AuthenticationException.class, ex -> {
      assertThat(ex.errorCode()).contains("AuthError");
      assertThat(ex.getMessage()).contains("system clock");
    });
  }

  @Test
  void notifyDailyLimitResetsLaterAndIsNotRetryable() {
    CouncilPlatformException e = errorFor(429, "{\"status_code\": 429, \"errors\": [{\"error\":"
        + " \"TooManyRequestsError\", \"message\": \"Exceeded send limits (sms: 250000) for today\"}]}");

    assertThat(e).isInstanceOfSatisfying(RateLimitedException.class, ex -> {
      assertThat(ex.resetsLater()).isTrue();
      assertThat(ex.isRetryable()).isFalse();
    });
  }

  @Test
  void notifyPerMinuteLimitIsRetryable() {
    CouncilPlatformException e = errorFor(429, "{\"status_code\": 429, \"errors\": [{\"error\": \"RateLimitError\","
        + " \"message\": \"Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds\"}]}");

    assertThat(e).isInstanceOfSatisfying(RateLimitedException.class, ex -> {
      assertThat(ex.resetsLater()).isFalse();
      assertThat(ex.isRetryable()).isTrue();
      assertThat(ex.retryAfter()).isEmpty();
    });
  }

  @Test
  void payErrorBodyCarriesCodeAndField() {
    CouncilPlatformException e = errorFor(422, "{\"field\": \"amount\", \"code\": \"P0102\", \"description\":"
        + " \"Invalid attribute value: amount. Must be less than or equal to 10000000\"}");

    assertThat(e).isInstanceOfSatisfying(InvalidRequestException.class, ex -> {
      assertThat(ex.statusCode()).isEqualTo(422);
      assertThat(ex.errorCode()).contains("P0102");
      assertThat(ex.errors().get(0).fieldName()).contains("amount");
    });
  }

  @Test
  void payHeaderErrorNamesTheHeader() {
    CouncilPlatformException e = errorFor(400, "{\"header\": \"Idempotency-Key\", \"code\": \"P0102\","
        + " \"description\": \"Invalid header value\"}");

    assertThat(((ApiException) e).errors().get(0).field()).isEqualTo("Idempotency-Key");
  }

  @Test
  void payEmptyUnauthorizedBodyIsAuthentication() {
    CouncilPlatformException e = errorFor(401, "");

    assertThat(e).isInstanceOfSatisfying(AuthenticationException.class, ex -> {
      assertThat(ex.errors()).isEmpty();
      assertThat(ex.getMessage()).contains("empty body");
    });
  }

  @Test
  void payRateLimitIsRateLimited() {
    assertThat(errorFor(429, "{\"code\": \"P0900\", \"description\": \"Too many requests\"}"))
        .isInstanceOfSatisfying(RateLimitedException.class, ex -> assertThat(ex.errorCode()).contains("P0900"));
  }

  @Test
  void oauthErrorBodyIsParsed() {
    CouncilPlatformException e = errorFor(400, "{\"error\": \"invalid_grant\", \"error_description\":"
        + " \"Invalid grant\"}");

    assertThat(e).isInstanceOfSatisfying(InvalidRequestException.class, ex -> {
      assertThat(ex.errorCode()).contains("invalid_grant");
      assertThat(ex.errors().get(0).message()).isEqualTo("Invalid grant");
    });
  }

  @ParameterizedTest
  @CsvSource({
      "401, AuthenticationException", "403, AuthenticationException", "400, InvalidRequestException",
      "422, InvalidRequestException", "404, NotFoundException", "409, ConflictException", "412, ConflictException",
      "429, RateLimitedException", "500, ServerException", "502, ServerException", "503, ServerException",
      "504, ServerException", "402, ApiException"})
  void statusMapsToType(int status, String type) {
    assertThat(errorFor(status, "{}").getClass().getSimpleName()).isEqualTo(type);
  }

  @Test
  void errorBodyThatIsNotJsonCarriesTheRawText() {
    String html = "<html><body><h1>502 Bad Gateway</h1></body></html>";

    assertThat(errorFor(502, html)).isInstanceOfSatisfying(ServerException.class, ex -> {
      assertThat(ex.rawBody()).isEqualTo(html);
      assertThat(ex.getMessage()).contains("not JSON").contains("rawBody()");
    });
  }

  @Test
  void successBodyThatIsNotTheExpectedJsonIsUnexpectedResponse() {
    wm.stubFor(get(urlEqualTo("/x")).willReturn(aResponse().withStatus(200).withBody("<html>maintenance</html>")));

    assertThatThrownBy(() -> transport().execute(ApiRequest.get("/x").build(), Thing.class))
        .isInstanceOfSatisfying(UnexpectedResponseException.class, ex -> {
          assertThat(ex.rawBody()).isEqualTo("<html>maintenance</html>");
          assertThat(ex.statusCode()).isEqualTo(200);
          assertThat(ex.getMessage()).contains("Thing");
        });
  }

  @Test
  void jsonIsDecodedIntoRecordsWithSnakeCaseAndUnknownFieldsIgnored() {
    wm.stubFor(get(urlEqualTo("/x")).willReturn(okJson("{\"template_id\": \"abc\", \"added_later\": 1}")));

    Thing thing = transport().execute(ApiRequest.get("/x").build(), Thing.class);

    assertThat(thing.templateId()).isEqualTo("abc");
  }

  record Thing(String templateId) {}
}
