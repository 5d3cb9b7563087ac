package io.github.councilplatform.notify.bulk;

import io.github.councilplatform.core.ApiError;
import io.github.councilplatform.core.ApiException;
import io.github.councilplatform.core.CircuitOpenException;
import io.github.councilplatform.core.ClientThrottledException;
import io.github.councilplatform.core.CouncilPlatformException;
import io.github.councilplatform.core.NotFoundException;
import io.github.councilplatform.core.OutcomeUnknownException;
import io.github.councilplatform.core.RateLimitedException;
import io.github.councilplatform.core.RequestValidationException;
import io.github.councilplatform.core.Sleeper;
import io.github.councilplatform.core.TransportException;
import io.github.councilplatform.notify.EmailRequest;
import io.github.councilplatform.notify.LetterRequest;
import io.github.councilplatform.notify.Notification;
import io.github.councilplatform.notify.NotifyApi;
import io.github.councilplatform.notify.SmsRequest;
import io.github.councilplatform.notify.Template;
import io.github.councilplatform.notify.TemplateType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Sends a batch of emails, text messages or letters through Notify: checks every row first, then sends the
 * good ones paced under the service's rate limit, recording each row in a journal so that a run stopped by a
 * crash, a kill, a lost network or the daily limit resumes (run {@link #send(BatchPlan)} again) without
 * sending any row twice.
 *
 * <pre>{@code
 * BulkSender sender = BulkSender.builder()
 *     .notify(notifyClient)
 *     .journal(FileBulkJournal.in(Path.of("notify-batches")))
 *     .pacer(TokenBucketPacer.perMinute(3000))
 *     .listener(TerminalProgressBar.onStandardError())
 *     .build();
 * BatchResult result = sender.send(plan);
 * }</pre>
 *
 * <h2>How a run goes</h2>
 * <ol>
 *   <li>The template is fetched; an unknown template, or one of another channel, is refused
 *       ({@link BulkInputException}), as is a file without a recipient column or a column for a placeholder.</li>
 *   <li>Every row is checked with the client's own request rules, streaming. Bad rows stop the batch unless the
 *       plan says {@link InvalidRowPolicy#SEND_GOOD_ROWS}; repeated recipients are reported, never dropped.</li>
 *   <li>The journal is opened; one written for another template or other rows is refused.</li>
 *   <li>Rows whose outcome was unknown (or that were being sent when a run died) are looked up by their
 *       reference ({@code batchId:rowKey}) and marked sent, or made pending again if Notify has no record.</li>
 *   <li>The rows are streamed again; each free row is claimed (recorded in flight before it is sent), sent at
 *       the pacer's rate, and its outcome recorded. A row Notify refuses for good is never retried.</li>
 * </ol>
 *
 * <p>Immutable and thread-safe; one sender can run several batches, one at a time per batch id. It does not
 * close the {@link NotifyApi} it was given.
 */
public final class BulkSender {
  private final NotifyApi notify;
  private final BulkJournal journal;
  private final SendPacer pacer;
  private final List<BulkListener> listeners;
  private final int parallelism;
  private final int chunkSize;
  private final Clock clock;
  private final Sleeper sleeper;

  private BulkSender(Builder b) {
    this.notify = b.notify;
    this.journal = b.journal != null ? b.journal : FileBulkJournal.in(Path.of("notify-batches"));
    this.pacer = b.pacer != null ? b.pacer : TokenBucketPacer.notifyDefault();
    this.listeners = List.copyOf(b.listeners);
    this.parallelism = b.parallelism;
    this.chunkSize = b.chunkSize;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
  }

  /**
   * A builder; {@link Builder#notify(NotifyApi)} is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks every row without sending anything (a dry run): the template, the columns, and each row with the
   * client's request rules. Reads the source once, streaming.
   *
   * @param plan the batch
   * @return the report: bad rows by line and reason, repeated recipients, and the source's fingerprint
   * @throws BulkInputException if the template, the file or its columns make the whole batch impossible
   */
  public CheckReport check(BatchPlan plan) {
    Objects.requireNonNull(plan, "plan");
    Template template = template(plan);
    return check(plan, template);
  }

  /**
   * Sends a batch, or resumes it: the same plan run again carries on where the last run stopped, reconciling
   * first any row whose outcome was unknown. Blocks until the batch is done, paused or stopped.
   *
   * @param plan the batch
   * @return how the run ended, with the journal's counts
   * @throws InvalidRowsException if rows failed the checks and the plan says {@link InvalidRowPolicy#STOP}
   * @throws JournalMismatchException if the batch's journal was written for another template or other rows
   * @throws BulkInputException for the other input problems, before anything is sent
   * @throws JournalException if the journal cannot be written (the run stops; resume when fixed)
   */
  public BatchResult send(BatchPlan plan) {
    Objects.requireNonNull(plan, "plan");
    Template template = template(plan);
    CheckReport report = check(plan, template);
    if (!report.allGood() && plan.invalidRows() == InvalidRowPolicy.STOP) {
      throw new InvalidRowsException(report);
    }
    BatchIdentity identity = new BatchIdentity(plan.batchId(), template.id(), report.channel(),
        report.fingerprint());
    try (BatchJournal batch = journal.open(identity)) {
      BatchResult result = new Run(plan, template, report, batch).run();
      listeners.forEach(l -> quietly(() -> l.onFinished(result)));
      return result;
    }
  }

  /**
   * What the journal knows of a batch, without opening it for sending.
   *
   * @param batchId the batch id
   * @return the status, or empty if the journal has never seen the batch
   */
  public Optional<BatchStatus> status(String batchId) {
    return journal.status(batchId);
  }

  /**
   * Writes a batch's failed rows (line, key, reason) as CSV, for the council to fix and send as a new batch.
   *
   * @param batch the batch's journal
   * @param out where to write
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void writeFailures(BatchJournal batch, Appendable out) {
    try {
      out.append("line,key,reason\n");
      for (RowRecord r : batch.rows(RowState.FAILED)) {
        out.append(Long.toString(r.row().line())).append(',').append(csvCell(r.row().key())).append(',')
            .append(csvCell(r.reason() == null ? "" : r.reason())).append('\n');
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String csvCell(String s) {
    return s.matches("[^\",\\r\\n]*") ? s : '"' + s.replace("\"", "\"\"") + '"';
  }

  private Template template(BatchPlan plan) {
    Template template;
    try {
      template = notify.getTemplate(plan.templateId());
    } catch (NotFoundException e) {
      throw new BulkInputException(BulkInputException.Problem.UNKNOWN_TEMPLATE, "Notify has no template "
          + plan.templateId() + " for this service. Check the id (Templates, then the template, then 'Copy"
          + " template ID') and that the API key belongs to the same service.");
    } catch (ApiException e) {
      if (e.statusCode() == 400) {
        throw new BulkInputException(BulkInputException.Problem.UNKNOWN_TEMPLATE, "Notify refused template id "
            + plan.templateId() + ": " + messages(e));
      }
      throw e;
    }
    TemplateType type = template.type();
    if (type != TemplateType.EMAIL && type != TemplateType.SMS && type != TemplateType.LETTER) {
      throw new BulkInputException(BulkInputException.Problem.WRONG_TEMPLATE_TYPE, "Template "
          + template.id() + " has a type this SDK cannot send in bulk (" + type + ").");
    }
    if (plan.channel() != null && plan.channel() != type) {
      throw new BulkInputException(BulkInputException.Problem.WRONG_TEMPLATE_TYPE, "Template " + template.id()
          + " ('" + template.name() + "') is a " + type + " template, but the batch is for " + plan.channel()
          + ". Use a " + plan.channel() + " template, or change the batch's channel.");
    }
    return template;
  }

  private CheckReport check(BatchPlan plan, Template template) {
    RowChecker checker = new RowChecker(template, template.type(), plan.batchId());
    BatchSource source = plan.source();
    List<RowProblem> problems = new ArrayList<>();
    List<DuplicateRecipient> duplicates = new ArrayList<>();
    long rows = 0;
    long bad = 0;
    long dupes = 0;
    LongIndex recipients = new LongIndex();
    LongIndex keys = new LongIndex();
    String fingerprint;
    try (RowCursor cursor = source.open()) {
      if (cursor.headers() != null) {
        checker.checkHeaders(cursor.headers(), source.describe());
      }
      boolean keyed = !(source instanceof CsvSource csv) || csv.hasKeyColumn();
      while (cursor.hasNext()) {
        SourceRow row = cursor.next();
        rows++;
        RowChecker.Checked c = checker.check(row);
        if (keyed && row.key() != null) {
          long first = keys.putIfAbsent(LongIndex.hash(row.key()), row.line());
          if (first >= 0) {
            throw new BulkInputException(BulkInputException.Problem.DUPLICATE_ROW_KEY, "Rows " + first + " and "
                + row.line() + " of " + source.describe() + " have the same key '" + row.key() + "', so they"
                + " would share a Notify reference. Give every row its own key.");
          }
        }
        if (!c.ok()) {
          bad++;
          RowProblem p = new RowProblem(row.line(), c.row().key(), c.problem());
          if (problems.size() < CheckReport.MAX_LISTED) {
            problems.add(p);
          }
          listeners.forEach(l -> quietly(() -> l.onRowFailed(p)));
        } else {
          long first = recipients.putIfAbsent(LongIndex.hash(c.recipientForDuplicates()), row.line());
          if (first >= 0) {
            dupes++;
            if (duplicates.size() < CheckReport.MAX_LISTED) {
              duplicates.add(new DuplicateRecipient(row.line(), first));
            }
          }
        }
        if (rows % 500 == 0) {
          progress(new BatchProgress(BatchProgress.Phase.CHECKING, 0, rows, 0, bad, 0, 0, null));
        }
      }
      fingerprint = cursor.fingerprint();
    }
    if (rows == 0) {
      throw new BulkInputException(BulkInputException.Problem.EMPTY_FILE, "The batch has no rows: there is"
          + " nothing to send.");
    }
    progress(new BatchProgress(BatchProgress.Phase.CHECKING, rows, rows, 0, bad, 0, 0, null));
    return new CheckReport(plan.batchId(), template.id(), template.type(), source.describe(), rows, bad, problems,
        dupes, duplicates, fingerprint);
  }

  private void progress(BatchProgress p) {
    listeners.forEach(l -> quietly(() -> l.onProgress(p)));
  }

  private static void quietly(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException ignored) {
      // A listener never stops a batch.
    }
  }

  private static String messages(ApiException e) {
    List<String> out = new ArrayList<>();
    for (ApiError error : e.errors()) {
      out.add(error.code() + ": " + error.message());
    }
    return out.isEmpty() ? "HTTP " + e.statusCode() : String.join("; ", out);
  }

  /** The start of the next day in UTC: when Notify's daily counters start again. */
  static Instant nextUtcMidnight(Instant now) {
    return now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** One run of one batch. */
  private final class Run {
    private final BatchPlan plan;
    private final CheckReport report;
    private final BatchJournal batch;
    private final RowChecker checker;
    private final Instant started = clock.instant();
    private final java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong failed = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong unknown = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong sentThisRun = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicReference<BatchResult> stop =
        new java.util.concurrent.atomic.AtomicReference<>();
    /** Failures that stop the run at once: the journal's, or ones the SDK cannot classify. */
    private final List<Throwable> journalFailures = new CopyOnWriteArrayList<>();

    Run(BatchPlan plan, Template template, CheckReport report, BatchJournal batch) {
      this.plan = plan;
      this.report = report;
      this.batch = batch;
      this.checker = new RowChecker(template, template.type(), plan.batchId());
    }

    BatchResult run() {
      Optional<Instant> paused = batch.pausedUntil();
      if (paused.isPresent() && clock.instant().isBefore(paused.get())) {
        return new BatchResult(BatchResult.Outcome.PAUSED_DAILY_LIMIT, batch.counts(), report, paused.get(),
            "Batch " + plan.batchId() + " is paused by Notify's daily limit until " + paused.get()
            + " (midnight UTC). Resume it then.");
      }
      BatchCounts before = batch.counts();
      sent.set(before.sent());
      failed.set(before.failed());
      try {
        reconcile();
      } catch (TransportException | CircuitOpenException | ApiException e) {
        return stopped("Could not reconcile rows whose outcome was unknown (" + e.getMessage()
            + "). Nothing was resent. Resume when Notify can be reached.");
      }
      unknown.set(batch.counts().outcomeUnknown());
      sendAll();
      if (!journalFailures.isEmpty()) {
        // A journal that cannot be written, or something the SDK does not know (a bug in a NotifyApi fake):
        // stop; the row it happened to stays in flight, to be reconciled by the next run.
        Throwable t = journalFailures.get(0);
        if (t instanceof RuntimeException re) {
          throw re;
        }
        throw (Error) t;
      }
      BatchResult stopped = stop.get();
      BatchCounts counts = batch.counts();
      if (stopped != null) {
        return new BatchResult(stopped.outcome(), counts, report, stopped.resumeAt(), stopped.message());
      }
      if (counts.sent() + counts.failed() == report.rows() && counts.inFlight() == 0) {
        batch.complete();
        return new BatchResult(BatchResult.Outcome.COMPLETED, counts, report, null, "Batch " + plan.batchId()
            + " is done: " + counts.sent() + " sent, " + counts.failed() + " failed.");
      }
      return new BatchResult(BatchResult.Outcome.COMPLETED_WITH_UNKNOWN, counts, report, null,
          counts.outcomeUnknown() + " rows of batch " + plan.batchId() + " may or may not have been sent (no"
          + " answer came back). Resume the batch in a few minutes: they are looked up by reference and only"
          + " the ones Notify has no record of are sent.");
    }

    private BatchResult stopped(String message) {
      return new BatchResult(BatchResult.Outcome.STOPPED, batch.counts(), report, null, message);
    }

    private void reconcile() {
      List<RowRecord> todo;
      while (!(todo = batch.unresolved(100)).isEmpty()) {
        for (RowRecord r : todo) {
          String reference = batch.identity().referenceFor(r.row());
          Optional<Notification> found = notify.findNotificationsByReference(reference).stream().findFirst();
          if (found.isPresent()) {
            batch.recordSent(r.row(), found.get().id());
            sent.incrementAndGet();
          } else {
            // Notify has no record of it: the send never arrived, so sending it (once) is safe.
            batch.release(r.row());
          }
          progress(snapshot(BatchProgress.Phase.RECONCILING));
        }
      }
    }

    private void sendAll() {
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(parallelism,
          r -> {
            Thread t = new Thread(r, "notify-bulk-" + plan.batchId());
            t.setDaemon(true);
            return t;
          });
      java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(parallelism * 2);
      try (RowCursor cursor = plan.source().open()) {
        while (cursor.hasNext() && stop.get() == null && journalFailures.isEmpty()) {
          List<RowChecker.Checked> chunk = new ArrayList<>(chunkSize);
          List<RowRef> refs = new ArrayList<>(chunkSize);
          while (cursor.hasNext() && chunk.size() < chunkSize) {
            RowChecker.Checked c = checker.check(cursor.next());
            chunk.add(c);
            refs.add(c.row());
          }
          java.util.Set<String> claimed = new java.util.HashSet<>();
          batch.claim(refs).forEach(r -> claimed.add(r.key()));
          for (RowChecker.Checked c : chunk) {
            if (!claimed.contains(c.row().key())) {
              continue;
            }
            if (stop.get() != null || !journalFailures.isEmpty()) {
              batch.release(c.row());
              continue;
            }
            if (!c.ok()) {
              batch.recordFailed(c.row(), "failed the checks: " + c.problem());
              failed.incrementAndGet();
              continue;
            }
            slots.acquireUninterruptibly();
            pool.execute(() -> {
              try {
                sendOne(c);
              } catch (RuntimeException | Error e) {
                journalFailures.add(e);
              } finally {
                slots.release();
              }
            });
          }
        }
      } finally {
        pool.shutdown();
        try {
          while (!pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
            // Each send has its own timeouts; wait for them to end.
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }

    private void sendOne(RowChecker.Checked c) {
      RowRef row = c.row();
      int cost = c.request() instanceof LetterRequest ? 2 : 1;
      while (true) {
        if (stop.get() != null || !journalFailures.isEmpty()) {
          batch.release(row);
          return;
        }
        try {
          pacer.acquire(cost);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          batch.release(row);
          stop.compareAndSet(null, stopped("The batch was interrupted. Resume it to carry on."));
          return;
        }
        try {
          UUID id = sendRequest(c.request());
          batch.recordSent(row, id);
          sent.incrementAndGet();
          sentThisRun.incrementAndGet();
          progress(snapshot(BatchProgress.Phase.SENDING));
          return;
        } catch (OutcomeUnknownException e) {
          batch.recordUnknown(row, "no answer from Notify: " + e.getClass().getSimpleName());
          unknown.incrementAndGet();
          listeners.forEach(l -> quietly(() -> l.onRowUnknown(row)));
          progress(snapshot(BatchProgress.Phase.SENDING));
          return;
        } catch (RateLimitedException e) {
          if (e.resetsLater()) {
            batch.release(row);
            pauseForTheDay(e);
            return;
          }
          // The per-minute limit, despite the pacing (another sender with the same service): Notify refused it
          // before acting on it, so it is sent again after the wait.
          pacer.holdBack(e.retryAfter().orElse(Duration.ofSeconds(1)));
        } catch (ClientThrottledException e) {
          try {
            sleeper.sleep(Duration.ofMillis(100));
          } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
          }
        } catch (ApiException e) {
          if (e.statusCode() == 401 || e.statusCode() == 403) {
            batch.release(row);
            stop.compareAndSet(null, stopped("Notify refused the request (" + messages(e) + "). Nothing more was"
                + " sent; fix the API key or the service's settings and resume."));
            return;
          }
          fail(row, "Notify refused it: " + messages(e));
          return;
        } catch (RequestValidationException e) {
          fail(row, e.getMessage());
          return;
        } catch (TransportException | CircuitOpenException e) {
          // Nothing of this send reached Notify.
          batch.release(row);
          stop.compareAndSet(null, stopped("Notify could not be reached (" + e.getMessage() + "). Resume the"
              + " batch when the network is back; nothing is sent twice."));
          return;
        } catch (CouncilPlatformException e) {
          // The SDK cannot tell whether this reached Notify: reconcile rather than resend.
          batch.recordUnknown(row, e.getClass().getSimpleName());
          unknown.incrementAndGet();
          return;
        }
      }
    }

    private void fail(RowRef row, String reason) {
      batch.recordFailed(row, reason);
      failed.incrementAndGet();
      RowProblem p = new RowProblem(row.line(), row.key(), reason);
      listeners.forEach(l -> quietly(() -> l.onRowFailed(p)));
      progress(snapshot(BatchProgress.Phase.SENDING));
    }

    private void pauseForTheDay(RateLimitedException e) {
      Instant resumeAt = nextUtcMidnight(clock.instant());
      BatchResult paused = new BatchResult(BatchResult.Outcome.PAUSED_DAILY_LIMIT, null, report, resumeAt,
          "Notify's daily limit is reached (" + messages(e) + "). Batch " + plan.batchId() + " is paused with"
          + " its state saved; resume it after " + resumeAt + " (midnight UTC, when Notify's daily counts"
          + " start again).");
      if (stop.compareAndSet(null, paused)) {
        batch.pause(resumeAt, messages(e));
      }
    }

    private UUID sendRequest(Object request) {
      if (request instanceof EmailRequest email) {
        return notify.sendEmail(email).id();
      }
      if (request instanceof SmsRequest sms) {
        return notify.sendSms(sms).id();
      }
      return notify.sendLetter((LetterRequest) request).id();
    }

    private BatchProgress snapshot(BatchProgress.Phase phase) {
      long total = report.rows();
      long s = sent.get();
      long f = failed.get();
      long u = unknown.get();
      double minutes = Duration.between(started, clock.instant()).toMillis() / 60_000.0;
      double rate = minutes <= 0 ? 0 : sentThisRun.get() / minutes;
      long left = Math.max(0, total - s - f - u);
      Duration timeLeft = Duration.ofSeconds((long) Math.ceil(left * 60.0 / Math.max(1, pacer.perMinute())));
      return new BatchProgress(phase, total, total, s, f, u, rate, timeLeft);
    }
  }

  /**
   * Builds a {@link BulkSender}. Defaults: a {@link FileBulkJournal} in {@code ./notify-batches}, a
   * {@link TokenBucketPacer} at 3,000 a minute, 4 sends at a time, the system clock.
   */
  public static final class Builder {
    private NotifyApi notify;
    private BulkJournal journal;
    private SendPacer pacer;
    private final List<BulkListener> listeners = new ArrayList<>();
    private int parallelism = 4;
    private int chunkSize = 100;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();

    private Builder() {}

    /**
     * The Notify client to send with (required); not closed by the sender.
     *
     * @param notify the client
     * @return this builder
     */
    public Builder notify(NotifyApi notify) {
      this.notify = Objects.requireNonNull(notify, "notify");
      return this;
    }

    /**
     * Where rows' states are kept (default: a {@link FileBulkJournal} in {@code ./notify-batches}).
     *
     * @param journal the journal
     * @return this builder
     */
    public Builder journal(BulkJournal journal) {
      this.journal = Objects.requireNonNull(journal, "journal");
      return this;
    }

    /**
     * Paces the sends (default: {@link TokenBucketPacer#notifyDefault()}, 3,000 a minute).
     *
     * @param pacer the pacer, shared with other senders of the same service if there are any
     * @return this builder
     */
    public Builder pacer(SendPacer pacer) {
      this.pacer = Objects.requireNonNull(pacer, "pacer");
      return this;
    }

    /**
     * Adds a listener for progress and row outcomes.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(BulkListener listener) {
      this.listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * How many sends may be under way at once (default 4): enough to reach 3,000 a minute with 100 ms
     * round trips; the pacer, not this, sets the rate.
     *
     * @param parallelism 1 to 64
     * @return this builder
     */
    public Builder parallelism(int parallelism) {
      if (parallelism < 1 || parallelism > 64) {
        throw new IllegalArgumentException("parallelism must be 1 to 64; got " + parallelism);
      }
      this.parallelism = parallelism;
      return this;
    }

    /**
     * How many rows are claimed from the journal at a time (default 100).
     *
     * @param chunkSize 1 to 10,000
     * @return this builder
     */
    public Builder chunkSize(int chunkSize) {
      if (chunkSize < 1 || chunkSize > 10_000) {
        throw new IllegalArgumentException("chunkSize must be 1 to 10,000; got " + chunkSize);
      }
      this.chunkSize = chunkSize;
      return this;
    }

    /**
     * The clock for rates, estimates and the daily limit's end (tests pass a fake one).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How to wait when the client's own limiter is full (tests pass one that does not really wait).
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Builds the sender.
     *
     * @return the sender
     * @throws IllegalStateException if no Notify client was given
     */
    public BulkSender build() {
      if (notify == null) {
        throw new IllegalStateException("BulkSender needs notify(…): the NotifyClient to send with.");
      }
      return new BulkSender(this);
    }
  }
}
