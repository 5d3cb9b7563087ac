package io.github.councilplatform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.core.CouncilPlatformException;
import io.github.councilplatform.core.RetryOptions;
import java.net.URI;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Closing a OneLoginClient releases the pools it created, and never one the caller passed in. */
class OneLoginClientCloseTest {
  private static final String PEM = FakeOneLogin.pkcs8Pem(FakeOneLogin.CLIENT_KEY);

  private static OneLoginClient.Builder builder(KeepAlivePeer peer) {
    return OneLoginClient.builder().baseUrl(peer.baseUrl()).clientId("abc").privateKeyPem(PEM)
        .redirectUri(URI.create("https://council.example/callback")).retry(RetryOptions.disabled());
  }

  @Test
  void closingClosesTheConnectionsTheClientOpened() throws Exception {
    try (KeepAlivePeer peer = new KeepAlivePeer(404, "text/plain", "not here")) {
      OneLoginApi oneLogin = builder(peer).build();
      assertThatThrownBy(oneLogin::startSignIn).isInstanceOf(CouncilPlatformException.class);
      assertThat(peer.clientClosed()).as("the connection is pooled, not closed, after a call").isFalse();

      oneLogin.close();

      peer.awaitClientClose();
      oneLogin.close();
    }
  }

  @Test
  void closingLeavesACallersOkHttpClientAsItWas() throws Exception {
    OkHttpClient mine = new OkHttpClient();
    try (KeepAlivePeer peer = new KeepAlivePeer(404, "text/plain", "not here")) {
      OneLoginApi oneLogin = builder(peer).httpClient(mine).build();
      assertThatThrownBy(oneLogin::startSignIn).isInstanceOf(CouncilPlatformException.class);

      oneLogin.close();

      assertThat(mine.connectionPool().connectionCount()).isEqualTo(1);
      assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
      assertThat(peer.clientClosed()).isFalse();
    } finally {
      mine.dispatcher().executorService().shutdown();
      mine.connectionPool().evictAll();
    }
  }
}
