package io.github.councilplatform.sandbox.internal.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Many clients at once: every send is stored once, and the clock can move while they run. */
@ExtendWith(SandboxExtension.class)
class NotifyConcurrencyTest {

  @Test
  void parallelSendsAreAllStoredAndProgress(Sandbox sandbox) throws Exception {
    NotifyApi api = new NotifyApi(sandbox);
    Set<String> ids = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        futures.add(pool.submit(() -> {
          for (int i = 0; i < 25; i++) {
            NotifyApi.Resp r = api.sendSms(api.testKey, "07700900456");
            assertThat(r.status()).isEqualTo(201);
            ids.add(r.json().path("id").asText());
          }
        }));
      }
      sandbox.advanceClock(Duration.ofSeconds(30));
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(ids).hasSize(150);
    assertThat(api.get(api.testKey, "/v2/notifications").json().path("notifications")).hasSize(150);
    api.advance(Duration.ofSeconds(30));
    NotifyApi.await(() -> api.get(api.testKey, "/v2/notifications?status=delivered").json().path("notifications")
        .size() == 150);
  }
}
