package io.github.councilplatform.notify.bulk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.councilplatform.notify.bulk.BulkFixtures.EMAIL_TEMPLATE;
import static io.github.councilplatform.notify.bulk.BulkFixtures.LETTER_TEMPLATE;
import static io.github.councilplatform.notify.bulk.BulkFixtures.SMS_TEMPLATE;
import static io.github.councilplatform.notify.bulk.BulkFixtures.START;
import static io.github.councilplatform.notify.bulk.BulkFixtures.csv;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.councilplatform.notify.NotifyClient;
import io.github.councilplatform.notify.TemplateType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Sending, resuming and reconciling against a WireMock Notify that fails on any unexpected request. */
class BulkSenderTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort()).failOnUnmatchedRequests(true).build();

  private static final String EMAILS = "/v2/notifications/email";

  @TempDir
  Path dir;
  private final BulkFixtures.FakeClock time = new BulkFixtures.FakeClock(START);
  private NotifyClient notify;
  private final List<Duration> holds = new ArrayList<>();
  private final SendPacer pacer = new SendPacer() {
    @Override
    public void acquire(int tokens) {}

    @Override
    public void holdBack(Duration wait) {
      holds.add(wait);
    }

    @Override
    public long perMinute() {
      return 3000;
    }
  };

  @BeforeEach
  void setUp() {
    BulkFixtures.stubTemplates(wm);
    notify = BulkFixtures.client(wm, time, 1);
  }

  @AfterEach
  void close() {
    notify.close();
  }

  private BulkSender sender() {
    // One send at a time, so WireMock scenarios see the rows in order.
    return BulkSender.builder().notify(notify).journal(FileBulkJournal.in(dir.resolve("journal"), time))
        .pacer(pacer).parallelism(1).clock(time).sleeper(time).build();
  }

  private Path threeRows() throws Exception {
    return csv(dir, "three.csv", "email address,name,amount_due\na@example.com,A,1\nb@example.com,B,2\n"
        + "c@example.com,C,3\n");
  }

  private BatchPlan plan(Path file) {
    return BatchPlan.builder().batchId("ctax").templateId(EMAIL_TEMPLATE).source(BatchSource.csv(file)).build();
  }

  private void acceptEmailsWithReference(String reference) {
    wm.stubFor(post(EMAILS).withRequestBody(matchingJsonPath("$.reference", equalTo(reference)))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody(BulkFixtures.sent("email", reference))));
  }

  @Test
  void sendsEachRowOnceWithADeterministicReferenceAndResumingSendsNothingMore() throws Exception {
    acceptEmailsWithReference("ctax:2");
    acceptEmailsWithReference("ctax:3");
    acceptEmailsWithReference("ctax:4");

    BatchResult result = sender().send(plan(threeRows()));

    assertThat(result.outcome()).isEqualTo(BatchResult.Outcome.COMPLETED);
    assertThat(result.counts().sent()).isEqualTo(3);
    wm.verify(1, postRequestedFor(urlPathEqualTo(EMAILS))
        .withRequestBody(matchingJsonPath("$.email_address", equalTo("b@example.com")))
        .withRequestBody(matchingJsonPath("$.personalisation.amount_due", equalTo("2")))
        .withRequestBody(matchingJsonPath("$.reference", equalTo("ctax:3"))));

    BatchResult again = sender().send(plan(threeRows()));
    assertThat(again.outcome()).isEqualTo(BatchResult.Outcome.COMPLETED);
    wm.verify(3, postRequestedFor(urlPathEqualTo(EMAILS)));
    assertThat(sender().status("ctax")).get().satisfies(s -> assertThat(s.completed()).isTrue());
  }

  @Test
  void anUnknownOutcomeIsReconciledByReferenceBeforeAnythingIsResent() throws Exception {
    acceptEmailsWithReference("ctax:2");
    // Row 3: Notify's answer is lost (a 500 after the request arrived): outcome unknown.
    wm.stubFor(post(EMAILS).withRequestBody(matchingJsonPath("$.reference", equalTo("ctax:3")))
        .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
            .withBody("{\"status_code\": 500, \"errors\": [{\"error\": \"Exception\", \"message\": \"Internal server error\"}]}")));
    // Row 4: the answer is lost too, and Notify never stored it.
    wm.stubFor(post(EMAILS).withRequestBody(matchingJsonPath("$.reference", equalTo("ctax:4")))
        .inScenario("row4").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("lost")
        .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
            .withBody("{\"status_code\": 500, \"errors\": [{\"error\": \"Exception\", \"message\": \"Internal server error\"}]}")));
    Path file = threeRows();

    BatchResult first = sender().send(plan(file));
    assertThat(first.outcome()).isEqualTo(BatchResult.Outcome.COMPLETED_WITH_UNKNOWN);
    assertThat(first.counts().outcomeUnknown()).isEqualTo(2);

    // On resume: row 3 is found (it was sent), row 4 is not (so it is sent, once).
    wm.stubFor(get(urlPathEqualTo("/v2/notifications")).withQueryParam("reference", equalTo("ctax:3"))
        .willReturn(okJson(BulkFixtures.listing("ctax:3", true))));
    wm.stubFor(get(urlPathEqualTo("/v2/notifications")).withQueryParam("reference", equalTo("ctax:4"))
        .willReturn(okJson(BulkFixtures.listing("ctax:4", false))));
    wm.stubFor(post(EMAILS).withRequestBody(matchingJsonPath("$.reference", equalTo("ctax:4")))
        .inScenario("row4").whenScenarioStateIs("lost").willSetStateTo("sent")
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody(BulkFixtures.sent("email", "ctax:4"))));

    BatchResult second = sender().send(plan(file));

    assertThat(second.outcome()).isEqualTo(BatchResult.Outcome.COMPLETED);
    assertThat(second.counts().sent()).isEqualTo(3);
    wm.verify(1, postRequestedFor(urlPathEqualTo(EMAILS)).withRequestBody(matchingJsonPath("$.reference",
        equalTo("ctax:3"))));
    wm.verify(2, postRequestedFor(urlPathEqualTo(EMAILS)).withRequestBody(matchingJsonPath("$.reference",
        equalTo("ctax:4"))));
    wm.verify(1, getRequestedFor(urlPathEqualTo("/v2/notifications")).withQueryParam("reference",
        equalTo("ctax:3")));
  }

  @Test
  void aRowInFlightWhenTheProcessDiedIsReconciledNotResent() throws Exception {
    Path file = threeRows();
    CheckReport report = sender().check(plan(file));
    // A run that claimed rows 2 and 3 and died before recording anything (kill -9 after Notify accepted row 2).
    FileBulkJournal journal = FileBulkJournal.in(dir.resolve("journal"), time);
    BatchJournal crashed = journal.open(new BatchIdentity("ctax", EMAIL_TEMPLATE, TemplateType.EMAIL,
        report.fingerprint()));
    crashed.claim(List.of(new RowRef("2", 2), new RowRef("3", 3)));
    crashed.close();

    wm.stubFor(get(urlPathEqualTo("/v2/notifications")).withQueryParam("reference", equalTo("ctax:2"))
        .willReturn(okJson(BulkFixtures.listing("ctax:2", true))));
    wm.stubFor(get(urlPathEqualTo("/v2/notifications")).withQueryParam("reference", equalTo("ctax:3"))
        .willReturn(okJson(BulkFixtures.listing("ctax:3", false))));
    acceptEmailsWithReference("ctax:3");
    acceptEmailsWithReference("ctax:4");

    BatchResult result = sender().send(plan(file));

    assertThat(result.outcome()).isEqualTo(BatchResult.Outcome.COMPLETED);
    wm.verify(0, postRequestedFor(urlPathEqualTo(EMAILS)).withRequestBody(matchingJsonPath("$.reference",
        equalTo("ctax:2"))));
    wm.verify(2, postRequestedFor(urlPathEqualTo(EMAILS)));
  }

  @Test
  void aRowRefusedForGoodIsNeverRetried() throws Exception {
    acceptEmailsWithReference("ctax:2");
    wm.stubFor(post(EMAILS).withRequestBody(matchingJsonPath("$.reference", equalTo("ctax:3")))
        .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
            .withBody("{\"status_code\": 400, \"errors\": [{\"error\": \"BadRequestError\", \"message\":"
                + " \"Can’t send to this recipient using a team-only API key\"}]}")));
    acceptEmailsWithReference("ctax:4");
    Path file = threeRows();

    BatchResult first = sender().send(plan(file));
    assertThat(first.outcome()).isEqualTo(BatchResult.Outcome.COMPLETED);
    assertThat(first.counts().failed()).isEqualTo(1);
    sender().send(plan(file));

    wm.verify(1, postRequestedFor(urlPathEqualTo(EMAILS)).withRequestBody(matchingJsonPath("$.reference",
        equalTo("ctax:3"))));
    try (BatchJournal batch = FileBulkJournal.in(dir.resolve("journal"), time).open(new BatchIdentity("ctax",
        EMAIL_TEMPLATE, TemplateType.EMAIL, first.report().fingerprint()))) {
      StringBuilder failures = new StringBuilder();
      BulkSender.writeFailures(batch, failures);
      assertThat(failures.toString()).isEqualTo("line,key,reason\n3,3,Notify refused it: BadRequestError: Can’t"
          + " send to this recipient using a team-only API key\n");
    }
  }

  @Test
  void theDailyLimitPausesTheBatchUntilMidnightUtcAndItResumesThen() throws Exception {
    acceptEmailsWithReference("ctax:2");
    wm.stubFor(post(EMAILS).withRequestBody(matchingJsonPath("$.reference", equalTo("ctax:3")))
        .inScenario("daily").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("tomorrow")
        .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
            .withBody("{\"status_code\": 429, \"errors\": [{\"error\": \"TooManyRequestsError\", \"message\":"
                + " \"Exceeded send limits (email: 2) for today\"}]}")));
    Path file = threeRows();

    BatchResult paused = sender().send(plan(file));

    assertThat(paused.outcome()).isEqualTo(BatchResult.Outcome.PAUSED_DAILY_LIMIT);
    assertThat(paused.resumeAt()).isEqualTo(Instant.parse("2026-05-18T00:00:00Z"));
    assertThat(paused.counts().sent()).isEqualTo(1);
    assertThat(paused.counts().pending()).isEqualTo(2);
    assertThat(paused.message()).contains("2026-05-18T00:00:00Z");

    // Before midnight: nothing is sent.
    time.set(Instant.parse("2026-05-17T23:59:00Z"));
    assertThat(sender().send(plan(file)).outcome()).isEqualTo(BatchResult.Outcome.PAUSED_DAILY_LIMIT);
    wm.verify(2, postRequestedFor(urlPathEqualTo(EMAILS)));

    time.set(Instant.parse("2026-05-18T00:00:01Z"));
    wm.stubFor(post(EMAILS).withRequestBody(matchingJsonPath("$.reference", equalTo("ctax:3")))
        .inScenario("daily").whenScenarioStateIs("tomorrow")
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody(BulkFixtures.sent("email", "ctax:3"))));
    acceptEmailsWithReference("ctax:4");
    BatchResult resumed = sender().send(plan(file));
    assertThat(resumed.outcome()).isEqualTo(BatchResult.Outcome.COMPLETED);
    wm.verify(1, postRequestedFor(urlPathEqualTo(EMAILS)).withRequestBody(matchingJsonPath("$.reference",
        equalTo("ctax:2"))));
  }

  @Test
  void aPerMinute429IsHonouredWithItsRetryAfterAndTheRowSentOnce() throws Exception {
    wm.stubFor(post(EMAILS).inScenario("rate").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("ok")
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")
            .withHeader("Content-Type", "application/json")
            .withBody("{\"status_code\": 429, \"errors\": [{\"error\": \"RateLimitError\", \"message\":"
                + " \"Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds\"}]}")));
    wm.stubFor(post(EMAILS).inScenario("rate").whenScenarioStateIs("ok")
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody(BulkFixtures.sent("email", "ctax:2"))));

    BatchResult result = sender().send(BatchPlan.builder().batchId("ctax").templateId(EMAIL_TEMPLATE)
        .source(BatchSource.of(List.of(BulkRow.email("acc-1", "a@example.com",
            Map.of("name", "A", "amount_due", "1"))))).build());

    assertThat(result.outcome()).isEqualTo(BatchResult.Outcome.COMPLETED);
    assertThat(holds).containsExactly(Duration.ofSeconds(7));
    wm.verify(2, postRequestedFor(urlPathEqualTo(EMAILS)).withRequestBody(matchingJsonPath("$.reference",
        equalTo("ctax:acc-1"))));
  }

  @Test
  void badRowsAreRecordedAsFailedWhenTheGoodOnesAreSent() throws Exception {
    acceptEmailsWithReference("ctax:2");
    acceptEmailsWithReference("ctax:4");
    Path file = csv(dir, "bad.csv", "email address,name,amount_due\na@example.com,A,1\nnope,B,2\n"
        + "c@example.com,C,3\n");

    BatchResult result = sender().send(BatchPlan.builder().batchId("ctax").templateId(EMAIL_TEMPLATE)
        .source(BatchSource.csv(file)).invalidRows(InvalidRowPolicy.SEND_GOOD_ROWS).build());

    assertThat(result.outcome()).isEqualTo(BatchResult.Outcome.COMPLETED);
    assertThat(result.counts().sent()).isEqualTo(2);
    assertThat(result.counts().failed()).isEqualTo(1);
    assertThat(result.report().problems()).extracting(RowProblem::line).containsExactly(3L);
  }

  @Test
  void textsAndLettersUseTheirOwnColumnsAndEndpoints() throws Exception {
    wm.stubFor(post("/v2/notifications/sms").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(BulkFixtures.sent("sms", "t:2"))));
    wm.stubFor(post("/v2/notifications/letter").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(BulkFixtures.sent("letter", "l:2"))));

    BatchResult texts = sender().send(BatchPlan.builder().batchId("t").templateId(SMS_TEMPLATE)
        .source(BatchSource.csv(csv(dir, "t.csv", "Phone Number,name,amount due\n07700 900123,A,1\n"))).build());
    BatchResult letters = sender().send(BatchPlan.builder().batchId("l").templateId(LETTER_TEMPLATE)
        .source(BatchSource.csv(csv(dir, "l.csv", "address_line_1,address_line_2,address line 3,postcode,name,"
            + "amount_due\nA Smith,1 High Street,Townton,SW1A 1AA,A,1\n"))).build());

    assertThat(texts.counts().sent()).isEqualTo(1);
    assertThat(letters.counts().sent()).isEqualTo(1);
    wm.verify(1, postRequestedFor(urlPathEqualTo("/v2/notifications/sms"))
        .withRequestBody(matchingJsonPath("$.phone_number", equalTo("07700 900123")))
        .withRequestBody(matchingJsonPath("$.personalisation.amount_due", equalTo("1"))));
    wm.verify(1, postRequestedFor(urlPathEqualTo("/v2/notifications/letter"))
        .withRequestBody(matchingJsonPath("$.personalisation.address_line_1", equalTo("A Smith")))
        .withRequestBody(matchingJsonPath("$.personalisation.postcode", equalTo("SW1A 1AA")))
        .withRequestBody(matchingJsonPath("$.reference", equalTo("l:2"))));
  }

  @Test
  void progressReachesTheListener() throws Exception {
    acceptEmailsWithReference("ctax:2");
    acceptEmailsWithReference("ctax:3");
    acceptEmailsWithReference("ctax:4");
    List<BatchProgress> seen = new ArrayList<>();
    BulkSender sender = BulkSender.builder().notify(notify).journal(FileBulkJournal.in(dir.resolve("j"), time))
        .pacer(pacer).parallelism(1).clock(time).listener(new BulkListener() {
          @Override
          public void onProgress(BatchProgress progress) {
            seen.add(progress);
          }
        }).build();

    sender.send(plan(threeRows()));

    assertThat(seen.get(0).phase()).isEqualTo(BatchProgress.Phase.CHECKING);
    BatchProgress last = seen.get(seen.size() - 1);
    assertThat(last.phase()).isEqualTo(BatchProgress.Phase.SENDING);
    assertThat(last.sent()).isEqualTo(3);
    assertThat(last.total()).isEqualTo(3);
    assertThat(last.timeLeft()).isEqualTo(Duration.ZERO);
    assertThat(TerminalProgressBar.render(last, last.done())).contains("3/3").contains("[#####");
  }

  @Test
  void theJournalNamesTheNotificationOfEachSentRow() throws Exception {
    acceptEmailsWithReference("ctax:2");
    acceptEmailsWithReference("ctax:3");
    acceptEmailsWithReference("ctax:4");
    BatchResult result = sender().send(plan(threeRows()));
    try (BatchJournal batch = FileBulkJournal.in(dir.resolve("journal"), time).open(new BatchIdentity("ctax",
        EMAIL_TEMPLATE, TemplateType.EMAIL, result.report().fingerprint()))) {
      assertThat(batch.rows(RowState.SENT)).hasSize(3).allSatisfy(r -> assertThat(r.notificationId())
          .isEqualTo(UUID.fromString(BulkFixtures.NOTIFICATION_ID)));
    }
  }
}
