package io.github.councilplatform.sandbox.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.notify.EmailRequest;
import io.github.councilplatform.notify.NotifyApi;
import io.github.councilplatform.notify.NotifyClient;
import io.github.councilplatform.notify.TemplateType;
import io.github.councilplatform.notify.bulk.BatchPlan;
import io.github.councilplatform.notify.bulk.BatchResult;
import io.github.councilplatform.notify.bulk.BatchSource;
import io.github.councilplatform.notify.bulk.BulkInputException;
import io.github.councilplatform.notify.bulk.BulkSender;
import io.github.councilplatform.notify.bulk.FileBulkJournal;
import io.github.councilplatform.notify.bulk.TokenBucketPacer;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxOptions;
import io.github.councilplatform.sandbox.SentNotification;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk sender against the sandbox's Notify: duplicates are counted on the sandbox's side, from what it
 * accepted, not from what the sender believes.
 */
class BulkSendingSandboxTest {
  private static Sandbox sandbox;

  @TempDir
  Path dir;
  private NotifyClient notify;
  private UUID emailTemplate;

  @BeforeAll
  static void start() {
    // A standing clock (moved on by the daily-limit test): the rate-limit bucket only refills when told.
    sandbox = Sandbox.start(SandboxOptions.builder().clock(Clock.fixed(Instant.parse("2026-05-17T15:00:00Z"),
        ZoneOffset.UTC)).build());
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @BeforeEach
  void setUp() {
    sandbox.reset();
    notify = sandbox.notifyClient();
    emailTemplate = UUID.fromString(sandbox.credentials().notifyService().templateIds().email());
  }

  private Path residents(int n) throws Exception {
    StringBuilder csv = new StringBuilder("Email Address,Name\n");
    for (int i = 1; i <= n; i++) {
      csv.append("resident").append(i).append("@example.com,Resident ").append(i).append('\n');
    }
    Path file = dir.resolve("residents.csv");
    Files.writeString(file, csv);
    return file;
  }

  private BulkSender sender(NotifyApi api) {
    // The sandbox's clock stands still, so the bucket starts with enough tokens for these small batches.
    return BulkSender.builder().notify(api).journal(FileBulkJournal.in(dir.resolve("journal")))
        .pacer(TokenBucketPacer.builder().perMinute(3000).initialTokens(100).build())
        .clock(sandbox.clock()).build();
  }

  private BatchPlan plan(Path file) {
    return BatchPlan.builder().batchId("ctax-may").templateId(emailTemplate).channel(TemplateType.EMAIL)
        .source(BatchSource.csv(file)).build();
  }

  private static Map<String, Long> referencesAccepted() {
    return sandbox.notifications().sent().stream()
        .collect(Collectors.groupingBy(SentNotification::reference, Collectors.counting()));
  }

  @Test
  void sendsEveryRowOnceWithItsPersonalisation() throws Exception {
    BatchResult result = sender(notify).send(plan(residents(12)));

    assertThat(result.outcome()).isEqualTo(BatchResult.Outcome.COMPLETED);
    assertThat(result.counts().sent()).isEqualTo(12);
    Map<String, Long> refs = referencesAccepted();
    assertThat(refs).hasSize(12).allSatisfy((ref, count) -> assertThat(count).isEqualTo(1));
    assertThat(sandbox.notifications().sentTo("resident7@example.com")).singleElement()
        .satisfies(n -> {
          assertThat(n.reference()).isEqualTo("ctax-may:8");
          assertThat(n.subject()).isEqualTo("Hello Resident 7");
        });
  }

  @Test
  void resumesAfterACrashBetweenSentAndRecordedWithNoDuplicates() throws Exception {
    Path file = residents(12);
    // The process "dies" right after Notify accepted the 6th email, before the journal recorded it.
    AtomicInteger sends = new AtomicInteger();
    NotifyApi dying = (NotifyApi) Proxy.newProxyInstance(NotifyApi.class.getClassLoader(),
        new Class<?>[] {NotifyApi.class}, (proxy, method, args) -> {
          try {
            Object out = method.invoke(notify, args);
            if (method.getName().equals("sendEmail") && sends.incrementAndGet() == 6) {
              throw new IllegalStateException("simulated kill -9 after Notify accepted "
                  + ((EmailRequest) args[0]).reference());
            }
            return out;
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    BulkSender crashing = BulkSender.builder().notify(dying).journal(FileBulkJournal.in(dir.resolve("journal")))
        .pacer(TokenBucketPacer.builder().perMinute(3000).initialTokens(100).build()).parallelism(1)
        .clock(sandbox.clock()).build();

    assertThatThrownBy(() -> crashing.send(plan(file))).hasMessageContaining("simulated kill");
    assertThat(sandbox.notifications().sent()).hasSize(6);

    BatchResult resumed = sender(notify).send(plan(file));

    assertThat(resumed.outcome()).isEqualTo(BatchResult.Outcome.COMPLETED);
    assertThat(resumed.counts().sent()).isEqualTo(12);
    Map<String, Long> refs = referencesAccepted();
    assertThat(refs).hasSize(12);
    assertThat(refs.values()).allMatch(count -> count == 1);
  }

  @Test
  void pausesAtTheDailyLimitAndResumesTheNextDay() throws Exception {
    admin("{\"dailyLimits\": {\"email\": 5}}");
    Path file = residents(8);
    // One send at a time: the sandbox checks and counts its daily limit in two steps, so concurrent sends can
    // pass it by one or two (its race, not the sender's).
    BulkSender oneAtATime = BulkSender.builder().notify(notify).journal(FileBulkJournal.in(dir.resolve("journal")))
        .pacer(TokenBucketPacer.builder().perMinute(3000).initialTokens(100).build()).parallelism(1)
        .clock(sandbox.clock()).build();

    BatchResult paused = oneAtATime.send(plan(file));

    assertThat(paused.outcome()).isEqualTo(BatchResult.Outcome.PAUSED_DAILY_LIMIT);
    assertThat(paused.resumeAt()).isEqualTo(Instant.parse("2026-05-18T00:00:00Z"));
    assertThat(sandbox.notifications().sent()).hasSize(5);

    sandbox.advanceClock(Duration.ofHours(9).plusMinutes(1));
    BatchResult resumed = sender(notify).send(plan(file));

    assertThat(resumed.outcome()).isEqualTo(BatchResult.Outcome.COMPLETED);
    assertThat(referencesAccepted()).hasSize(8).allSatisfy((ref, count) -> assertThat(count).isEqualTo(1));
  }

  @Test
  void anUnknownTemplateIsRefusedBeforeAnythingIsSent() throws Exception {
    Path file = residents(2);
    assertThatThrownBy(() -> sender(notify).send(BatchPlan.builder().batchId("x")
        .templateId(UUID.fromString("00000000-0000-4000-8000-000000000001")).source(BatchSource.csv(file)).build()))
        .isInstanceOfSatisfying(BulkInputException.class,
            e -> assertThat(e.problem()).isEqualTo(BulkInputException.Problem.UNKNOWN_TEMPLATE));
    assertThat(sandbox.notifications().sent()).isEmpty();
  }

  private static void admin(String json) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(sandbox.baseUrl() + "/_sandbox/notify/settings")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isLessThan(300);
  }

}
