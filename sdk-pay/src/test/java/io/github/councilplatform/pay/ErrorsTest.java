package io.github.councilplatform.pay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.councilplatform.pay.Fixtures.AGREEMENT_ID;
import static io.github.councilplatform.pay.Fixtures.PAYMENT_ID;
import static io.github.councilplatform.pay.Fixtures.REFUND_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.github.councilplatform.core.ApiException;
import io.github.councilplatform.core.AuthenticationException;
import io.github.councilplatform.core.ConflictException;
import io.github.councilplatform.core.CouncilPlatformException;
import io.github.councilplatform.core.InvalidRequestException;
import io.github.councilplatform.core.NotFoundException;
import io.github.councilplatform.core.OutcomeUnknownException;
import io.github.councilplatform.core.RateLimitedException;
import io.github.councilplatform.core.RetryOptions;
import io.github.councilplatform.core.ServerException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** GOV.UK Pay's error-code table (reference/pay.md section 9) becomes the SDK's typed exceptions. */
class ErrorsTest extends PayWireMockTest {

  private static final Consumer<PayClient> CREATE = pay -> pay.createPayment(CreatePaymentRequest.builder()
      .amount(2500).reference("PCN-123").description("Parking fine").returnUrl("https://council.example/r").build());
  private static final Consumer<PayClient> CREATE_AGREEMENT_PAYMENT = pay -> pay.createPayment(
      CreatePaymentRequest.builder().amount(999).reference("GW-1").description("Garden waste")
          .agreementPayment(AGREEMENT_ID).build());
  private static final Consumer<PayClient> GET = pay -> pay.getPayment(PAYMENT_ID);
  private static final String PAYMENT = "/v1/payments/" + PAYMENT_ID;

  private static Arguments row(String code, Consumer<PayClient> call, String method, String path, int status,
      String body, Class<? extends CouncilPlatformException> type, String field) {
    return arguments(named(code + " " + status + " " + method + " " + path, call), method, path, status, body, type,
        code.startsWith("P") ? code : null, field);
  }

  private static String error(String code, String description) {
    return "{\"code\": \"" + code + "\", \"description\": \"" + description + "\"}";
  }

  static Stream<Arguments> table() {
    return Stream.of(
        row("empty-401", GET, "GET", PAYMENT, 401, "", AuthenticationException.class, null),
        row("P0940", GET, "GET", PAYMENT, 403, error("P0940", "Account is not fully configured."),
            AuthenticationException.class, null),
        row("P0200", GET, "GET", PAYMENT, 404, error("P0200", "Not found"), NotFoundException.class, null),
        row("P0900", GET, "GET", PAYMENT, 429, error("P0900", "Too many requests"), RateLimitedException.class, null),
        row("P0298", GET, "GET", PAYMENT, 500, error("P0298", "Downstream system error"), ServerException.class, null),
        row("P0101", CREATE, "POST", "/v1/payments", 400,
            "{\"field\": \"amount\", \"code\": \"P0101\", \"description\": \"Missing mandatory attribute: amount\"}",
            InvalidRequestException.class, "amount"),
        row("P0102", CREATE, "POST", "/v1/payments", 422, "{\"header\": \"Idempotency-Key\", \"code\": \"P0102\","
            + " \"description\": \"Header [Idempotency-Key] can have a size between 1 and 255\"}",
            InvalidRequestException.class, "Idempotency-Key"),
        row("P0920", CREATE, "POST", "/v1/payments", 400, error("P0920", "Request blocked by security rules."),
            InvalidRequestException.class, null),
        row("P0195", CREATE, "POST", "/v1/payments", 422, error("P0195", "MOTO API not enabled"),
            InvalidRequestException.class, null),
        row("P0942", CREATE_AGREEMENT_PAYMENT, "POST", "/v1/payments", 422,
            error("P0942", "Recurring card payments are currently disabled for this service."),
            InvalidRequestException.class, null),
        row("P0191", CREATE_AGREEMENT_PAYMENT, "POST", "/v1/payments", 409,
            error("P0191", "The Idempotency-Key has already been used to create a payment."),
            ConflictException.class, null),
        row("P0941", CREATE, "POST", "/v1/payments", 403, error("P0941", "Payment creation is disabled."),
            AuthenticationException.class, null),
        row("P0198", CREATE, "POST", "/v1/payments", 500, error("P0198", "Downstream system error"),
            OutcomeUnknownException.class, null),
        row("P0300", pay -> pay.getPaymentEvents(PAYMENT_ID), "GET", PAYMENT + "/events", 404,
            error("P0300", "Not found"), NotFoundException.class, null),
        row("P0502", pay -> pay.cancelPayment(PAYMENT_ID), "POST", PAYMENT + "/cancel", 409,
            error("P0502", "Cancellation of payment failed"), ConflictException.class, null),
        row("P0500", pay -> pay.cancelPayment(PAYMENT_ID), "POST", PAYMENT + "/cancel", 404,
            error("P0500", "Not found"), NotFoundException.class, null),
        row("P1003", pay -> pay.capturePayment(PAYMENT_ID), "POST", PAYMENT + "/capture", 409,
            error("P1003", "Payment cannot be captured"), ConflictException.class, null),
        row("P0604", pay -> pay.refundPayment(PAYMENT_ID, 500, 2500), "POST", PAYMENT + "/refunds", 412,
            error("P0604", "Refund amount available mismatch."), ConflictException.class, null),
        row("P0603", pay -> pay.refundPayment(PAYMENT_ID, 500, 2500), "POST", PAYMENT + "/refunds", 400,
            error("P0603", "The payment is not available for refund. Payment refund status: unavailable"),
            InvalidRequestException.class, null),
        row("P0700", pay -> pay.getRefund(PAYMENT_ID, REFUND_ID), "GET", PAYMENT + "/refunds/" + REFUND_ID, 404,
            error("P0700", "Not found"), NotFoundException.class, null),
        row("P0800", pay -> pay.listRefunds(PAYMENT_ID), "GET", PAYMENT + "/refunds", 404,
            error("P0800", "Not found"), NotFoundException.class, null),
        row("P0401", pay -> pay.searchPayments(PaymentSearch.all()).iterator().hasNext(), "GET", "/v1/payments", 422,
            error("P0401", "Invalid parameters: state. See Public API documentation for the correct data formats"),
            InvalidRequestException.class, null),
        row("P1101", pay -> pay.searchRefunds(RefundSearch.all()).iterator().hasNext(), "GET", "/v1/refunds", 422,
            error("P1101", "Invalid parameters: from_date."), InvalidRequestException.class, null),
        row("P2200", pay -> pay.getAgreement(AGREEMENT_ID), "GET", "/v1/agreements/" + AGREEMENT_ID, 404,
            error("P2200", "Not found"), NotFoundException.class, null),
        row("P2102", pay -> pay.createAgreement(CreateAgreementRequest.builder().reference("GW-1")
            .description("Garden").build()), "POST",
            "/v1/agreements", 422, "{\"field\": \"reference\", \"code\": \"P2102\", \"description\": \"Invalid"
                + " attribute value: reference\"}", InvalidRequestException.class, "reference"),
        row("P1212", pay -> pay.authoriseMotoPayment(new MotoCardDetails("tok", "4444333322221111", "123", "04/29",
            "A Smith")), "POST", "/v1/auth", 400, error("P1212", "The one_time_token has already been used"),
            InvalidRequestException.class, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void mapsToATypedException(Consumer<PayClient> call, String method, String path, int status, String body,
      Class<? extends CouncilPlatformException> type, String code, String field) {
    pay = client(TEST_KEY).retry(RetryOptions.disabled()).build();
    ResponseDefinitionBuilder response = aResponse().withStatus(status);
    if (!body.isEmpty()) {
      response.withHeader("Content-Type", "application/json").withBody(body);
    }
    wm.stubFor(request(method, urlPathEqualTo(path)).willReturn(response));

    Throwable thrown = catchThrowable(() -> call.accept(pay));

    assertThat(thrown).isInstanceOf(type);
    if (thrown instanceof OutcomeUnknownException unknown) {
      assertThat(unknown.getCause()).isInstanceOfSatisfying(ApiException.class,
          api -> assertThat(api.errorCode()).contains(code));
      return;
    }
    ApiException api = (ApiException) thrown;
    assertThat(api.statusCode()).isEqualTo(status);
    assertThat(api.errorCode()).isEqualTo(java.util.Optional.ofNullable(code));
    assertThat(api.getMessage()).contains("GOV.UK Pay", String.valueOf(status));
    if (field != null) {
      assertThat(api.errors().get(0).field()).isEqualTo(field);
    }
    if (status == 429) {
      assertThat(api.isRetryable()).isTrue();
    }
  }
}
