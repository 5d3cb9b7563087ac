package io.github.councilplatform.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.core.NotFoundException;
import io.github.councilplatform.core.RetryOptions;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Closing a PayClient releases the pool it created, and never one the caller passed in. */
class PayClientCloseTest {
  private static final String KEY = "api_test_q8nkel7lnd3v0ldokmajv1k6l5cshg0h1mt4fe5q0r9vu5l5eqtt";
  private static final String NOT_FOUND = "{\"code\": \"P0200\", \"description\": \"Not found\"}";

  @Test
  void closingClosesTheConnectionsTheClientOpened() throws Exception {
    try (KeepAlivePeer peer = new KeepAlivePeer(404, "application/json", NOT_FOUND)) {
      PayApi pay = PayClient.builder().apiKey(KEY).baseUrl(peer.baseUrl()).retry(RetryOptions.disabled()).build();
      assertThatThrownBy(() -> pay.getPayment(Fixtures.PAYMENT_ID)).isInstanceOf(NotFoundException.class);
      assertThat(peer.clientClosed()).as("the connection is pooled, not closed, after a call").isFalse();

      pay.close();

      peer.awaitClientClose();
      pay.close();
    }
  }

  @Test
  void closingLeavesACallersOkHttpClientAsItWas() throws Exception {
    OkHttpClient mine = new OkHttpClient();
    try (KeepAlivePeer peer = new KeepAlivePeer(404, "application/json", NOT_FOUND)) {
      PayApi pay = PayClient.builder().apiKey(KEY).baseUrl(peer.baseUrl()).httpClient(mine)
          .retry(RetryOptions.disabled()).build();
      assertThatThrownBy(() -> pay.getPayment(Fixtures.PAYMENT_ID)).isInstanceOf(NotFoundException.class);

      pay.close();

      assertThat(mine.connectionPool().connectionCount()).isEqualTo(1);
      assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
      assertThat(peer.clientClosed()).isFalse();
    } finally {
      mine.dispatcher().executorService().shutdown();
      mine.connectionPool().evictAll();
    }
  }
}
