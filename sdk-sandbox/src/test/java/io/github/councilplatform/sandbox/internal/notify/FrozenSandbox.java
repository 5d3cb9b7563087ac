package io.github.councilplatform.sandbox.internal.notify;

import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxOptions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A sandbox whose clock stands still unless a test advances it, for tests that assert a state that real time
 * would move on (a status seconds before it changes, a rate-limit bucket that refills).
 */
final class FrozenSandbox {
  private FrozenSandbox() {}

  static Sandbox start() {
    return Sandbox.start(SandboxOptions.builder().clock(Clock.fixed(Instant.now(), ZoneOffset.UTC)).build());
  }
}
