package io.github.councilplatform.spring.boot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.councilplatform.core.ServerException;
import io.github.councilplatform.notify.NotifyApi;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxFault;
import io.github.councilplatform.sandbox.SandboxPlatformId;
import io.github.councilplatform.spring.boot.test.AutoConfigureCouncilPlatformSandbox;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Real calls to the sandbox, observed: the call timer's name and tags, the retry counter, and the platform's
 * health from the client's own view (the probe calls nothing).
 */
@SpringBootTest(classes = StarterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
        "management.endpoints.web.exposure.include=health",
        "management.endpoint.health.show-details=always",
        "council-platform.notify.retry.max-attempts=2",
        "council-platform.notify.retry.initial-backoff=1ms",
        "council-platform.notify.retry.max-backoff=1ms"})
@AutoConfigureCouncilPlatformSandbox
@DirtiesContext
class ObservationAndHealthTest {

  @LocalServerPort int port;
  @Autowired Sandbox sandbox;
  @Autowired NotifyApi notify;
  @Autowired MeterRegistry meters;
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void callsAreObservedAndHealthFollowsTheLastOutcome() throws Exception {
    UUID template = UUID.fromString(sandbox.credentials().notifyService().templateIds().email());
    assertThat(notifyHealth().path("status").asText()).isEqualTo("UP");
    assertThat(notifyHealth().at("/details/notify/lastOutcome").asText()).isEqualTo("none yet");

    sandbox.failNext(SandboxPlatformId.NOTIFY, SandboxFault.SERVER_ERROR, 1);
    notify.getTemplate(template);
    assertThat(meters.get("council.platform.call").tag("platform", "notify").tag("operation", "getTemplate")
        .tag("outcome", "success").tag("status", "200").timer().count()).isEqualTo(1);
    assertThat(meters.get("council.platform.call.retry").tag("platform", "notify").tag("operation", "getTemplate")
        .counter().count()).isEqualTo(1);
    assertThat(notifyHealth().path("status").asText()).isEqualTo("UP");
    assertThat(notifyHealth().at("/details/notify/lastOutcome").asText()).isEqualTo("success");
    assertThat(notifyHealth().at("/details/notify/circuitBreaker").asText()).isEqualTo("CLOSED");
    assertThat(components().at("/councilPlatformPay/details/default/circuitBreaker").asText()).isEqualTo("CLOSED");

    sandbox.failNext(SandboxPlatformId.NOTIFY, SandboxFault.SERVER_ERROR, 2);
    assertThatThrownBy(() -> notify.getTemplate(template)).isInstanceOf(ServerException.class);
    assertThat(meters.get("council.platform.call").tag("operation", "getTemplate").tag("outcome", "server_error")
        .tag("status", "500").timer().count()).isEqualTo(1);
    assertThat(notifyHealth().path("status").asText()).isEqualTo("DOWN");
    assertThat(notifyHealth().at("/details/notify/lastOutcome").asText()).isEqualTo("server_error");
    assertThat(notifyHealth().at("/details/notify/lastStatus").asInt()).isEqualTo(500);
  }

  private JsonNode components() throws Exception {
    return new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
        HttpResponse.BodyHandlers.ofString()).body()).path("components");
  }

  private JsonNode notifyHealth() throws Exception {
    return components().path("councilPlatformNotify");
  }
}
