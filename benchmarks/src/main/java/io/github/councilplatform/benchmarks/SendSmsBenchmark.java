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
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dsun.net.httpserver.nodelay=true", "-Xmx1g"})
public class SendSmsBenchmark {
  private static final UUID TEMPLATE = UUID.fromString(CannedNotifyServer.TEMPLATE_ID);
  private static final Map<String, Object> PERSONALISATION = Map.of("name", "Amala", "permit", "PP-1042");

  private CannedNotifyServer server;
  private NotifyClient sdk;
  private NotificationClient official;
  private OkHttpClient raw;
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
    String jwt = Jwts.hs256(CannedNotifyServer.SERVICE_ID, CannedNotifyServer.SECRET);
    byte[] body = ("{\"phone_number\":\"07700900123\",\"template_id\":\"" + TEMPLATE
        + "\",\"personalisation\":{\"name\":\"Amala\",\"permit\":\"PP-1042\"},\"reference\":\"permit-42\"}")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    rawRequest = new Request.Builder().url(server.baseUrl() + "/v2/notifications/sms")
        .header("Authorization", "Bearer " + jwt)
        .post(RequestBody.create(body, MediaType.get("application/json"))).build();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
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
