package io.github.councilplatform.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotifyWarmupTest {
  private static final String KEY =
      "k-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0";

  @Test
  void noWarmupThreadOutlivesAClosedClient() {
    NotifyClient client = NotifyClient.builder().apiKey(KEY).baseUrl("http://127.0.0.1:9").build();
    client.close();

    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(
        t -> t.getName().startsWith("council-platform-warmup") && t.isAlive());
  }
}
