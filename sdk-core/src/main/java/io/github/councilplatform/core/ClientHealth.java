package io.github.councilplatform.core;

import java.time.Instant;

/**
 * What a client knows of its platform's health without making a call: its circuit breaker's state and how
 * its last call ended. Cheap to read, so a health probe can ask as often as it likes.
 *
 * @param platform the platform's short name: {@code notify}, {@code pay} or {@code one-login}
 * @param circuitState the circuit breaker's state; for a client with several breakers (one per host or per
 *     credential) the worst of them: {@link CircuitState#OPEN}, then {@link CircuitState#HALF_OPEN}
 * @param lastOutcome how the last finished call ended, or {@code null} before the first call ends
 * @param lastStatus the last finished call's HTTP status, or 0 when it had none (or no call has ended)
 * @param lastCallAt when the last call ended, on the client's clock to the millisecond, or {@code null}
 *     before the first
 */
public record ClientHealth(String platform, CircuitState circuitState, CallOutcome lastOutcome, int lastStatus,
    Instant lastCallAt) {

  /** Whether the circuit lets calls through and the last call, if any, did not fail for the platform's sake. */
  public boolean healthy() {
    if (circuitState == CircuitState.OPEN) {
      return false;
    }
    return lastOutcome == null || lastOutcome == CallOutcome.SUCCESS || lastOutcome == CallOutcome.CLIENT_ERROR
        || lastOutcome == CallOutcome.THROTTLED;
  }
}
