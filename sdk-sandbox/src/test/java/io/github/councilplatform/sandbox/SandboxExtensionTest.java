package io.github.councilplatform.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** One sandbox per class, injected into lifecycle and test methods, and reset before each test. */
@ExtendWith(SandboxExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxExtensionTest {
  private static Sandbox first;
  private static Map<String, Object> firstInfo;
  private Sandbox injectedInBeforeEach;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    injectedInBeforeEach = sandbox;
  }

  @Test
  @Order(1)
  void dirtiesEveryKindOfState(Sandbox sandbox) throws Exception {
    first = sandbox;
    firstInfo = sandbox.info();
    assertThat(injectedInBeforeEach).isSameAs(sandbox);
    sandbox.wireMock().stubFor(get("/custom").willReturn(aResponse().withStatus(418)));
    assertThat(SandboxHttp.call(sandbox, "GET", "/custom", null).statusCode()).isEqualTo(418);
    sandbox.failNext(SandboxPlatformId.NOTIFY, SandboxFault.SERVER_ERROR, 3);
    sandbox.advanceClock(Duration.ofHours(2));
    String received = "{\"user_number\": \"07700900789\", \"content\": \"Hi\"}";
    assertThat(SandboxHttp.call(sandbox, "POST", "/_sandbox/notify/received-text-messages", received)
        .statusCode()).isEqualTo(201);
    assertThat(sandbox.clock().offset()).isEqualTo(Duration.ofHours(2));
  }

  @Test
  @Order(2)
  void startsCleanWithTheSameSandboxAndCredentials(Sandbox sandbox) throws Exception {
    assertThat(sandbox).isSameAs(first);
    assertThat(sandbox.info()).isEqualTo(firstInfo);
    assertThat(sandbox.clock().offset()).isZero();
    // The user's stub is gone: the sandbox's own 404 answers.
    assertThat(SandboxHttp.call(sandbox, "GET", "/custom", null).statusCode()).isEqualTo(404);
    // Queued faults are gone: Notify answers normally (401: no token).
    assertThat(SandboxHttp.call(sandbox, "GET", "/v2/templates", null).statusCode()).isEqualTo(401);
    // Platform state is gone.
    String page = SandboxHttp.call(sandbox, "GET", "/_sandbox/notify/notifications", null).body();
    assertThat(page).isEqualTo("{\"notifications\":[]}");
  }
}
