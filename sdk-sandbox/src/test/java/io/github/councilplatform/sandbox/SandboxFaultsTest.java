package io.github.councilplatform.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Faults through code and through the admin API, and user stubs layered over the sandbox. */
@ExtendWith(SandboxExtension.class)
class SandboxFaultsTest {

  private static int notifyStatus(Sandbox sandbox) throws IOException {
    // Without a token Notify answers 401: anything else is an injected fault.
    return SandboxHttp.call(sandbox, "GET", "/v2/templates", null).statusCode();
  }

  @Test
  void serverErrorsForTheNextNCallsThenNormal(Sandbox sandbox) throws Exception {
    sandbox.failNext(SandboxPlatformId.NOTIFY, SandboxFault.SERVER_ERROR, 2);
    assertThat(notifyStatus(sandbox)).isEqualTo(500);
    assertThat(notifyStatus(sandbox)).isEqualTo(500);
    assertThat(notifyStatus(sandbox)).isEqualTo(401);
  }

  @Test
  void serviceUnavailableAndRateLimited(Sandbox sandbox) throws Exception {
    sandbox.failNext(SandboxPlatformId.NOTIFY, SandboxFault.SERVICE_UNAVAILABLE, 1);
    sandbox.failNext(SandboxPlatformId.NOTIFY, SandboxFault.RATE_LIMITED, 1);
    assertThat(notifyStatus(sandbox)).isEqualTo(503);
    HttpResponse<String> limited = SandboxHttp.call(sandbox, "GET", "/v2/templates", null);
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.body()).contains("RateLimitError");
  }

  @Test
  void connectionReset(Sandbox sandbox) throws Exception {
    sandbox.failNext(SandboxPlatformId.NOTIFY, SandboxFault.CONNECTION_RESET, 1);
    // A POST, because the JDK client silently retries a GET once when the connection drops.
    assertThatThrownBy(() -> SandboxHttp.call(sandbox, "POST", "/v2/notifications/sms", "{}"))
        .isInstanceOf(IOException.class);
    assertThat(notifyStatus(sandbox)).isEqualTo(401);
  }

  @Test
  void delay(Sandbox sandbox) throws Exception {
    sandbox.delayNext(SandboxPlatformId.NOTIFY, Duration.ofMillis(400), 1);
    long start = System.nanoTime();
    assertThat(notifyStatus(sandbox)).isEqualTo(401);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
  }

  @Test
  void faultsHitOnlyTheirPlatformAndNeverTheAdminApi(Sandbox sandbox) throws Exception {
    sandbox.failNext(SandboxPlatformId.PAY, SandboxFault.SERVER_ERROR, 1);
    assertThat(notifyStatus(sandbox)).isEqualTo(401);
    sandbox.failNext(SandboxPlatformId.NOTIFY, SandboxFault.SERVER_ERROR, 1);
    assertThat(SandboxHttp.call(sandbox, "GET", "/_sandbox", null).statusCode()).isEqualTo(200);
    assertThat(notifyStatus(sandbox)).isEqualTo(500);
  }

  @Test
  void throughTheAdminApi(Sandbox sandbox) throws Exception {
    HttpResponse<String> added = SandboxHttp.call(sandbox, "POST", "/_sandbox/faults",
        "{\"platform\": \"notify\", \"fault\": \"server_error\", \"count\": 2}");
    assertThat(added.statusCode()).isEqualTo(201);
    assertThat(SandboxHttp.json(added).path("pending").asInt()).isEqualTo(2);
    assertThat(notifyStatus(sandbox)).isEqualTo(500);
    assertThat(SandboxHttp.call(sandbox, "DELETE", "/_sandbox/faults", null).statusCode()).isEqualTo(200);
    assertThat(notifyStatus(sandbox)).isEqualTo(401);

    SandboxHttp.call(sandbox, "POST", "/_sandbox/faults",
        "{\"platform\": \"notify\", \"fault\": \"delay\", \"delayMillis\": 300}");
    long start = System.nanoTime();
    assertThat(notifyStatus(sandbox)).isEqualTo(401);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));

    SandboxHttp.call(sandbox, "POST", "/_sandbox/faults", "{\"platform\": \"notify\", \"fault\": \"rate-limited\"}");
    assertThat(notifyStatus(sandbox)).isEqualTo(429);
  }

  @Test
  void adminApiRejectsBadFaults(Sandbox sandbox) throws Exception {
    HttpResponse<String> platform = SandboxHttp.call(sandbox, "POST", "/_sandbox/faults",
        "{\"platform\": \"fax\", \"fault\": \"server_error\"}");
    assertThat(platform.statusCode()).isEqualTo(400);
    assertThat(platform.body()).contains("Unknown platform 'fax'");
    HttpResponse<String> fault = SandboxHttp.call(sandbox, "POST", "/_sandbox/faults",
        "{\"platform\": \"notify\", \"fault\": \"explode\"}");
    assertThat(fault.statusCode()).isEqualTo(400);
    assertThat(fault.body()).contains("Unknown fault 'explode'");
    assertThat(SandboxHttp.call(sandbox, "POST", "/_sandbox/faults",
        "{\"platform\": \"notify\", \"fault\": \"delay\"}").statusCode()).isEqualTo(400);
    assertThat(SandboxHttp.call(sandbox, "POST", "/_sandbox/faults",
        "{\"platform\": \"notify\", \"fault\": \"server_error\", \"count\": 0}").statusCode()).isEqualTo(400);
    assertThat(SandboxHttp.call(sandbox, "POST", "/_sandbox/faults", "[]").statusCode()).isEqualTo(400);
    assertThat(notifyStatus(sandbox)).isEqualTo(401);
  }

  @Test
  void userStubsTakePriorityOverTheSandbox(Sandbox sandbox) throws Exception {
    sandbox.wireMock().stubFor(get("/v2/templates").willReturn(aResponse().withStatus(299).withBody("mine")));
    HttpResponse<String> r = SandboxHttp.call(sandbox, "GET", "/v2/templates", null);
    assertThat(r.statusCode()).isEqualTo(299);
    assertThat(r.body()).isEqualTo("mine");
    assertThat(SandboxHttp.call(sandbox, "GET", "/v2/notifications", null).statusCode()).isEqualTo(401);
  }

  @Test
  void unknownPathsGetAHelpfulNotFound(Sandbox sandbox) throws Exception {
    HttpResponse<String> r = SandboxHttp.call(sandbox, "GET", "/nowhere", null);
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("GET /_sandbox lists the credentials");
    assertThat(SandboxHttp.call(sandbox, "GET", "/_sandbox/nowhere", null).statusCode()).isEqualTo(404);
  }
}
