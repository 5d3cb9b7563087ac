package io.github.councilplatform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.core.CallEnd;
import io.github.councilplatform.core.CallListener;
import io.github.councilplatform.core.CallOutcome;
import io.github.councilplatform.core.CouncilPlatformException;
import io.github.councilplatform.core.RetryOptions;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** OneLoginClient names its calls for listeners, reports health without calling, and refuses use after close. */
class CallListenerOneLoginTest {
  private static final String PEM = FakeOneLogin.pkcs8Pem(FakeOneLogin.CLIENT_KEY);

  private final List<CallEnd> ends = new CopyOnWriteArrayList<>();
  private final CallListener recorder = new CallListener() {
    @Override
    public void onCallEnd(CallEnd end) {
      ends.add(end);
    }
  };

  private OneLoginClient.Builder builder(String baseUrl) {
    return OneLoginClient.builder().baseUrl(baseUrl).clientId("abc").privateKeyPem(PEM)
        .redirectUri(URI.create("https://council.example/callback")).retry(RetryOptions.disabled())
        .listener(recorder);
  }

  @Test
  void theDiscoveryFetchIsNamedAndHealthShowsItsOutcome() throws Exception {
    try (KeepAlivePeer peer = new KeepAlivePeer(404, "text/plain", "not here")) {
      OneLoginApi oneLogin = builder(peer.baseUrl()).build();
      assertThat(oneLogin.health().lastOutcome()).isNull();

      assertThatThrownBy(oneLogin::startSignIn).isInstanceOf(CouncilPlatformException.class);

      assertThat(ends).singleElement().satisfies(e -> {
        assertThat(e.platform()).isEqualTo("one-login");
        assertThat(e.operation()).isEqualTo("fetchDiscoveryDocument");
        assertThat(e.outcome()).isEqualTo(CallOutcome.CLIENT_ERROR);
        assertThat(e.status()).isEqualTo(404);
      });
      assertThat(oneLogin.health().lastOutcome()).isEqualTo(CallOutcome.CLIENT_ERROR);
      assertThat(oneLogin.health().lastStatus()).isEqualTo(404);
      oneLogin.close();
    }
  }

  @Test
  void aClientClosedBeforeItsFirstCallRefusesItInsteadOfBuildingAPool() throws Exception {
    try (KeepAlivePeer peer = new KeepAlivePeer(404, "text/plain", "not here")) {
      OneLoginApi oneLogin = builder(peer.baseUrl()).build();
      oneLogin.close();

      assertThatThrownBy(oneLogin::startSignIn).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("closed");
      assertThat(ends).isEmpty();
    }
  }
}
