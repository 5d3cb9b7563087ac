package io.github.councilplatform.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.councilplatform.core.CircuitBreakerOptions;
import io.github.councilplatform.notify.NotifyClient;
import io.github.councilplatform.notify.SmsRequest;
import io.github.councilplatform.notify.SmsResponse;
import io.github.councilplatform.sandbox.Sandbox;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 3: stateful Notify sends through the sandbox (authentication, validation, templates, storage,
 * scheduled status changes) against a plain static WireMock stub of the same endpoint, both driven by the
 * same {@link NotifyClient}. Target: the sandbox at least 0.7× the static stub.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Threads(4)
public class SandboxBenchmark {
  private Sandbox sandbox;
  private WireMockServer stub;
  private NotifyClient toSandbox;
  private NotifyClient toStub;
  private UUID sandboxTemplate;

  @Setup(Level.Trial)
  public void setUp() throws IOException, InterruptedException {
    sandbox = Sandbox.start();
    // Lift the sandbox's rate and daily limits: this measures its work per send, not its limits.
    HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/_sandbox/notify/settings"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"rateLimit\": 2000000000, \"dailyLimits\": {\"sms\": 2000000000}}"))
        .build(), HttpResponse.BodyHandlers.discarding());
    @SuppressWarnings("unchecked")
    Map<String, Object> notify = (Map<String, Object>) sandbox.info().get("notify");
    @SuppressWarnings("unchecked")
    Map<String, Object> templates = (Map<String, Object>) notify.get("templates");
    sandboxTemplate = UUID.fromString(templates.get("sms").toString());
    toSandbox = NotifyClient.builder().apiKey(notify.get("apiKey").toString()).baseUrl(sandbox.baseUrl())
        .clock(sandbox.clock()).circuitBreaker(CircuitBreakerOptions.disabled()).build();

    stub = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").jettyAcceptors(1)
        .disableRequestJournal());
    stub.start();
    stub.stubFor(post(urlEqualTo("/v2/notifications/sms")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(CannedNotifyServer.SMS_RESPONSE)));
    toStub = NotifyClient.builder().apiKey(CannedNotifyServer.API_KEY).baseUrl("http://127.0.0.1:" + stub.port())
        .circuitBreaker(CircuitBreakerOptions.disabled()).build();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    toSandbox.close();
    toStub.close();
    sandbox.close();
    stub.stop();
  }

  @Benchmark
  public SmsResponse sandboxSend() {
    return toSandbox.sendSms(SmsRequest.builder().templateId(sandboxTemplate).phoneNumber("07700900123")
        .personalisation(Map.of("name", "Amala")).reference("permit-42").build());
  }

  @Benchmark
  public SmsResponse staticStubSend() {
    return toStub.sendSms(SmsRequest.builder().templateId(UUID.fromString(CannedNotifyServer.TEMPLATE_ID))
        .phoneNumber("07700900123").personalisation(Map.of("name", "Amala")).reference("permit-42").build());
  }
}
