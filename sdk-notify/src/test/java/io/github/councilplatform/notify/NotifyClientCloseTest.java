package io.github.councilplatform.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.core.NotFoundException;
import io.github.councilplatform.core.RetryOptions;
import java.util.UUID;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Closing a NotifyClient releases the pool it created, and never one the caller passed in. */
class NotifyClientCloseTest {
  private static final String NOT_FOUND = """
      {"status_code": 404, "errors": [{"error": "NoResultFound", "message": "No result found"}]}""";

  @Test
  void closingClosesTheConnectionsTheClientOpened() throws Exception {
    try (KeepAlivePeer peer = new KeepAlivePeer(404, "application/json", NOT_FOUND)) {
      NotifyApi notify = NotifyClient.builder().apiKey(NotifyTestSupport.API_KEY).baseUrl(peer.baseUrl())
          .retry(RetryOptions.disabled()).build();
      assertThatThrownBy(() -> notify.getNotification(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
      assertThat(peer.clientClosed()).as("the connection is pooled, not closed, after a call").isFalse();

      notify.close();

      peer.awaitClientClose();
      notify.close();
    }
  }

  @Test
  void closingLeavesACallersOkHttpClientAsItWas() throws Exception {
    OkHttpClient mine = new OkHttpClient();
    try (KeepAlivePeer peer = new KeepAlivePeer(404, "application/json", NOT_FOUND)) {
      NotifyApi notify = NotifyClient.builder().apiKey(NotifyTestSupport.API_KEY).baseUrl(peer.baseUrl())
          .httpClient(mine).retry(RetryOptions.disabled()).build();
      assertThatThrownBy(() -> notify.getNotification(UUID.randomUUID())).isInstanceOf(NotFoundException.class);

      notify.close();

      assertThat(mine.connectionPool().connectionCount()).isEqualTo(1);
      assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
      assertThat(peer.clientClosed()).isFalse();
    } finally {
      mine.dispatcher().executorService().shutdown();
      mine.connectionPool().evictAll();
    }
  }
}
