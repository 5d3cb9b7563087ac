package io.github.councilplatform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/** Starting and stopping a sandbox in code. */
class SandboxStartupTest {

  private static long schedulerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("sandbox-scheduler") && t.isAlive()).count();
  }

  @Test
  void startsOnAFreeLoopbackPortAndCloses() throws Exception {
    Sandbox sandbox = Sandbox.start();
    int port = sandbox.port();
    assertThat(sandbox.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
    assertThat(sandbox.info()).containsKeys("baseUrl", "notify", "pay", "oneLogin");
    assertThat(SandboxHttp.call(sandbox, "GET", "/_sandbox", null).statusCode()).isEqualTo(200);
    sandbox.close();
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
  }

  @Test
  void aPortInUseFailsWithoutLeakingTheScheduler() {
    try (Sandbox first = Sandbox.start()) {
      long before = schedulerThreads();
      assertThatThrownBy(() -> Sandbox.start(SandboxOptions.builder().port(first.port()).build()))
          .isInstanceOf(RuntimeException.class);
      long deadline = System.currentTimeMillis() + 2000;
      while (schedulerThreads() > before && System.currentTimeMillis() < deadline) {
        Thread.onSpinWait();
      }
      assertThat(schedulerThreads()).isEqualTo(before);
    }
  }

  @Test
  void optionsAreValidated() {
    assertThatThrownBy(() -> SandboxOptions.builder().port(70000)).isInstanceOf(IllegalArgumentException.class);
    assertThat(SandboxOptions.defaults().host()).isEqualTo("127.0.0.1");
    assertThat(SandboxOptions.defaults().port()).isZero();
    assertThat(SandboxPlatformId.parse("oneLogin")).isEqualTo(SandboxPlatformId.ONE_LOGIN);
    assertThat(SandboxPlatformId.parse("one_login")).isEqualTo(SandboxPlatformId.ONE_LOGIN);
    assertThatThrownBy(() -> SandboxPlatformId.parse("fax")).hasMessageContaining("notify, pay or one-login");
  }
}
