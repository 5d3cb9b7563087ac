package io.github.councilplatform.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.councilplatform.notify.NotifyClient;
import io.github.councilplatform.notify.bulk.BatchPlan;
import io.github.councilplatform.notify.bulk.BatchResult;
import io.github.councilplatform.notify.bulk.BatchSource;
import io.github.councilplatform.notify.bulk.BulkJournal;
import io.github.councilplatform.notify.bulk.BulkRow;
import io.github.councilplatform.notify.bulk.BulkSender;
import io.github.councilplatform.notify.bulk.FileBulkJournal;
import io.github.councilplatform.notify.bulk.SendPacer;
import io.github.councilplatform.notify.bulk.TokenBucketPacer;
import io.github.councilplatform.notify.bulk.postgresql.PostgresBulkJournal;
import io.github.councilplatform.notify.bulk.postgresql.PostgresSendPacer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

/**
 * One sending process of {@link BulkRuns}, run in its own JVM so that its heap is measured alone and it can be
 * killed with {@code kill -9}. Prints one {@code RESULT} line.
 *
 * <p>Arguments: {@code baseUrl apiKey templateId batchId rows|csv:PATH perMinute file:DIR|jdbc:URL parallelism}.
 */
public final class BulkWorker {
  private BulkWorker() {}

  /**
   * Sends (or resumes) one batch.
   *
   * @param args see the class comment
   * @throws Exception if the run cannot start
   */
  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    String apiKey = args[1];
    UUID template = UUID.fromString(args[2]);
    String batchId = args[3];
    String rows = args[4];
    long perMinute = Long.parseLong(args[5]);
    String journalSpec = args[6];
    int parallelism = Integer.parseInt(args[7]);

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    AtomicLong peakHeap = new AtomicLong();
    AtomicLong peakLive = new AtomicLong();
    Thread sampler = new Thread(() -> {
      long ticks = 0;
      while (true) {
        peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        // What each heap pool held just after its last collection: the live set, without garbage.
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
          if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
            live += pool.getCollectionUsage().getUsed();
          }
        }
        peakLive.accumulateAndGet(live, Math::max);
        if (++ticks % 100 == 0) {
          // Every 10 s: the heap over time, to see it stay flat while a long file streams.
          System.out.printf("HEAP t=%ds used=%.1fMiB liveAfterGc=%.1fMiB%n", ticks / 10,
              memory.getHeapMemoryUsage().getUsed() / 1048576.0, live / 1048576.0);
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();

    HikariDataSource pool = null;
    BulkJournal journal;
    SendPacer inner;
    if (journalSpec.startsWith("jdbc:")) {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(journalSpec);
      config.setMaximumPoolSize(parallelism + 4);
      pool = new HikariDataSource(config);
      journal = PostgresBulkJournal.create(pool);
      inner = PostgresSendPacer.builder(pool).perMinute(perMinute).build();
    } else {
      journal = FileBulkJournal.in(Path.of(journalSpec.substring("file:".length())));
      inner = TokenBucketPacer.perMinute(Long.getLong("pace.perMinute", perMinute));
    }
    Counting pacer = new Counting(inner);

    BatchSource source;
    if (rows.startsWith("csv:")) {
      source = BatchSource.csv(Path.of(rows.substring(4)));
    } else {
      long n = Long.parseLong(rows);
      source = BatchSource.ofStream(() -> LongStream.rangeClosed(1, n).mapToObj(i -> BulkRow.email("r" + i,
          "resident" + i + "@example.com", Map.of("name", "Resident " + i))));
    }
    // What the transport saw, including the failures it retried by itself (the pacer never sees those).
    java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.LongAdder> calls =
        new java.util.concurrent.ConcurrentHashMap<>();
    io.github.councilplatform.core.CallListener counting = new io.github.councilplatform.core.CallListener() {
      @Override
      public void onRetry(io.github.councilplatform.core.CallRetry retry) {
        calls.computeIfAbsent("retry-" + retry.reason().tag() + "-" + retry.status(),
            k -> new java.util.concurrent.atomic.LongAdder()).increment();
      }

      @Override
      public void onCallEnd(io.github.councilplatform.core.CallEnd end) {
        calls.computeIfAbsent("end-" + end.outcome().tag() + "-" + end.status(),
            k -> new java.util.concurrent.atomic.LongAdder()).increment();
      }
    };
    try (NotifyClient notify = NotifyClient.builder().baseUrl(baseUrl).apiKey(apiKey).listener(counting)
        .build()) {
      BulkSender sender = BulkSender.builder().notify(notify).journal(journal).pacer(pacer)
          .parallelism(parallelism).build();
      long start = System.nanoTime();
      BatchResult result = sender.send(BatchPlan.builder().batchId(batchId).templateId(template).source(source)
          .build());
      long end = System.nanoTime();
      if (result.message() != null) {
        System.out.println("MESSAGE " + result.message());
      }
      System.out.println("MESSAGE calls " + new java.util.TreeMap<>(calls));
      double sendSeconds = (pacer.last.get() - pacer.first.get()) / 1e9;
      System.out.printf("RESULT outcome=%s sent=%d failed=%d unknown=%d acquired=%d holdBacks=%d"
              + " sendSeconds=%.2f ratePerMinute=%.0f wallSeconds=%.2f peakHeapMiB=%.1f peakLiveAfterGcMiB=%.1f maxHeapMiB=%d%n",
          result.outcome(), result.counts().sent(), result.counts().failed(), result.counts().outcomeUnknown(),
          pacer.acquired.get(), pacer.holdBacks.get(), sendSeconds,
          sendSeconds > 0 ? (pacer.acquired.get() - 1) / sendSeconds * 60 : 0, (end - start) / 1e9,
          peakHeap.get() / 1048576.0, peakLive.get() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
    } finally {
      journal.close();
      if (pool != null) {
        pool.close();
      }
    }
  }

  /** Counts tokens and 429 hold-backs (each one a per-minute RateLimitError Notify answered). */
  static final class Counting implements SendPacer {
    final SendPacer inner;
    final AtomicLong acquired = new AtomicLong();
    final AtomicLong holdBacks = new AtomicLong();
    final AtomicLong first = new AtomicLong();
    final AtomicLong last = new AtomicLong();

    Counting(SendPacer inner) {
      this.inner = inner;
    }

    @Override
    public void acquire(int tokens) throws InterruptedException {
      inner.acquire(tokens);
      long now = System.nanoTime();
      first.compareAndSet(0, now);
      last.set(now);
      acquired.incrementAndGet();
    }

    @Override
    public void holdBack(Duration wait) {
      holdBacks.incrementAndGet();
      inner.holdBack(wait);
    }

    @Override
    public long perMinute() {
      return inner.perMinute();
    }
  }
}
