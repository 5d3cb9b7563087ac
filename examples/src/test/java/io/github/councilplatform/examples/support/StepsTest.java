package io.github.councilplatform.examples.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StepsTest {
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private final Steps steps = new Steps(new PrintStream(captured, true, StandardCharsets.UTF_8));

  private String printed() {
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsEachStepNumberedWithItsOutcomeAndTiming() throws Exception {
    String result = steps.call("pay.getPayment(abc)", () -> "paid", r -> "status " + r);
    steps.call("notify.sendEmail()", () -> 1, r -> null);

    assertThat(result).isEqualTo("paid");
    assertThat(printed()).containsPattern("^    1  pay\\.getPayment\\(abc\\)\\R +\\d+ ms  status paid\\R")
        .containsPattern("    2  notify\\.sendEmail\\(\\)\\R +\\d+ ms  done\\R$");
  }

  @Test
  void printsAndRethrowsAFailure() {
    assertThatThrownBy(() -> steps.call("pay.getPayment(abc)", () -> {
      throw new IllegalStateException("no answer");
    }, r -> "never")).hasMessage("no answer");

    assertThat(printed()).contains("!! IllegalStateException: no answer").doesNotContain("never");
  }

  @Test
  void anExpectedRefusalIsHandledAndAnyOtherOutcomeFails() throws Exception {
    IllegalArgumentException e = steps.refused("refund with a stale amount", IllegalArgumentException.class,
        () -> {
          throw new IllegalArgumentException("P0604");
        }, x -> "fetched again");
    assertThat(e).hasMessage("P0604");
    assertThat(printed()).contains("refused as expected: IllegalArgumentException: P0604", "fetched again");

    assertThatThrownBy(() -> steps.refused("refund", IllegalArgumentException.class, () -> "ok", x -> ""))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("should have been refused");
    assertThatThrownBy(() -> steps.refused("refund", IllegalArgumentException.class, () -> {
      throw new UnsupportedOperationException("other");
    }, x -> "")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void shortensLongUrlsAndMasksPersonalData() {
    assertThat(Steps.shortUrl("http://x/" + "a".repeat(200))).hasSize(113).endsWith("...");
    assertThat(Steps.shortUrl("http://x/y")).isEqualTo("http://x/y");
    assertThat(Show.email("amala.okafor@example.com")).doesNotContain("amala", "okafor");
    assertThat(Show.phone("+447700900456")).doesNotContain("7700900");
    assertThat(Show.money(2500)).isEqualTo("£25.00");
    assertThat(Show.money(5)).isEqualTo("£0.05");
  }
}
