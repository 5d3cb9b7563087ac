package io.github.councilplatform.benchmarks;

import io.github.councilplatform.core.CallEnd;
import io.github.councilplatform.core.CallListener;
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
import okhttp3.OkHttpClient;
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
 * What a {@link CallListener} costs: the same SMS send as {@link SendSmsBenchmark}'s {@code sdk_1thread},
 * with no listener, with one that does nothing, and with one that reads every field of each end event (as a
 * metrics binding would), side by side in one run so the ratios hold on a noisy machine. Issue 16 asks that a
 * call cost no measurable extra when no listener is set; compare {@code none} with {@code SendSmsBenchmark}'s
 * figures in the README, and the two listener cases with {@code none}.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Dsun.net.httpserver.nodelay=true", "-Xmx1g"})
@Threads(1)
public class ListenerOverheadBenchmark {
  private static final UUID TEMPLATE = UUID.fromString(CannedNotifyServer.TEMPLATE_ID);
  private static final Map<String, Object> PERSONALISATION = Map.of("name", "Amala", "permit", "PP-1042");

  private CannedNotifyServer server;
  private NotifyClient none;
  private NotifyClient noOp;
  private NotifyClient reading;
  /** What the reading listener saw, kept in a field so the JIT cannot drop the reads. */
  long seen;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = new CannedNotifyServer();
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(64);
    dispatcher.setMaxRequestsPerHost(64);
    OkHttpClient shared = new OkHttpClient.Builder().dispatcher(dispatcher)
        .connectionPool(new ConnectionPool(32, 5, TimeUnit.MINUTES)).build();
    none = client(shared).build();
    noOp = client(shared).listener(new CallListener() {}).build();
    reading = client(shared).listener(new CallListener() {
      @Override
      public void onCallEnd(CallEnd end) {
        seen += end.platform().length() + end.operation().length() + end.outcome().tag().length()
            + end.status() + end.duration().toNanos();
      }
    }).build();
  }

  private NotifyClient.Builder client(OkHttpClient shared) {
    return NotifyClient.builder().apiKey(CannedNotifyServer.API_KEY).baseUrl(server.baseUrl()).httpClient(shared)
        .circuitBreaker(CircuitBreakerOptions.disabled());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    none.close();
    noOp.close();
    reading.close();
    server.close();
  }

  private static SmsResponse send(NotifyClient client) {
    return client.sendSms(SmsRequest.builder().templateId(TEMPLATE).phoneNumber("07700900123")
        .personalisation(PERSONALISATION).reference("permit-42").build());
  }

  /** No listener: the path every call takes unless the application sets one. */
  @Benchmark
  public SmsResponse none() {
    return send(none);
  }

  /** One listener whose methods are all the interface's empty defaults. */
  @Benchmark
  public SmsResponse noOpListener() {
    return send(noOp);
  }

  /** One listener that reads each end event's fields, as a metrics binding does. */
  @Benchmark
  public SmsResponse readingListener() {
    return send(reading);
  }
}
