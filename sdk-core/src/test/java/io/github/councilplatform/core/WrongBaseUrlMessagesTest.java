package io.github.councilplatform.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.councilplatform.core.internal.ApiRequest;
import io.github.councilplatform.core.internal.HttpTransport;
import io.github.councilplatform.core.internal.PlatformRules;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 19 item 7: API errors name the method, path and base URL, and point at a wrong base URL. */
class WrongBaseUrlMessagesTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort())
      .failOnUnmatchedRequests(true)
      .build();

  private HttpTransport transport(String base) {
    FakeTime time = new FakeTime();
    return TestClient.builder().baseUrl(base).clock(time).sleeper(time).rules(PlatformRules.named("GOV.UK Notify"))
        .retry(RetryOptions.disabled()).circuitBreaker(CircuitBreakerOptions.disabled()).build();
  }

  @Test
  void aNotFoundWithNoPlatformCodeOnABaseUrlWithAPathSaysToCheckTheBaseUrl() {
    // What Notify answers for an unknown route: a message but no error code.
    wm.stubFor(get(urlEqualTo("/v2/v2/notifications")).willReturn(aResponse().withStatus(404)
        .withBody("{\"result\":\"error\",\"message\":\"The requested URL was not found on the server.\"}")));

    NotFoundException e = catchThrowableOfType(NotFoundException.class,
        () -> transport(wm.baseUrl() + "/v2").execute(ApiRequest.get("/v2/notifications").build()));

    assertThat(e.getMessage())
        .contains("GET /v2/v2/notifications")
        .contains("base URL " + wm.baseUrl() + "/v2")
        .contains("it ends in /v2")
        .contains("The requested URL was not found on the server.")
        .doesNotContain("null:");
  }

  @Test
  void anHtmlAnswerSaysItDidNotComeFromTheApiInsteadOfFixTheRequest() {
    wm.stubFor(post(urlEqualTo("/v2/notifications/sms")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "text/html").withBody("<!DOCTYPE html><html><body>Bad request</body></html>")));

    InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> transport(wm.baseUrl())
        .execute(ApiRequest.post("/v2/notifications/sms").jsonBody(Map.of()).build()));

    assertThat(e.getMessage())
        .contains("POST /v2/notifications/sms")
        .contains("an HTML page")
        .contains("not GOV.UK Notify's JSON")
        .contains("Check the base URL")
        .doesNotContain("Fix the request");
  }

  @Test
  void aNotFoundWithThePlatformsOwnCodeStillTalksAboutTheId() {
    wm.stubFor(get(urlEqualTo("/v1/payments/abc")).willReturn(aResponse().withStatus(404)
        .withBody("{\"code\":\"P0200\",\"description\":\"Not found\"}")));

    NotFoundException e = catchThrowableOfType(NotFoundException.class,
        () -> transport(wm.baseUrl()).execute(ApiRequest.get("/v1/payments/abc").build()));

    assertThat(e.getMessage()).contains("P0200: Not found").contains("Check the id belongs to this account");
  }

  @Test
  void anErrorWithoutACodeReadsWithoutNull() {
    assertThat(new ApiError(null, "Something failed", null)).hasToString("Something failed");
    assertThat(new ApiError("P0102", "Invalid", "amount")).hasToString("P0102 (amount): Invalid");
    assertThat(new ApiError("invalid_grant", null, null)).hasToString("invalid_grant");
  }
}
