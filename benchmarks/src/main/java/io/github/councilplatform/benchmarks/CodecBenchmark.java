package io.github.councilplatform.benchmarks;

import io.github.councilplatform.core.internal.Json;
import io.github.councilplatform.notify.Notification;
import io.github.councilplatform.notify.SmsRequest;
import io.github.councilplatform.notify.SmsResponse;
import io.github.councilplatform.notify.internal.NotifyApiKey;
import io.github.councilplatform.notify.internal.NotifyJwtAuthenticator;
import io.github.councilplatform.notify.internal.RequestBodies;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 2: the CPU cost of one send without the network: serialising a send request, parsing a
 * notification and a send response, and minting the JWT (fresh every call, and reused within a second).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CodecBenchmark {
  private static final byte[] NOTIFICATION = ("{\"id\":\"740e5834-3a29-46b4-9a6f-16142fde533a\",\"reference\":"
      + "\"permit-42\",\"email_address\":null,\"phone_number\":\"07700900123\",\"line_1\":null,\"line_2\":null,"
      + "\"line_3\":null,\"line_4\":null,\"line_5\":null,\"line_6\":null,\"postcode\":null,\"postage\":null,"
      + "\"type\":\"sms\",\"status\":\"delivered\",\"template\":{\"id\":\"f33517ff-2a88-4f6e-b855-c550268ce08a\","
      + "\"version\":1,\"uri\":\"https://api.notifications.service.gov.uk/v2/template/f33517ff\"},"
      + "\"body\":\"Hi Amala, your permit is ready.\",\"subject\":null,\"created_at\":\"2026-01-15T10:00:00.000000Z\","
      + "\"created_by_name\":null,\"sent_at\":\"2026-01-15T10:00:01.000000Z\",\"completed_at\":"
      + "\"2026-01-15T10:00:05.000000Z\",\"scheduled_for\":null,\"one_click_unsubscribe_url\":null,"
      + "\"is_cost_data_ready\":true,\"cost_in_pounds\":0.0227,\"cost_details\":{\"billable_sms_fragments\":1,"
      + "\"international_rate_multiplier\":1.0,\"sms_rate\":0.0227}}").getBytes(StandardCharsets.UTF_8);

  private final SmsRequest request = SmsRequest.builder()
      .templateId(UUID.fromString(CannedNotifyServer.TEMPLATE_ID)).phoneNumber("07700900123")
      .personalisation(Map.of("name", "Amala", "permit", "PP-1042")).reference("permit-42").build();
  private final NotifyApiKey key = NotifyApiKey.parse(CannedNotifyServer.API_KEY);
  private final TickingClock ticking = new TickingClock();
  private final NotifyJwtAuthenticator fresh = new NotifyJwtAuthenticator(key, ticking);
  private final NotifyJwtAuthenticator reused = new NotifyJwtAuthenticator(key,
      Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC));

  @Benchmark
  public byte[] serialiseSendRequest() {
    return Json.write(RequestBodies.sms(request));
  }

  @Benchmark
  public Notification parseNotification() {
    return Json.read(NOTIFICATION, Notification.class);
  }

  @Benchmark
  public SmsResponse parseSendResponse() {
    return Json.read(CannedNotifyServer.SMS_RESPONSE, SmsResponse.class);
  }

  @Benchmark
  public Map<String, String> mintJwtEveryCall() {
    return fresh.headers();
  }

  @Benchmark
  public Map<String, String> jwtReusedWithinSecond() {
    return reused.headers();
  }

  /** A clock one second later on every read, so every call mints a new token. */
  static final class TickingClock extends Clock {
    private long second = 1_768_471_200L;

    @Override
    public Instant instant() {
      return Instant.ofEpochSecond(second++);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
