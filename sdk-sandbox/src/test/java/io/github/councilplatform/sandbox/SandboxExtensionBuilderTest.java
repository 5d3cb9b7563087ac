package io.github.councilplatform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.RequestJournalDisabledException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code SandboxExtension.newInstance()…build()} in a static field: one configured sandbox for the class. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxExtensionBuilderTest {
  private static final Instant START = Instant.parse("2026-04-01T09:00:00Z");

  @RegisterExtension
  static SandboxExtension extension = SandboxExtension.newInstance()
      .requestJournalEntries(7)
      .options(SandboxOptions.builder().requestJournalEntries(0).build())
      .clock(Clock.fixed(START, ZoneOffset.UTC))
      .host("127.0.0.1")
      .build();

  private static Sandbox fromBeforeAll;

  @BeforeAll
  static void injectedIntoBeforeAll(Sandbox sandbox) {
    fromBeforeAll = sandbox;
  }

  @Test
  @Order(1)
  void startsWithTheOptionsGivenInOrder(Sandbox sandbox) throws Exception {
    assertThat(sandbox).isSameAs(fromBeforeAll).isSameAs(extension.sandbox());
    assertThat(sandbox.clock().instant()).isEqualTo(START);
    // options(…) replaced the journal size set before it; the later clock(…) and host(…) applied on top.
    assertThat(extension.options().requestJournalEntries()).isZero();
    assertThat(SandboxHttp.call(sandbox, "GET", "/_sandbox", null).statusCode()).isEqualTo(200);
    assertThatThrownBy(() -> sandbox.wireMock().getAllServeEvents())
        .isInstanceOf(RequestJournalDisabledException.class);
    sandbox.advanceClock(Duration.ofDays(1));
  }

  @Test
  @Order(2)
  void resetsTheClassSandboxBeforeEachTest(Sandbox sandbox) {
    assertThat(sandbox).isSameAs(fromBeforeAll);
    assertThat(sandbox.clock().instant()).isEqualTo(START);
  }

  @Nested
  class InANestedClass {
    @Test
    void theOuterSandboxIsShared(Sandbox sandbox) {
      assertThat(sandbox).isSameAs(fromBeforeAll).isSameAs(extension.sandbox());
    }
  }

  @Test
  void refusesBadOptionsWhenBuilt() {
    assertThatThrownBy(() -> SandboxExtension.newInstance().port(70000)).isInstanceOf(
        IllegalArgumentException.class);
    assertThatThrownBy(() -> SandboxExtension.newInstance().requestJournalEntries(-1)).isInstanceOf(
        IllegalArgumentException.class);
  }

  @Test
  void aBuiltExtensionOutsideALifecycleSaysSo() {
    SandboxExtension unused = SandboxExtension.newInstance().build();
    assertThatThrownBy(unused::sandbox).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not running");
  }
}
