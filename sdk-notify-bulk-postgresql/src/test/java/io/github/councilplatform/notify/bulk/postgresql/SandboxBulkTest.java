package io.github.councilplatform.notify.bulk.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.councilplatform.notify.NotifyClient;
import io.github.councilplatform.notify.bulk.BatchPlan;
import io.github.councilplatform.notify.bulk.BatchResult;
import io.github.councilplatform.notify.bulk.BatchSource;
import io.github.councilplatform.notify.bulk.BulkJournal;
import io.github.councilplatform.notify.bulk.BulkRow;
import io.github.councilplatform.notify.bulk.BulkSender;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SentNotification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Whole batches against the sandbox's Notify, journal and limiter in a real PostgreSQL, counted on Notify's side. */
class SandboxBulkTest {
  private static Sandbox sandbox;
  private static NotifyClient notify;
  private final DataSource ds = Pg.dataSource();
  private final long bucket = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
    notify = sandbox.notifyClient();
  }

  @AfterAll
  static void stop() {
    notify.close();
    sandbox.close();
  }

  private static BatchPlan plan(String batchId, int rows) {
    List<BulkRow> list = new ArrayList<>();
    for (int i = 1; i <= rows; i++) {
      list.add(BulkRow.email("r" + i, "resident" + i + "@example.com", Map.of("name", "Resident " + i)));
    }
    return BatchPlan.builder().batchId(batchId)
        .templateId(UUID.fromString(sandbox.credentials().notifyService().templateIds().email()))
        .source(BatchSource.of(list)).build();
  }

  private BulkSender sender(BulkJournal journal) {
    // Below the sandbox's 3,000 a minute, shared by every sender in the test through PostgreSQL.
    return BulkSender.builder().notify(notify).journal(journal).parallelism(4)
        .pacer(PostgresSendPacer.builder(ds).perMinute(3000).bucket(bucket).build()).build();
  }

  /** How many times Notify received each reference of a batch. */
  private static Map<String, Long> receivedByReference(String batchId) {
    return sandbox.notifications().sent().stream().map(SentNotification::reference)
        .filter(r -> r != null && r.startsWith(batchId + ":"))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  @Test
  void threeWorkersShareOneBatchAndNotifyGetsEveryRowOnce() throws Exception {
    String batchId = "three-" + UUID.randomUUID();
    int rows = 90;
    List<CompletableFuture<BatchResult>> workers = new ArrayList<>();
    for (int w = 0; w < 3; w++) {
      BulkSender s = sender(PostgresBulkJournal.create(ds));
      workers.add(CompletableFuture.supplyAsync(() -> s.send(plan(batchId, rows))));
    }
    for (CompletableFuture<BatchResult> w : workers) {
      w.get(5, TimeUnit.MINUTES);
    }
    Map<String, Long> received = receivedByReference(batchId);
    assertThat(received).hasSize(rows);
    assertThat(received.values()).allMatch(n -> n == 1);
    assertThat(PostgresBulkJournal.create(ds).status(batchId).orElseThrow().counts().sent()).isEqualTo(rows);
  }

  @Test
  void aBatchKilledMidwayIsResumedWithNoRowTwiceAndNoneMissing() {
    String batchId = "crash-" + UUID.randomUUID();
    int rows = 60;
    CrashingJournal crashing = new CrashingJournal(PostgresBulkJournal.create(ds), 25);
    Throwable died = catchThrowable(() -> sender(crashing).send(plan(batchId, rows)));
    assertThat(died).isNotNull();
    int beforeResume = receivedByReference(batchId).size();
    assertThat(beforeResume).isGreaterThan(25).isLessThan(rows);
    // The killed process's connections end; its advisory lock goes with them.
    Pg.execute("SELECT pg_terminate_backend(l.pid) FROM pg_locks l WHERE l.locktype = 'advisory'"
        + " AND ((l.classid::bigint << 32) | l.objid::bigint) IN (SELECT claimed_by FROM council_bulk_row"
        + " WHERE batch_id = '" + batchId + "' AND claimed_by IS NOT NULL)");

    BatchResult resumed = sender(PostgresBulkJournal.create(ds)).send(plan(batchId, rows));

    Map<String, Long> received = receivedByReference(batchId);
    assertThat(received).hasSize(rows);
    assertThat(received.values()).allMatch(n -> n == 1);
    assertThat(resumed.counts().sent()).isEqualTo(rows);
    assertThat(resumed.outcome()).isEqualTo(BatchResult.Outcome.COMPLETED);
  }
}
