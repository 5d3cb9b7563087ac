package io.github.councilplatform.examples.journeys;

import io.github.councilplatform.core.CouncilPlatformException;
import io.github.councilplatform.core.OutcomeUnknownException;
import io.github.councilplatform.examples.Journey;
import io.github.councilplatform.examples.support.JourneyContext;
import io.github.councilplatform.examples.support.NotifyTemplates;
import io.github.councilplatform.examples.support.Steps;
import io.github.councilplatform.notify.EmailRequest;
import io.github.councilplatform.notify.LetterRequest;
import io.github.councilplatform.notify.Notification;
import io.github.councilplatform.notify.NotificationQuery;
import io.github.councilplatform.notify.NotificationStatus;
import io.github.councilplatform.notify.NotifyApi;
import io.github.councilplatform.notify.SmsRequest;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Journey 4, council tax reminders: 200 residents from a CSV-like list, each by email, text or letter, sent
 * at a steady pace under Notify's rate limit (3,000 requests a minute per API key) with a progress bar. A bad
 * row is reported by its line number and the batch carries on. Then the delivered and failed counts.
 */
public final class CouncilTaxRemindersJourney implements Journey {
  /** 40 a second is 2,400 a minute: well under Notify's 3,000, leaving room for the council's other sending. */
  static final int SENDS_PER_SECOND = 40;
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
    // A client of its own for the batch, with a client-side rate limit: each send waits for its turn. Closing it
    // releases its connection pool.
    try (NotifyApi notify = ctx.platforms().pacedNotify(SENDS_PER_SECOND)) {
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

    Set<UUID> sent = new HashSet<>();
    Map<Integer, String> problems = new LinkedHashMap<>();
    steps.call("send " + list.rows().size() + " reminders at " + SENDS_PER_SECOND + " a second",
        () -> {
          Progress progress = new Progress(steps.out(), list.rows().size());
          for (ReminderList.Row row : list.rows()) {
            try {
              sent.add(send(notify, templates, row));
            } catch (OutcomeUnknownException e) {
              // Notify may have accepted it: never resend blindly. Look it up by its reference later.
              problems.put(row.line(), "outcome unknown; look up reference " + reference(row) + " before resending");
            } catch (CouncilPlatformException e) {
              // A bad row is reported and the batch carries on.
              problems.put(row.line(), e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            progress.step();
          }
          return null;
        },
        r -> sent.size() + " accepted by Notify, " + problems.size() + (problems.size() == 1 ? " row" : " rows")
            + " with a problem");
    problems.forEach((line, problem) -> steps.note("line " + line + " (account " + account(list, line) + "): "
        + problem));
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

  private static UUID send(NotifyApi notify, NotifyTemplates templates, ReminderList.Row row) {
    Map<String, Object> personalisation = Map.of("name", row.name(), "amount_due", row.amountDue(),
        "due_date", row.dueDate());
    // The reference lets the council find each reminder again (for example after an unknown outcome).
    return switch (row.channel()) {
      case "email" -> notify.sendEmail(EmailRequest.builder().templateId(templates.reminderEmail())
          .emailAddress(row.contact()).personalisation(personalisation).reference(reference(row)).build()).id();
      case "sms" -> notify.sendSms(SmsRequest.builder().templateId(templates.reminderSms())
          .phoneNumber(row.contact()).personalisation(personalisation).reference(reference(row)).build()).id();
      case "letter" -> notify.sendLetter(LetterRequest.builder().templateId(templates.reminderLetter())
          .address(withName(row)).postcode(row.postcode()).personalisation(personalisation)
          .reference(reference(row)).build()).id();
      default -> throw new io.github.councilplatform.core.RequestValidationException("channel",
          "must be email, sms or letter");
    };
  }

  private static List<String> withName(ReminderList.Row row) {
    List<String> lines = new ArrayList<>();
    lines.add(row.name());
    lines.addAll(row.addressLines());
    return lines;
  }

  private static String reference(ReminderList.Row row) {
    return "ctax-reminder-" + row.account();
  }

  private static String account(ReminderList list, int line) {
    return list.rows().stream().filter(r -> r.line() == line).map(ReminderList.Row::account).findFirst()
        .orElse("?");
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

  /** A progress bar on one line (a new line each tenth when the output is not a terminal). */
  private static final class Progress {
    private static final int WIDTH = 40;
    private final PrintStream out;
    private final int total;
    private final boolean terminal = System.console() != null;
    private int done;

    Progress(PrintStream out, int total) {
      this.out = out;
      this.total = total;
    }

    void step() {
      done++;
      boolean tenth = done * 10 / total != (done - 1) * 10 / total;
      if (!terminal && !tenth) {
        return;
      }
      int filled = done * WIDTH / total;
      String bar = "                  [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total;
      if (terminal) {
        out.print("\r" + bar + (done == total ? System.lineSeparator() : ""));
      } else {
        out.println(bar);
      }
    }
  }
}
