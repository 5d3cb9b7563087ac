package io.github.councilplatform.examples.journeys;

import io.github.councilplatform.examples.Journey;
import io.github.councilplatform.examples.support.JourneyContext;
import io.github.councilplatform.examples.support.NotifyTemplates;
import io.github.councilplatform.examples.support.Steps;
import io.github.councilplatform.notify.Notification;
import io.github.councilplatform.notify.NotificationQuery;
import io.github.councilplatform.notify.NotificationStatus;
import io.github.councilplatform.notify.NotifyApi;
import io.github.councilplatform.notify.TemplateType;
import io.github.councilplatform.notify.bulk.BatchJournal;
import io.github.councilplatform.notify.bulk.BatchPlan;
import io.github.councilplatform.notify.bulk.BatchResult;
import io.github.councilplatform.notify.bulk.BatchSource;
import io.github.councilplatform.notify.bulk.BulkRow;
import io.github.councilplatform.notify.bulk.BulkSender;
import io.github.councilplatform.notify.bulk.FileBulkJournal;
import io.github.councilplatform.notify.bulk.InvalidRowPolicy;
import io.github.councilplatform.notify.bulk.RowState;
import io.github.councilplatform.notify.bulk.SendPacer;
import io.github.councilplatform.notify.bulk.TerminalProgressBar;
import io.github.councilplatform.notify.bulk.TokenBucketPacer;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Journey 4, council tax reminders: 200 residents from the council's export, each by email, text or letter,
 * sent with the SDK's {@link BulkSender}: every row checked first, sent at a steady pace under Notify's rate
 * limit (one token bucket shared by the three batches, since they share the service's limit), each recorded in
 * a journal so a stopped run resumes with no duplicates. A bad row is reported by its line number and the
 * others are sent. Then the delivered and failed counts.
 */
public final class CouncilTaxRemindersJourney implements Journey {
  /** 2,400 a minute (40 a second): under Notify's 3,000, leaving room for the council's other sending. */
  static final int SENDS_PER_MINUTE = 2400;
  /** Letters are printed and posted the next working day; the sandbox's clock is moved on a day and a bit. */
  static final Duration LETTER_TIME = Duration.ofHours(25);
  private static final Set<NotificationStatus> DELIVERED = EnumSet.of(NotificationStatus.DELIVERED,
      NotificationStatus.RECEIVED, NotificationStatus.SENT);

  @Override
  public String name() {
    return "council-tax-reminders";
  }

  @Override
  public String title() {
    return "Council tax reminders: 200 emails, texts and letters, paced, with a bad row";
  }

  @Override
  public void run(JourneyContext ctx) throws Exception {
    Steps steps = ctx.steps();
    NotifyTemplates templates = ctx.platforms().templates();
    try (NotifyApi notify = ctx.platforms().notifyBuilder().build()) {
      sendAndCount(ctx, steps, templates, notify);
    }
  }

  private void sendAndCount(JourneyContext ctx, Steps steps, NotifyTemplates templates, NotifyApi notify)
      throws Exception {
    ReminderList list;
    try (InputStream csv = getClass().getResourceAsStream("/council-tax-reminders.csv")) {
      list = steps.call("read council-tax-reminders.csv", () -> ReminderList.read(csv),
          l -> l.rows().size() + " residents");
    }
    // A fresh journal for this run; a real job keeps it (for example next to its input) so a rerun resumes.
    Path journalDir = Files.createTempDirectory("ctax-journal");
    FileBulkJournal journal = FileBulkJournal.in(journalDir);
    // One pacer for the three batches: Notify's limit is per service, not per channel.
    SendPacer pacer = TokenBucketPacer.perMinute(SENDS_PER_MINUTE);
    BulkSender sender = BulkSender.builder().notify(notify).journal(journal).pacer(pacer)
        .listener(new TerminalProgressBar(steps.out(), System.console() != null)).build();
    String run = "ctax-" + Long.toString(System.currentTimeMillis(), 36);

    Set<UUID> sent = new HashSet<>();
    Map<Integer, String> problems = new TreeMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    list.rows().forEach(r -> lineOf.put(r.account(), r.line()));
    for (Channel channel : Channel.values()) {
      List<BulkRow> rows = list.rows().stream().filter(r -> r.channel().equals(channel.column))
          .map(channel::row).toList();
      BatchPlan plan = BatchPlan.builder().batchId(run + "-" + channel.column).templateId(channel.template(templates))
          .channel(channel.type).source(BatchSource.of(rows)).invalidRows(InvalidRowPolicy.SEND_GOOD_ROWS).build();
      BatchResult result = steps.call("send " + rows.size() + " " + channel.column + " reminders at "
          + SENDS_PER_MINUTE + " a minute", () -> sender.send(plan),
          r -> r.counts().sent() + " accepted by Notify, " + r.counts().failed() + " failed");
      steps.check(result.outcome() == BatchResult.Outcome.COMPLETED, result.message());
      // Rows are keyed by account number: the reference is "<batch id>:<account>", found again after a crash.
      result.report().problems().forEach(p -> problems.put(lineOf.get(p.key()), "account " + p.key() + "): "
          + p.reason()));
      try (BatchJournal batch = journal.open(journal.status(plan.batchId()).orElseThrow().identity())) {
        batch.rows(RowState.SENT).forEach(r -> sent.add(r.notificationId()));
      }
    }
    steps.note(sent.size() + " accepted by Notify, " + problems.size() + (problems.size() == 1 ? " row" : " rows")
        + " with a problem");
    problems.forEach((line, problem) -> steps.note("line " + line + " (" + problem));
    steps.check(problems.keySet().equals(Set.of(57)), "expected only line 57 (a phone number typed with letter Os) to fail");

    // Let Notify deliver: in the sandbox, move its clock on; against Notify, give it a minute.
    if (ctx.platforms().isSandbox()) {
      steps.run("sandbox.advanceClock(" + LETTER_TIME.toHours() + " h)",
          () -> {
            ctx.platforms().advanceClock(LETTER_TIME, "letters are posted the next day");
            return null;
          },
          "emails and texts are delivered, letters received by the printer");
    }
    Map<String, Integer> counts = steps.call("notify.listNotifications() until every reminder is final",
        () -> count(notify, sent, ctx.platforms().isSandbox() ? Duration.ofSeconds(20) : Duration.ofSeconds(60)),
        c -> c.get("delivered") + " delivered, " + c.get("failed") + " failed, " + c.get("pending") + " pending");
    steps.check(counts.get("delivered") + counts.get("failed") + counts.get("pending") == sent.size(),
        "every accepted reminder should be counted");
    if (ctx.platforms().isSandbox()) {
      steps.check(counts.get("pending") == 0, "in the sandbox every reminder should be final by now");
    }
  }

  /** The three channels of the export, each a batch of its own (a batch has one template). */
  private enum Channel {
    EMAIL("email", TemplateType.EMAIL),
    SMS("sms", TemplateType.SMS),
    LETTER("letter", TemplateType.LETTER);

    final String column;
    final TemplateType type;

    Channel(String column, TemplateType type) {
      this.column = column;
      this.type = type;
    }

    UUID template(NotifyTemplates t) {
      return switch (this) {
        case EMAIL -> t.reminderEmail();
        case SMS -> t.reminderSms();
        case LETTER -> t.reminderLetter();
      };
    }

    BulkRow row(ReminderList.Row r) {
      Map<String, String> personalisation = Map.of("name", r.name(), "amount_due", r.amountDue(),
          "due_date", r.dueDate());
      return switch (this) {
        case EMAIL -> BulkRow.email(r.account(), r.contact(), personalisation);
        case SMS -> BulkRow.sms(r.account(), r.contact(), personalisation);
        case LETTER -> {
          List<String> lines = new ArrayList<>();
          lines.add(r.name());
          lines.addAll(r.addressLines());
          yield BulkRow.letter(r.account(), lines, r.postcode(), personalisation);
        }
      };
    }
  }

  /** Reads the statuses with the list endpoint (250 a page) rather than one request per reminder. */
  private static Map<String, Integer> count(NotifyApi notify, Set<UUID> ids, Duration patience)
      throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      int delivered = 0;
      int failed = 0;
      int pending = 0;
      List<Notification> ours = notify.listNotifications(NotificationQuery.all()).stream()
          .filter(n -> ids.contains(n.id())).limit(ids.size()).toList();
      for (Notification n : ours) {
        if (DELIVERED.contains(n.status())) {
          delivered++;
        } else if (n.status().isFinal()) {
          failed++;
        } else {
          pending++;
        }
      }
      pending += ids.size() - ours.size();
      if (pending == 0 || System.nanoTime() > deadline) {
        return Map.of("delivered", delivered, "failed", failed, "pending", pending);
      }
      Thread.sleep(500);
    }
  }
}
