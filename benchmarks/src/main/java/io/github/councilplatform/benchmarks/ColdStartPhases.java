package io.github.councilplatform.benchmarks;

import io.github.councilplatform.core.internal.JsonStreams;
import io.github.councilplatform.core.internal.Warmup;
import io.github.councilplatform.notify.NotifyClient;
import io.github.councilplatform.notify.SmsRequest;
import io.github.councilplatform.notify.internal.NotifyApiKey;
import io.github.councilplatform.notify.internal.NotifyJwtAuthenticator;
import io.github.councilplatform.notify.internal.RequestBodies;
import io.github.councilplatform.notify.internal.SendResponseReaders;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import uk.gov.service.notify.NotificationClient;

/**
 * Where a fresh JVM's first Notify send spends its time (issue 18), phase by phase: {@code build()}, the
 * first JWT signing, the first JSON write, the first JSON read, then the first send (the HTTP call and the
 * pipeline, the earlier phases' one-time costs already paid). Each phase prints its wall time and how many
 * classes it loaded. Not JMH: one fresh JVM per run is the point. Run it several times and take the median:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.councilplatform.benchmarks.ColdStartPhases [sdk|official]
 * java -Dio.github.councilplatform.warmup=false -cp ... ColdStartPhases sdk   # the serial, per-phase view
 * </pre>
 *
 * <p>With the SDK's background warm-up on (the default, {@link Warmup}), the JWT, JSON and deserialiser set-up
 * runs on its own thread during {@code build()}, so the phases print only {@code build()} and the first
 * send (class counts then include the warm-up thread's); turn it off to see each one-time cost by itself.
 */
public final class ColdStartPhases {
  private static final ClassLoadingMXBean CLASSES = ManagementFactory.getClassLoadingMXBean();
  private static long mark;
  private static long loaded;

  private ColdStartPhases() {}

  /**
   * Runs one cold start and prints its phases.
   *
   * @param args {@code sdk} (the default) or {@code official}
   * @throws Exception if the send fails
   */
  public static void main(String[] args) throws Exception {
    boolean official = args.length > 0 && args[0].equals("official");
    try (CannedNotifyServer server = new CannedNotifyServer()) {
      start();
      if (official) {
        NotificationClient client = new NotificationClient(CannedNotifyServer.API_KEY, server.baseUrl());
        phase("new NotificationClient");
        client.sendSms(CannedNotifyServer.TEMPLATE_ID, "07700900123", Map.of("name", "Amala"), "permit-42");
        phase("first send");
      } else {
        SmsRequest request = SmsRequest.builder().templateId(UUID.fromString(CannedNotifyServer.TEMPLATE_ID))
            .phoneNumber("07700900123").personalisation(Map.of("name", "Amala")).reference("permit-42").build();
        phase("request record");
        try (NotifyClient client = NotifyClient.builder().apiKey(CannedNotifyServer.API_KEY)
            .baseUrl(server.baseUrl()).build()) {
          phase("builder().build()");
          if (!Warmup.enabled()) {
            serialPhases(request);
          }
          client.sendSms(request);
          phase(Warmup.enabled() ? "first send (+ warm-up)" : "first send (HTTP + rest)");
        }
      }
      System.out.printf("%-28s %8.1f ms %6d classes%n", "total", (System.nanoTime() - total) / 1e6,
          CLASSES.getTotalLoadedClassCount() - totalLoaded);
    }
  }

  /** The one-time costs the warm-up would otherwise take off the caller's thread, one at a time. */
  private static void serialPhases(SmsRequest request) {
    new NotifyJwtAuthenticator(NotifyApiKey.parse(CannedNotifyServer.API_KEY), Clock.systemUTC()).headers();
    phase("first JWT signing");
    JsonStreams.write(RequestBodies.sms(request));
    phase("first JSON write");
    JsonStreams.read(CannedNotifyServer.SMS_RESPONSE, SendResponseReaders::sms);
    phase("first JSON read");
  }

  private static long total;
  private static long totalLoaded;

  private static void start() {
    mark = total = System.nanoTime();
    loaded = totalLoaded = CLASSES.getTotalLoadedClassCount();
  }

  private static void phase(String name) {
    long now = System.nanoTime();
    long count = CLASSES.getTotalLoadedClassCount();
    System.out.printf("%-28s %8.1f ms %6d classes%n", name, (now - mark) / 1e6, count - loaded);
    mark = System.nanoTime();
    loaded = CLASSES.getTotalLoadedClassCount();
  }
}
