package io.github.councilplatform.benchmarks;

import io.github.councilplatform.core.CircuitBreakerOptions;
import io.github.councilplatform.notify.NotifyClient;
import io.github.councilplatform.notify.SmsRequest;
import io.github.councilplatform.notify.SmsResponse;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
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
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;
import uk.gov.service.notify.SendSmsResponse;

/**
 * Benchmark 1: one SMS send against a local server that answers at once, three ways side by side in one run
 * so the ratios hold on a noisy machine: this SDK's {@link NotifyClient}, the official
 * {@code notifications-java-client} 5.2.1, and raw OkHttp posting a pre-built body with a pre-built JWT (the
 * limit any client on OkHttp can reach). Run with {@code -prof gc} for allocation per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// The SDK's longer call path needs a long warm-up before C2 has compiled it; shorter runs understate it.
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Dsun.net.httpserver.nodelay=true", "-Xmx1g"})
public class SendSmsBenchmark {
  private static final UUID TEMPLATE = UUID.fromString(CannedNotifyServer.TEMPLATE_ID);
  private static final Map<String, Object> PERSONALISATION = Map.of("name", "Amala", "permit", "PP-1042");

  private CannedNotifyServer server;
  private NotifyClient sdk;
  private NotificationClient official;
  private OkHttpClient raw;
  private OkHttpClient rawWithCallTimeout;
  private Request rawRequest;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = new CannedNotifyServer();
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(64);
    dispatcher.setMaxRequestsPerHost(64);
    OkHttpClient shared = new OkHttpClient.Builder().dispatcher(dispatcher)
        .connectionPool(new ConnectionPool(32, 5, TimeUnit.MINUTES)).build();
    sdk = NotifyClient.builder().apiKey(CannedNotifyServer.API_KEY).baseUrl(server.baseUrl()).httpClient(shared)
        .circuitBreaker(CircuitBreakerOptions.disabled()).build();
    official = new NotificationClient(CannedNotifyServer.API_KEY, server.baseUrl());
    raw = shared.newBuilder().retryOnConnectionFailure(false).build();
    rawWithCallTimeout = raw.newBuilder().callTimeout(java.time.Duration.ofSeconds(60)).build();
    String jwt = Jwts.hs256(CannedNotifyServer.SERVICE_ID, CannedNotifyServer.SECRET);
    byte[] body = ("{\"phone_number\":\"07700900123\",\"template_id\":\"" + TEMPLATE
        + "\",\"personalisation\":{\"name\":\"Amala\",\"permit\":\"PP-1042\"},\"reference\":\"permit-42\"}")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    rawRequest = new Request.Builder().url(server.baseUrl() + "/v2/notifications/sms")
        .header("Authorization", "Bearer " + jwt)
        // The same headers the SDK sends, so the baseline measures the client, not the test server's header parsing.
        .header("User-Agent", "council-platform-sdk-java/0.1.0-SNAPSHOT notify java/" + System.getProperty("java.version"))
        .header("Accept", "application/json")
        .header("X-Request-ID", "7d4a3c1e-5b2f-4e8a-9c6d-0f1e2d3c4b5a")
        .post(RequestBody.create(body, MediaType.get("application/json"))).build();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    sdk.close();
    server.close();
  }

  private SmsResponse sdkSend() {
    return sdk.sendSms(SmsRequest.builder().templateId(TEMPLATE).phoneNumber("07700900123")
        .personalisation(PERSONALISATION).reference("permit-42").build());
  }

  private SendSmsResponse officialSend() throws NotificationClientException {
    return official.sendSms(CannedNotifyServer.TEMPLATE_ID, "07700900123", PERSONALISATION, "permit-42");
  }

  private int rawSend() throws IOException {
    try (Response r = raw.newCall(rawRequest).execute()) {
      return r.body().bytes().length;
    }
  }

  @Benchmark
  @Threads(1)
  public SmsResponse sdk_1thread() {
    return sdkSend();
  }

  @Benchmark
  @Threads(1)
  public SendSmsResponse official_1thread() throws NotificationClientException {
    return officialSend();
  }

  @Benchmark
  @Threads(1)
  public int rawOkHttp_1thread() throws IOException {
    return rawSend();
  }

  /** Raw OkHttp with the whole-call timeout the SDK always sets: what that safety costs on its own. */
  @Benchmark
  @Threads(1)
  public int rawOkHttpCallTimeout_1thread() throws IOException {
    try (Response r = rawWithCallTimeout.newCall(rawRequest).execute()) {
      return r.body().bytes().length;
    }
  }

  /** As {@link #rawOkHttpCallTimeout_1thread()}, with 16 threads. */
  @Benchmark
  @Threads(16)
  public int rawOkHttpCallTimeout_16threads() throws IOException {
    try (Response r = rawWithCallTimeout.newCall(rawRequest).execute()) {
      return r.body().bytes().length;
    }
  }

  @Benchmark
  @Threads(16)
  public SmsResponse sdk_16threads() {
    return sdkSend();
  }

  @Benchmark
  @Threads(16)
  public SendSmsResponse official_16threads() throws NotificationClientException {
    return officialSend();
  }

  @Benchmark
  @Threads(16)
  public int rawOkHttp_16threads() throws IOException {
    return rawSend();
  }
}
