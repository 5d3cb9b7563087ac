package io.github.councilplatform.benchmarks;

import io.github.councilplatform.notify.NotifyClient;
import io.github.councilplatform.notify.SmsRequest;
import java.io.IOException;
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
import org.openjdk.jmh.annotations.Warmup;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/**
 * Benchmark 4: cold start. Each measurement is a fresh JVM (one fork per sample, no warm-up), timing from
 * creating the client to the first completed send, so class loading and one-time initialisation count. The
 * local server is started in setup, outside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 10, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
public class ColdStartBenchmark {
  private CannedNotifyServer server;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = new CannedNotifyServer();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    server.close();
  }

  @Benchmark
  public Object sdkFirstSend() {
    try (NotifyClient client = NotifyClient.builder().apiKey(CannedNotifyServer.API_KEY).baseUrl(server.baseUrl())
        .build()) {
      return client.sendSms(SmsRequest.builder().templateId(UUID.fromString(CannedNotifyServer.TEMPLATE_ID))
          .phoneNumber("07700900123").personalisation(Map.of("name", "Amala")).reference("permit-42").build());
    }
  }

  @Benchmark
  public Object officialFirstSend() throws NotificationClientException {
    NotificationClient client = new NotificationClient(CannedNotifyServer.API_KEY, server.baseUrl());
    return client.sendSms(CannedNotifyServer.TEMPLATE_ID, "07700900123", Map.of("name", "Amala"), "permit-42");
  }
}
