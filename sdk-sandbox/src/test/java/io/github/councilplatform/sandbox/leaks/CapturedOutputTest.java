package io.github.councilplatform.sandbox.leaks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The scan itself: it finds a leak wherever the SDK prints one, and only ignores the sandbox's own loggers. */
class CapturedOutputTest {
  private static final String EMAIL = "scan.self.test@example.org";

  @Test
  void findsAValueInAnSdkLogLineEvenAtTrace() {
    try (CapturedOutput out = new CapturedOutput().secret(EMAIL)) {
      LoggerFactory.getLogger("io.github.councilplatform.http").trace("sent to {}", EMAIL);
      assertThatThrownBy(out::assertNothingLeaked).isInstanceOf(AssertionError.class).hasMessageContaining(EMAIL)
          .hasMessageContaining("io.github.councilplatform.http");
    }
  }

  @Test
  void findsAValueInAToStringOrACause() {
    try (CapturedOutput out = new CapturedOutput().secret(EMAIL)) {
      out.printed("nothing here");
      out.assertNothingLeaked();
      out.thrown(new IllegalStateException("outer", new IllegalArgumentException("Text '" + EMAIL + "'")));
      assertThatThrownBy(out::assertNothingLeaked).isInstanceOf(AssertionError.class).hasMessageContaining(EMAIL);
    }
  }

  @Test
  void ignoresTheSandboxsOwnLoggersAndOtherLibraries() {
    try (CapturedOutput out = new CapturedOutput().secret(EMAIL)) {
      LoggerFactory.getLogger("io.github.councilplatform.sandbox.internal.notify.NotifyPlatform").debug("body {}", EMAIL);
      LoggerFactory.getLogger("org.eclipse.jetty.server").debug("body {}", EMAIL);
      LoggerFactory.getLogger("io.github.councilplatform.identity.internal.CachedDocument").debug("fetched");
      assertThat(out.sdkLogLineCount()).isEqualTo(1);
      out.assertNothingLeaked();
    }
  }
}
