package io.github.councilplatform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code SandboxExtension.newInstance()…build()} in an instance field: each test has its own sandbox. */
class SandboxExtensionPerTestTest {
  private static final List<Sandbox> SEEN = new ArrayList<>();

  @RegisterExtension
  SandboxExtension extension = SandboxExtension.newInstance().build();

  private Sandbox fromBeforeEach;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    fromBeforeEach = sandbox;
  }

  @Test
  void first(Sandbox sandbox) throws Exception {
    check(sandbox);
  }

  @Test
  void second(Sandbox sandbox) throws Exception {
    check(sandbox);
  }

  private void check(Sandbox sandbox) throws Exception {
    assertThat(sandbox).isSameAs(fromBeforeEach).isSameAs(extension.sandbox());
    assertThat(SandboxHttp.call(sandbox, "GET", "/_sandbox", null).statusCode()).isEqualTo(200);
    assertThat(SEEN).doesNotContain(sandbox);
    SEEN.add(sandbox);
  }

  @AfterAll
  static void everySandboxWasStopped() {
    assertThat(SEEN).hasSize(2);
    for (Sandbox s : SEEN) {
      assertThat(s.wireMock().isRunning()).isFalse();
    }
  }
}
