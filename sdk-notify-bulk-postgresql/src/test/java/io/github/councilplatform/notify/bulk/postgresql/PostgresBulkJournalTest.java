package io.github.councilplatform.notify.bulk.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.notify.TemplateType;
import io.github.councilplatform.notify.bulk.BatchCounts;
import io.github.councilplatform.notify.bulk.BatchIdentity;
import io.github.councilplatform.notify.bulk.BatchJournal;
import io.github.councilplatform.notify.bulk.JournalException;
import io.github.councilplatform.notify.bulk.JournalMismatchException;
import io.github.councilplatform.notify.bulk.RowRecord;
import io.github.councilplatform.notify.bulk.RowRef;
import io.github.councilplatform.notify.bulk.RowState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class PostgresBulkJournalTest {
  private static final UUID TEMPLATE = UUID.fromString("f33517ff-2a88-4f6e-b855-c550268ce08a");
  private static final String FINGERPRINT = "a".repeat(64);

  private final DataSource ds = Pg.dataSource();
  private final PostgresBulkJournal journal = PostgresBulkJournal.create(ds);

  private static BatchIdentity batch(String id) {
    return new BatchIdentity(id, TEMPLATE, TemplateType.EMAIL, FINGERPRINT);
  }

  private static List<RowRef> rows(int from, int to) {
    List<RowRef> out = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      out.add(new RowRef("row-" + i, i + 1));
    }
    return out;
  }

  @Test
  void threeConcurrentWorkersClaimEveryRowExactlyOnce() throws Exception {
    String id = "three-" + UUID.randomUUID();
    int rows = 600;
    CyclicBarrier start = new CyclicBarrier(3);
    ConcurrentLinkedQueue<String> claimed = new ConcurrentLinkedQueue<>();
    List<CompletableFuture<Integer>> workers = new ArrayList<>();
    for (int w = 0; w < 3; w++) {
      workers.add(CompletableFuture.supplyAsync(() -> {
        // Each worker its own journal and connections, streaming the same rows, as separate instances do.
        try (BatchJournal b = PostgresBulkJournal.builder(ds).createSchema(false).build().open(batch(id))) {
          start.await();
          int mine = 0;
          for (int i = 1; i <= rows; i += 25) {
            for (RowRef r : b.claim(rows(i, i + 24))) {
              claimed.add(r.key());
              mine++;
            }
          }
          return mine;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }));
    }
    int total = 0;
    for (CompletableFuture<Integer> w : workers) {
      total += w.get(2, TimeUnit.MINUTES);
    }
    assertThat(total).isEqualTo(rows);
    assertThat(new HashSet<>(claimed)).hasSize(rows);
    assertThat(journal.status(id).orElseThrow().counts()).isEqualTo(new BatchCounts(0, rows, 0, 0, 0));
  }

  @Test
  void aRowLockedByAnotherWorkersClaimIsSkippedNotWaitedFor() throws Exception {
    String id = "skip-" + UUID.randomUUID();
    try (BatchJournal b = journal.open(batch(id)); Connection other = ds.getConnection()) {
      assertThat(b.claim(List.of())).isEmpty();
      b.claim(rows(1, 2));
      b.release(new RowRef("row-1", 2));
      b.release(new RowRef("row-2", 3));
      other.setAutoCommit(false);
      try (PreparedStatement lock = other.prepareStatement(
          "SELECT 1 FROM council_bulk_row WHERE batch_id = ? AND row_key = 'row-1' FOR UPDATE")) {
        lock.setString(1, id);
        lock.executeQuery().close();
      }
      // Without SKIP LOCKED this claim would wait for the other transaction; the guard only stops a hang.
      List<RowRef> got = CompletableFuture.supplyAsync(() -> b.claim(rows(1, 2))).get(1, TimeUnit.MINUTES);
      assertThat(got).extracting(RowRef::key).containsExactly("row-2");
      other.rollback();
      assertThat(b.claim(rows(1, 2))).extracting(RowRef::key).containsExactly("row-1");
    }
  }

  @Test
  void aJournalFromAnotherTemplateChannelOrFileIsRefused() {
    String id = "mismatch-" + UUID.randomUUID();
    try (BatchJournal b = journal.open(batch(id))) {
      b.claim(rows(1, 3));
    }
    assertThatThrownBy(() -> journal.open(new BatchIdentity(id, UUID.randomUUID(), TemplateType.EMAIL,
        FINGERPRINT))).isInstanceOf(JournalMismatchException.class).hasMessageContaining("template")
        .hasMessageContaining("Nothing was sent");
    assertThatThrownBy(() -> journal.open(new BatchIdentity(id, TEMPLATE, TemplateType.SMS, FINGERPRINT)))
        .isInstanceOf(JournalMismatchException.class).hasMessageContaining("SMS");
    assertThatThrownBy(() -> journal.open(new BatchIdentity(id, TEMPLATE, TemplateType.EMAIL, "b".repeat(64))))
        .isInstanceOf(JournalMismatchException.class).hasMessageContaining("other rows");
    assertThat(journal.status(id).orElseThrow().identity()).isEqualTo(batch(id));
    assertThat(journal.status(id).orElseThrow().counts().inFlight()).isEqualTo(3);
  }

  @Test
  void theRowsOfAWorkerThatDiedAreReconciledOnceAndALiveWorkersAreLeftAlone() throws Exception {
    String id = "dead-" + UUID.randomUUID();
    BatchJournal dying = journal.open(batch(id));
    assertThat(dying.claim(rows(1, 3))).hasSize(3);
    try (BatchJournal live = journal.open(batch(id))) {
      assertThat(live.claim(rows(4, 5))).hasSize(2);
      live.recordUnknown(new RowRef("row-5", 6), "timeout");
      // The dying worker is alive yet: its rows are not anyone else's to reconcile. Row 5 is unknown: it is.
      List<RowRecord> first = live.unresolved(100);
      assertThat(first).extracting(r -> r.row().key()).containsExactly("row-5");
      live.release(new RowRef("row-5", 6));

      // kill -9 as PostgreSQL sees it: the worker's connection ends and its advisory lock with it.
      Pg.execute("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory'"
          + " AND pid <> pg_backend_pid() AND ((classid::bigint << 32) | objid::bigint) = (SELECT claimed_by"
          + " FROM council_bulk_row WHERE batch_id = '" + id + "' AND row_key = 'row-1')");
      assertThatThrownBy(() -> dying.claim(rows(6, 6))).isInstanceOf(JournalException.class)
          .hasMessageContaining("no row is sent twice");

      try (BatchJournal other = journal.open(batch(id))) {
        List<RowRecord> todo = live.unresolved(100);
        assertThat(todo).extracting(r -> r.row().key()).containsExactlyInAnyOrder("row-1", "row-2", "row-3");
        assertThat(todo).allMatch(r -> r.state() == RowState.OUTCOME_UNKNOWN);
        // Taken by the worker reconciling them: no other worker gets them too.
        assertThat(other.unresolved(100)).isEmpty();
        assertThat(live.unresolved(100)).isEmpty();
        UUID id1 = UUID.randomUUID();
        live.recordSent(new RowRef("row-1", 2), id1);
        live.release(new RowRef("row-2", 3));
        live.recordFailed(new RowRef("row-3", 4), "Notify refused it: bad address");
        // Final states stay final.
        other.release(new RowRef("row-1", 2));
        other.recordUnknown(new RowRef("row-3", 4), "late");
        assertThat(other.claim(rows(1, 5))).extracting(RowRef::key).containsExactly("row-2", "row-5");
        assertThat(StreamSupport.stream(other.rows(RowState.SENT).spliterator(), false))
            .singleElement().satisfies(r -> assertThat(r.notificationIdIfSent()).contains(id1));
        assertThat(StreamSupport.stream(other.rows(RowState.FAILED).spliterator(), false))
            .extracting(RowRecord::reason).containsExactly("Notify refused it: bad address");
        assertThat(other.counts()).isEqualTo(new BatchCounts(0, 3, 1, 1, 0));
      }
    } finally {
      dying.close();
    }
  }

  @Test
  void aPauseAndTheEndOfABatchAreRecordedForTheStatus() {
    String id = "pause-" + UUID.randomUUID();
    Instant until = Instant.parse("2026-05-18T00:00:00Z");
    try (BatchJournal b = journal.open(batch(id))) {
      assertThat(b.pausedUntil()).isEmpty();
      b.pause(until, "daily limit");
      assertThat(b.pausedUntil()).contains(until);
      assertThat(journal.status(id).orElseThrow().completed()).isFalse();
      b.complete();
    }
    assertThat(journal.status(id).orElseThrow().pausedUntilIfAny()).contains(until);
    assertThat(journal.status(id).orElseThrow().completed()).isTrue();
    assertThat(journal.status("never-" + UUID.randomUUID())).isEmpty();
  }

  @Test
  void theMigrationIsPlainSqlInTheJarAndRunsTwice() {
    assertThat(BulkSchema.sql()).contains("CREATE TABLE IF NOT EXISTS council_bulk_row");
    BulkSchema.migrate(ds);
    BulkSchema.migrate(ds);
    Set<String> seen = new HashSet<>();
    try (BatchJournal b = journal.open(batch("twice-" + UUID.randomUUID()))) {
      b.claim(rows(1, 1)).forEach(r -> seen.add(r.key()));
    }
    assertThat(seen).containsExactly("row-1");
  }
}
