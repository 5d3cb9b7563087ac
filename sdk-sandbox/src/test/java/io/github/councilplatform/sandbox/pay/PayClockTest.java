package io.github.councilplatform.sandbox.pay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.pay.CreatePaymentRequest;
import io.github.councilplatform.pay.PayClient;
import io.github.councilplatform.pay.Payment;
import io.github.councilplatform.pay.PaymentStatus;
import io.github.councilplatform.pay.RefundStatus;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sandbox clock moves Pay, never its callers (issue 14): a plain OkHttp client on the system clock and
 * {@link Sandbox#payClient()} create, pay, capture and refund before the clock moves, after an hour and after a
 * week, while payments still expire after 90 minutes of sandbox time.
 */
@ExtendWith(SandboxExtension.class)
class PayClockTest {
  private static final MediaType JSON_TYPE = MediaType.get("application/json");
  private final OkHttpClient http = new OkHttpClient();
  private Sandbox sandbox;
  private PayHttp pay;
  private String apiKey;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    this.sandbox = sandbox;
    pay = new PayHttp(sandbox);
    @SuppressWarnings("unchecked")
    Map<String, Object> part = (Map<String, Object>) sandbox.info().get("pay");
    apiKey = part.get("apiKey").toString();
  }

  private JsonNode call(String method, String path, String json, int expectedStatus) throws IOException {
    Request.Builder b = new Request.Builder().url(sandbox.baseUrl() + path)
        .header("Authorization", "Bearer " + apiKey).header("Accept", "application/json");
    b.method(method, json == null ? (method.equals("GET") ? null : RequestBody.create(new byte[0], JSON_TYPE))
        : RequestBody.create(json, JSON_TYPE));
    try (Response r = http.newCall(b.build()).execute()) {
      String body = r.body().string();
      assertThat(r.code()).as(method + " " + path + ": " + body).isEqualTo(expectedStatus);
      return body.isEmpty() ? null : PayHttp.JSON.readTree(body);
    }
  }

  @ParameterizedTest(name = "clock moved by {0}")
  @ValueSource(strings = {"PT0S", "PT1H", "P7D"})
  void aPlainOkHttpClientOnTheSystemClockPaysCapturesAndRefunds(String moved) throws IOException {
    sandbox.advanceClock(Duration.parse(moved));
    JsonNode created = call("POST", "/v1/payments", "{\"amount\":1450,\"reference\":\"CLK-1\",\"description\":"
        + "\"Garden waste\",\"return_url\":\"https://council.example/back\",\"delayed_capture\":true}", 201);
    String id = created.path("payment_id").asText();
    pay.complete(id, "4444333322221111", true);
    assertThat(PayHttp.status(call("GET", "/v1/payments/" + id, null, 200))).isEqualTo("capturable");
    call("POST", "/v1/payments/" + id + "/capture", null, 204);
    JsonNode refund = call("POST", "/v1/payments/" + id + "/refunds", "{\"amount\":450,"
        + "\"refund_amount_available\":1450}", 202);
    assertThat(refund.path("status").asText()).isEqualTo("success");
    assertThat(call("GET", "/v1/payments?reference=CLK-1", null, 200).path("total").asInt()).isEqualTo(1);
  }

  @ParameterizedTest(name = "clock moved by {0}")
  @ValueSource(strings = {"PT0S", "PT1H", "P7D"})
  void theSandboxsOwnClientPaysCapturesAndRefunds(String moved) {
    sandbox.advanceClock(Duration.parse(moved));
    PayClient client = sandbox.payClient();
    Payment created = client.createPayment(CreatePaymentRequest.builder().amount(1450).reference("CLK-2")
        .description("Garden waste").returnUrl("https://council.example/back").delayedCapture(true).build());
    pay.complete(created.paymentId(), "4444333322221111", true);
    client.capturePayment(created.paymentId());
    assertThat(client.getPayment(created.paymentId()).status()).isEqualTo(PaymentStatus.SUCCESS);
    assertThat(client.refundPayment(created.paymentId(), 450, 1450).status()).isEqualTo(RefundStatus.SUCCESS);
  }

  /** Lifecycle still runs on sandbox time: a payment nobody pays fails P0020 after 90 minutes of it. */
  @ParameterizedTest(name = "clock moved by {0}")
  @ValueSource(strings = {"PT0S", "PT1H", "P7D"})
  void paymentsStillExpireOnSandboxTime(String moved) throws IOException {
    sandbox.advanceClock(Duration.parse(moved));
    String id = sandbox.payClient().createPayment(CreatePaymentRequest.builder().amount(900).reference("CLK-3")
        .description("Permit").returnUrl("https://council.example/back").build()).paymentId();
    sandbox.advanceClock(Duration.ofMinutes(91));
    JsonNode p = pay.awaitPayment(id, x -> PayHttp.status(x).equals("failed"));
    assertThat(p.path("state").path("code").asText()).isEqualTo("P0020");
    assertThat(call("GET", "/v1/payments/" + id, null, 200).path("state").path("code").asText()).isEqualTo("P0020");
  }
}
