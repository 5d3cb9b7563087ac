package io.github.councilplatform.notify.cli;

import io.github.councilplatform.core.CouncilPlatformException;
import io.github.councilplatform.notify.NotifyClient;
import io.github.councilplatform.notify.TemplateType;
import io.github.councilplatform.notify.bulk.BatchJournal;
import io.github.councilplatform.notify.bulk.BatchPlan;
import io.github.councilplatform.notify.bulk.BatchResult;
import io.github.councilplatform.notify.bulk.BatchSource;
import io.github.councilplatform.notify.bulk.BatchStatus;
import io.github.councilplatform.notify.bulk.BulkInputException;
import io.github.councilplatform.notify.bulk.BulkSender;
import io.github.councilplatform.notify.bulk.CheckReport;
import io.github.councilplatform.notify.bulk.FileBulkJournal;
import io.github.councilplatform.notify.bulk.InvalidRowPolicy;
import io.github.councilplatform.notify.bulk.InvalidRowsException;
import io.github.councilplatform.notify.bulk.JournalMismatchException;
import io.github.councilplatform.notify.bulk.RowProblem;
import io.github.councilplatform.notify.bulk.TerminalProgressBar;
import io.github.councilplatform.notify.bulk.TokenBucketPacer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code notify-batch batch check|send|resume|status}. */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = "Check, send, resume or show a batch sent from a CSV file laid out like Notify's upload.")
final class BatchCommand {
  private final Map<String, String> env;

  @Spec
  CommandSpec spec;

  BatchCommand(Map<String, String> env) {
    this.env = env;
  }

  /** Options every subcommand that talks to Notify shares. */
  static final class Common {
    @Option(names = {"-f", "--file"}, required = true, description = "The CSV file (UTF-8): 'email address',"
        + " 'phone number' or 'address line 1..7' (+ 'postcode'), then a column per placeholder.")
    Path file;

    @Option(names = {"-t", "--template"}, required = true, description = "The Notify template id.")
    UUID template;

    @Option(names = {"-b", "--batch-id"}, description = "The batch's id, the first half of every reference"
        + " (default: the file's name without .csv). Use a new one for each new mailing.")
    String batchId;

    @Option(names = "--channel", description = "email, sms or letter: refuse a template of another type.")
    String channel;

    @Option(names = "--key-column", description = "A column with each row's unique key (an account number),"
        + " instead of its line number.")
    String keyColumn;

    @Option(names = "--api-key-env", defaultValue = "NOTIFY_API_KEY",
        description = "The environment variable holding the API key (default: ${DEFAULT-VALUE}).")
    String apiKeyEnv;

    @Option(names = "--base-url", description = "Notify's address (default: GOV.UK Notify; the sandbox's for"
        + " trying things out).")
    String baseUrl;

    @Option(names = "--journal-dir", defaultValue = "notify-batches",
        description = "Where the batch's journal is kept (default: ${DEFAULT-VALUE}).")
    Path journalDir;

    String batchId() {
      if (batchId != null) {
        return batchId;
      }
      String name = file.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
      return name.replaceAll("[^A-Za-z0-9._-]", "-");
    }

    BatchPlan plan(InvalidRowPolicy policy) {
      BatchSource source = keyColumn == null ? BatchSource.csv(file) : BatchSource.csv(file, keyColumn);
      return BatchPlan.builder().batchId(batchId()).templateId(template).source(source)
          .channel(channel == null ? null : channel(channel)).invalidRows(policy).build();
    }

    private static TemplateType channel(String s) {
      return switch (s.toLowerCase(java.util.Locale.ROOT)) {
        case "email" -> TemplateType.EMAIL;
        case "sms", "text" -> TemplateType.SMS;
        case "letter" -> TemplateType.LETTER;
        default -> throw new IllegalArgumentException("--channel must be email, sms or letter; got " + s);
      };
    }
  }

  private NotifyClient client(Common c) {
    String key = env.get(c.apiKeyEnv);
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("Set the API key in the environment variable " + c.apiKeyEnv
          + " (from Notify: API integration, then API keys).");
    }
    NotifyClient.Builder b = NotifyClient.builder().apiKey(key.strip());
    if (c.baseUrl != null) {
      b.baseUrl(c.baseUrl);
    }
    return b.build();
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }

  private PrintWriter err() {
    return spec.commandLine().getErr();
  }

  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Check every row without sending anything (a dry run).")
  int check(@picocli.CommandLine.Mixin Common c) {
    try (NotifyClient notify = client(c)) {
      BulkSender sender = BulkSender.builder().notify(notify).journal(FileBulkJournal.in(c.journalDir)).build();
      CheckReport report = sender.check(c.plan(InvalidRowPolicy.STOP));
      printReport(report);
      return report.allGood() ? ExitCodes.OK : ExitCodes.INVALID_ROWS;
    } catch (BulkInputException e) {
      return inputError(e);
    }
  }

  @Command(name = "send", mixinStandardHelpOptions = true,
      description = "Check every row, then send; run again (or 'resume') to carry on after a stop.")
  int send(@picocli.CommandLine.Mixin Common c, @picocli.CommandLine.Mixin SendOptions o) {
    return run(c, o, false);
  }

  @Command(name = "resume", mixinStandardHelpOptions = true,
      description = "Carry on a batch that stopped: rows whose outcome is unknown are looked up by reference"
          + " first; nothing is sent twice.")
  int resume(@picocli.CommandLine.Mixin Common c, @picocli.CommandLine.Mixin SendOptions o) {
    return run(c, o, true);
  }

  @Command(name = "status", mixinStandardHelpOptions = true, description = "Show what the journal knows of a"
      + " batch (no API key needed).")
  int status(@Option(names = {"-b", "--batch-id"}, required = true, description = "The batch id.") String batchId,
      @Option(names = "--journal-dir", defaultValue = "notify-batches", description = "Where the journal is kept"
          + " (default: ${DEFAULT-VALUE}).") Path journalDir) {
    Optional<BatchStatus> status = FileBulkJournal.in(journalDir).status(batchId);
    if (status.isEmpty()) {
      err().println("No batch " + batchId + " in " + journalDir.toAbsolutePath() + '.');
      return ExitCodes.BAD_INPUT;
    }
    BatchStatus s = status.get();
    out().printf("batch %s, template %s (%s)%n", batchId, s.identity().templateId(), s.identity().channel());
    out().printf("sent %,d  failed %,d  unknown %,d  in flight %,d  pending %,d%n", s.counts().sent(),
        s.counts().failed(), s.counts().outcomeUnknown(), s.counts().inFlight(), s.counts().pending());
    if (s.completed()) {
      out().println("completed");
    } else if (s.pausedUntil() != null) {
      out().println("paused by Notify's daily limit until " + s.pausedUntil());
    }
    return ExitCodes.OK;
  }

  /** Send and resume's options. */
  static final class SendOptions {
    @Option(names = "--send-good-rows", description = "Send the rows that pass the checks even if some fail"
        + " (the bad ones are listed and never sent).")
    boolean sendGoodRows;

    @Option(names = "--rate", defaultValue = "3000", description = "The service's rate limit a minute"
        + " (default: ${DEFAULT-VALUE}, Notify's).")
    long rate;

    @Option(names = "--failures", description = "Where to write the failed rows as CSV (default:"
        + " <batch id>-failures.csv, when there are any).")
    Path failures;
  }

  private int run(Common c, SendOptions o, boolean resume) {
    String batchId = c.batchId();
    FileBulkJournal journal = FileBulkJournal.in(c.journalDir);
    if (resume && journal.status(batchId).isEmpty()) {
      err().println("There is no batch " + batchId + " to resume in " + c.journalDir.toAbsolutePath()
          + ". Start it with 'send'.");
      return ExitCodes.BAD_INPUT;
    }
    boolean terminal = System.console() != null;
    try (NotifyClient notify = client(c)) {
      BulkSender sender = BulkSender.builder().notify(notify).journal(journal)
          .pacer(TokenBucketPacer.perMinute(o.rate))
          .listener(new TerminalProgressBar(err(), terminal)).build();
      BatchResult result = sender.send(c.plan(o.sendGoodRows ? InvalidRowPolicy.SEND_GOOD_ROWS
          : InvalidRowPolicy.STOP));
      printReport(result.report());
      out().printf("sent %,d  failed %,d  unknown %,d  pending %,d%n", result.counts().sent(),
          result.counts().failed(), result.counts().outcomeUnknown(), result.counts().pending());
      out().println(result.message());
      writeFailures(journal, batchId, result, o.failures);
      return switch (result.outcome()) {
        case COMPLETED -> ExitCodes.OK;
        case COMPLETED_WITH_UNKNOWN -> ExitCodes.UNKNOWN_OUTCOMES;
        case PAUSED_DAILY_LIMIT -> ExitCodes.PAUSED;
        case STOPPED -> ExitCodes.STOPPED;
      };
    } catch (InvalidRowsException e) {
      printReport(e.report());
      err().println(e.getMessage());
      return ExitCodes.INVALID_ROWS;
    } catch (BulkInputException e) {
      return inputError(e);
    } catch (CouncilPlatformException e) {
      err().println("Stopped: " + e.getMessage());
      return ExitCodes.STOPPED;
    }
  }

  private void writeFailures(FileBulkJournal journal, String batchId, BatchResult result, Path path) {
    if (result.counts().failed() == 0) {
      return;
    }
    Path file = path != null ? path : Path.of(batchId + "-failures.csv");
    BatchStatus status = journal.status(batchId).orElseThrow();
    try (BatchJournal batch = journal.open(status.identity());
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      BulkSender.writeFailures(batch, w);
      out().println("failed rows written to " + file);
    } catch (IOException e) {
      err().println("Could not write " + file + ": " + e.getMessage());
    }
  }

  private int inputError(BulkInputException e) {
    err().println("Nothing was sent: " + e.getMessage());
    return e instanceof JournalMismatchException ? ExitCodes.JOURNAL_MISMATCH : ExitCodes.BAD_INPUT;
  }

  private void printReport(CheckReport report) {
    out().printf("%s: %,d rows, %,d good, %,d bad%n", report.source(), report.rows(), report.goodRows(),
        report.badRows());
    for (RowProblem p : report.problems()) {
      out().printf("  line %d: %s%n", p.line(), p.reason());
    }
    if (report.badRows() > report.problems().size()) {
      out().printf("  … and %,d more%n", report.badRows() - report.problems().size());
    }
    if (report.duplicateRecipients() > 0) {
      out().printf("warning: %,d rows repeat an earlier row's recipient (they will be sent too):%n",
          report.duplicateRecipients());
      report.duplicates().stream().limit(20).forEach(d -> out().printf("  line %d repeats line %d%n", d.line(),
          d.firstLine()));
    }
  }
}
