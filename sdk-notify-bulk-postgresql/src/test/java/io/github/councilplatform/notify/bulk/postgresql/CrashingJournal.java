package io.github.councilplatform.notify.bulk.postgresql;

import io.github.councilplatform.notify.bulk.BatchCounts;
import io.github.councilplatform.notify.bulk.BatchIdentity;
import io.github.councilplatform.notify.bulk.BatchJournal;
import io.github.councilplatform.notify.bulk.BatchStatus;
import io.github.councilplatform.notify.bulk.BulkJournal;
import io.github.councilplatform.notify.bulk.RowRecord;
import io.github.councilplatform.notify.bulk.RowRef;
import io.github.councilplatform.notify.bulk.RowState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL journal whose process "dies" after a number of sends: from then on Notify has accepted rows
 * the journal never hears of (the worst moment for a crash), and the batch is left open, its worker's lock to be
 * dropped as PostgreSQL drops a killed process's connection.
 */
final class CrashingJournal implements BulkJournal {
  private final BulkJournal real;
  private final int recordsBeforeCrash;
  final AtomicInteger recorded = new AtomicInteger();

  CrashingJournal(BulkJournal real, int recordsBeforeCrash) {
    this.real = real;
    this.recordsBeforeCrash = recordsBeforeCrash;
  }

  @Override
  public BatchJournal open(BatchIdentity identity) {
    BatchJournal b = real.open(identity);
    return new BatchJournal() {
      @Override
      public BatchIdentity identity() {
        return b.identity();
      }

      @Override
      public List<RowRef> claim(List<RowRef> rows) {
        return b.claim(rows);
      }

      @Override
      public void recordSent(RowRef row, UUID notificationId) {
        if (recorded.incrementAndGet() > recordsBeforeCrash) {
          throw new ProcessKilled();
        }
        b.recordSent(row, notificationId);
      }

      @Override
      public void recordFailed(RowRef row, String reason) {
        b.recordFailed(row, reason);
      }

      @Override
      public void recordUnknown(RowRef row, String reason) {
        b.recordUnknown(row, reason);
      }

      @Override
      public void release(RowRef row) {
        if (recorded.get() > recordsBeforeCrash) {
          throw new ProcessKilled();
        }
        b.release(row);
      }

      @Override
      public List<RowRecord> unresolved(int limit) {
        return b.unresolved(limit);
      }

      @Override
      public Iterable<RowRecord> rows(RowState state) {
        return b.rows(state);
      }

      @Override
      public BatchCounts counts() {
        return b.counts();
      }

      @Override
      public void pause(Instant until, String reason) {
        b.pause(until, reason);
      }

      @Override
      public Optional<Instant> pausedUntil() {
        return b.pausedUntil();
      }

      @Override
      public void complete() {
        b.complete();
      }

      @Override
      public void close() {
        // A killed process closes nothing: its connection just ends (the test terminates it).
      }
    };
  }

  @Override
  public Optional<BatchStatus> status(String batchId) {
    return real.status(batchId);
  }

  @Override
  public void close() {}

  /** What the process would do at that moment: stop dead. */
  static final class ProcessKilled extends Error {
    private static final long serialVersionUID = 1L;

    ProcessKilled() {
      super("killed");
    }
  }
}
