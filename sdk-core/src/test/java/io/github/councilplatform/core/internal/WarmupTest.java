package io.github.councilplatform.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class WarmupTest {
  @Test
  void aTaskRunsOnceOnADaemonThreadAndCloseWaitsForItToEnd() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicReference<Thread> ranOn = new AtomicReference<>();
    AtomicInteger runs = new AtomicInteger();
    Warmup first = Warmup.start("test-once", () -> {
      ranOn.set(Thread.currentThread());
      runs.incrementAndGet();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    Warmup second = Warmup.start("test-once", runs::incrementAndGet);

    assertThat(first.running()).isTrue();
    assertThat(second.running()).isFalse();
    release.countDown();
    first.close();
    second.close();

    assertThat(first.running()).isFalse();
    assertThat(runs).hasValue(1);
    assertThat(ranOn.get().isDaemon()).isTrue();
    assertThat(ranOn.get().getName()).isEqualTo("council-platform-warmup-test-once");
    assertThat(ranOn.get()).isNotSameAs(Thread.currentThread());
  }

  @Test
  void aFailingTaskIsContainedOnItsThread() throws Exception {
    AtomicReference<Throwable> uncaught = new AtomicReference<>();
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.set(e));
    try {
      Warmup w = Warmup.start("test-failing", () -> {
        throw new IllegalStateException("boom");
      });
      w.close();
      assertThat(w.running()).isFalse();
      assertThat(uncaught.get()).isNull();
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(previous);
    }
  }

  @Test
  void theSystemPropertyTurnsItOff() {
    AtomicInteger runs = new AtomicInteger();
    System.setProperty(Warmup.PROPERTY, "false");
    try {
      assertThat(Warmup.enabled()).isFalse();
      Warmup w = Warmup.start("test-disabled", runs::incrementAndGet);
      w.close();
      assertThat(w.running()).isFalse();
    } finally {
      System.clearProperty(Warmup.PROPERTY);
    }
    assertThat(runs).hasValue(0);
    assertThat(Warmup.enabled()).isTrue();
  }
}
