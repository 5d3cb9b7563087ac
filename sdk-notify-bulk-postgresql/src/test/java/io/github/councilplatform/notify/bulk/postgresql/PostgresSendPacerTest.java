package io.github.councilplatform.notify.bulk.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplatform.core.Sleeper;
import io.github.councilplatform.notify.bulk.SendPacer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Counts tokens, not time: the clock is frozen and moved by hand, and a pacer that would wait stops instead. */
class PostgresSendPacerTest {
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-05-17T10:00:00Z"));
  private final Clock clock = new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  };
  /** Waiting means "no token now": the pacer gives up, having spent nothing. */
  private final Sleeper refuse = d -> {
    throw new InterruptedException("would wait " + d);
  };
  private final long bucket = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);

  private List<SendPacer> threeInstances() {
    List<SendPacer> out = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      // 300 a minute: Notify's bucket holds ceil(300/3)+1 = 101, so the burst is 100.
      out.add(PostgresSendPacer.builder(Pg.dataSource()).perMinute(300).headroom(0).bucket(bucket)
          .initialTokens(1000).clock(clock).sleeper(refuse).build());
    }
    return out;
  }

  private static int drain(List<SendPacer> pacers) throws Exception {
    List<CompletableFuture<Integer>> runs = new ArrayList<>();
    for (SendPacer p : pacers) {
      runs.add(CompletableFuture.supplyAsync(() -> {
        int got = 0;
        try {
          while (got < 10_000) {
            p.acquire(1);
            got++;
          }
        } catch (InterruptedException e) {
          // out of tokens
        }
        return got;
      }));
    }
    int total = 0;
    for (CompletableFuture<Integer> r : runs) {
      total += r.get(2, TimeUnit.MINUTES);
    }
    return total;
  }

  @Test
  void threeInstancesTogetherGetNoMoreThanTheBurstThenTheRefill() throws Exception {
    List<SendPacer> pacers = threeInstances();
    assertThat(pacers.get(0).perMinute()).isEqualTo(300);
    // Three local buckets would hand out 300 here, and 150 below.
    assertThat(drain(pacers)).isEqualTo(100);
    now.set(now.get().plusSeconds(10));
    assertThat(drain(pacers)).isEqualTo(50);
    now.set(now.get().plus(Duration.ofHours(1)));
    assertThat(drain(pacers)).isEqualTo(100);
  }

  @Test
  void aHoldBackOnOneInstanceHoldsBackThemAll() throws Exception {
    List<SendPacer> pacers = threeInstances();
    assertThat(drain(pacers)).isEqualTo(100);
    pacers.get(0).holdBack(Duration.ofSeconds(20));
    pacers.get(1).holdBack(Duration.ofSeconds(20));
    now.set(now.get().plusSeconds(20));
    assertThat(drain(pacers)).isZero();
    now.set(now.get().plusSeconds(10));
    assertThat(drain(pacers)).isEqualTo(50);
  }

  @Test
  void aLetterCostsTwoTokens() throws Exception {
    SendPacer p = threeInstances().get(0);
    int letters = 0;
    try {
      while (letters < 1000) {
        p.acquire(2);
        letters++;
      }
    } catch (InterruptedException e) {
      // out of tokens
    }
    assertThat(letters).isEqualTo(50);
  }
}
