package io.github.councilplatform.notify.bulk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.councilplatform.notify.bulk.BulkFixtures.EMAIL_TEMPLATE;
import static io.github.councilplatform.notify.bulk.BulkFixtures.SMS_TEMPLATE;
import static io.github.councilplatform.notify.bulk.BulkFixtures.START;
import static io.github.councilplatform.notify.bulk.BulkFixtures.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.councilplatform.notify.NotifyClient;
import io.github.councilplatform.notify.TemplateType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input is a typed error before anything is sent. */
class BulkInputTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort()).failOnUnmatchedRequests(true).build();

  @TempDir
  Path dir;
  private final BulkFixtures.FakeClock time = new BulkFixtures.FakeClock(START);
  private NotifyClient notify;
  private BulkSender sender;

  @BeforeEach
  void setUp() {
    BulkFixtures.stubTemplates(wm);
    notify = BulkFixtures.client(wm, time, 1);
    sender = BulkSender.builder().notify(notify).journal(FileBulkJournal.in(dir.resolve("journal"), time))
        .pacer(TokenBucketPacer.builder().clock(time).sleeper(time).build()).clock(time).sleeper(time).build();
  }

  @AfterEach
  void nothingWasSent() {
    wm.verify(0, postRequestedFor(urlMatching("/v2/notifications/.*")));
    notify.close();
  }

  private BulkInputException refused(UUID template, Path file) {
    return refused(BatchPlan.builder().batchId("b1").templateId(template).source(BatchSource.csv(file)).build());
  }

  private BulkInputException refused(BatchPlan plan) {
    return catchThrowableOfType(() -> sender.send(plan), BulkInputException.class);
  }

  @Test
  void unknownTemplate() throws Exception {
    UUID unknown = UUID.fromString("00000000-0000-4000-8000-000000000001");
    wm.stubFor(get("/v2/template/" + unknown).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"status_code\": 404, \"errors\": [{\"error\": \"NoResultFound\", \"message\": \"No result found\"}]}")));
    BulkInputException e = refused(unknown, csv(dir, "a.csv", "email address,name,amount_due\na@example.com,A,1\n"));
    assertThat(e.problem()).isEqualTo(BulkInputException.Problem.UNKNOWN_TEMPLATE);
    assertThat(e.getMessage()).contains(unknown.toString());
  }

  @Test
  void templateOfAnotherChannel() throws Exception {
    BulkInputException e = refused(BatchPlan.builder().batchId("b1").templateId(SMS_TEMPLATE)
        .channel(TemplateType.EMAIL)
        .source(BatchSource.csv(csv(dir, "a.csv", "email address,name,amount_due\na@example.com,A,1\n"))).build());
    assertThat(e.problem()).isEqualTo(BulkInputException.Problem.WRONG_TEMPLATE_TYPE);
  }

  @Test
  void aFileOfPhoneNumbersForAnEmailTemplateSaysSo() throws Exception {
    BulkInputException e = refused(EMAIL_TEMPLATE, csv(dir, "a.csv", "phone number,name,amount_due\n07700900123,A,1\n"));
    assertThat(e.problem()).isEqualTo(BulkInputException.Problem.WRONG_TEMPLATE_TYPE);
    assertThat(e.getMessage()).contains("text messages").contains("'email address'");
  }

  @Test
  void noRecipientColumn() throws Exception {
    BulkInputException e = refused(EMAIL_TEMPLATE, csv(dir, "a.csv", "name,amount_due\nA,1\n"));
    assertThat(e.problem()).isEqualTo(BulkInputException.Problem.NO_RECIPIENT_COLUMN);
    assertThat(e.getMessage()).contains("'email address'");
  }

  @Test
  void missingPersonalisationColumn() throws Exception {
    BulkInputException e = refused(EMAIL_TEMPLATE, csv(dir, "a.csv", "email address,name\na@example.com,A\n"));
    assertThat(e.problem()).isEqualTo(BulkInputException.Problem.MISSING_PERSONALISATION_COLUMN);
    assertThat(e.getMessage()).contains("((amount_due))");
  }

  @Test
  void emptyFileAndHeaderOnly() throws Exception {
    assertThat(refused(EMAIL_TEMPLATE, csv(dir, "empty.csv", "")).problem())
        .isEqualTo(BulkInputException.Problem.EMPTY_FILE);
    assertThat(refused(EMAIL_TEMPLATE, csv(dir, "header.csv", "email address,name,amount_due\n\n")).problem())
        .isEqualTo(BulkInputException.Problem.EMPTY_FILE);
    assertThat(refused(BatchPlan.builder().batchId("b1").templateId(EMAIL_TEMPLATE)
        .source(BatchSource.of(List.of())).build()).problem()).isEqualTo(BulkInputException.Problem.EMPTY_FILE);
  }

  @Test
  void fileNotUtf8() throws Exception {
    Path file = dir.resolve("latin1.csv");
    // "José" in ISO-8859-1: 0xE9 alone is not UTF-8.
    Files.write(file, "email address,name,amount_due\nj@example.com,Jos\u00e9,1\n"
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    BulkInputException e = refused(EMAIL_TEMPLATE, file);
    assertThat(e.problem()).isEqualTo(BulkInputException.Problem.NOT_UTF8);
    assertThat(e.getMessage()).contains("UTF-8");
  }

  @Test
  void badRowsStopTheBatchWithEachLineAndReason() throws Exception {
    Path file = csv(dir, "a.csv", "email address,name,amount_due\na@example.com,A,1\nnot-an-email,B,2\n"
        + "c@example.com,,3\n");
    InvalidRowsException e = catchThrowableOfType(() -> sender.send(BatchPlan.builder().batchId("b1")
        .templateId(EMAIL_TEMPLATE).source(BatchSource.csv(file)).build()), InvalidRowsException.class);
    assertThat(e.report().rows()).isEqualTo(3);
    assertThat(e.report().problems()).extracting(RowProblem::line).containsExactly(3L, 4L);
    assertThat(e.report().problems().get(0).reason()).containsIgnoringCase("email");
    assertThat(e.report().problems().get(1).reason()).contains("((name))");
    // The reasons never repeat the recipient.
    assertThat(e.report().problems().get(0).reason()).doesNotContain("not-an-email");
  }

  @Test
  void duplicateKeysAreRefused() {
    BulkInputException e = refused(BatchPlan.builder().batchId("b1").templateId(EMAIL_TEMPLATE)
        .source(BatchSource.of(List.of(BulkRow.email("acc-1", "a@example.com", Map.of("name", "A", "amount_due", "1")),
            BulkRow.email("acc-1", "b@example.com", Map.of("name", "B", "amount_due", "2"))))).build());
    assertThat(e.problem()).isEqualTo(BulkInputException.Problem.DUPLICATE_ROW_KEY);
  }

  @Test
  void journalOfAnotherTemplateOrFileIsRefused() throws Exception {
    Path file = csv(dir, "a.csv", "email address,name,amount_due\na@example.com,A,1\n");
    CheckReport report = sender.check(BatchPlan.builder().batchId("b1").templateId(EMAIL_TEMPLATE)
        .source(BatchSource.csv(file)).build());
    FileBulkJournal journal = FileBulkJournal.in(dir.resolve("journal"), time);
    // A journal left by a batch of the same id but another template.
    journal.open(new BatchIdentity("b1", SMS_TEMPLATE, TemplateType.SMS, report.fingerprint())).close();
    BulkInputException e = refused(EMAIL_TEMPLATE, file);
    assertThat(e).isInstanceOf(JournalMismatchException.class);
    assertThat(e.problem()).isEqualTo(BulkInputException.Problem.JOURNAL_MISMATCH);
    assertThat(e.getMessage()).contains(SMS_TEMPLATE.toString());

    // And one of another file.
    journal.open(new BatchIdentity("b2", EMAIL_TEMPLATE, TemplateType.EMAIL, "a".repeat(64))).close();
    BulkInputException other = refused(BatchPlan.builder().batchId("b2").templateId(EMAIL_TEMPLATE)
        .source(BatchSource.csv(file)).build());
    assertThat(other).isInstanceOf(JournalMismatchException.class);
    assertThat(other.getMessage()).contains("rows have changed");
  }

  @Test
  void aDryRunSendsNothingAndWarnsOfRepeatedRecipients() throws Exception {
    Path file = csv(dir, "a.csv", " Email_Address ,NAME,Amount-Due\nA@Example.com,A,1\nb@example.com,B,2\n"
        + "a@example.com,A again,3\n");
    CheckReport report = sender.check(BatchPlan.builder().batchId("b1").templateId(EMAIL_TEMPLATE)
        .source(BatchSource.csv(file)).build());
    assertThat(report.allGood()).isTrue();
    assertThat(report.rows()).isEqualTo(3);
    assertThat(report.duplicateRecipients()).isEqualTo(1);
    assertThat(report.duplicates()).containsExactly(new DuplicateRecipient(4, 2));
    assertThat(report.fingerprint()).hasSize(64);
  }

  @Test
  void templateLookupIsTheOnlyCallOfADryRun() throws Exception {
    wm.stubFor(post(urlMatching("/v2/notifications/.*")).willReturn(okJson("{}")));
    sender.check(BatchPlan.builder().batchId("b1").templateId(EMAIL_TEMPLATE)
        .source(BatchSource.csv(csv(dir, "a.csv", "email address,name,amount_due\na@example.com,A,1\n"))).build());
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }
}
