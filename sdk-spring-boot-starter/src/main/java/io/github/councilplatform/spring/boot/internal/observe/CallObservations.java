package io.github.councilplatform.spring.boot.internal.observe;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the SDK's call events into Micrometer observations: one observation named {@value #NAME} per platform
 * call, tagged {@code platform}, {@code operation}, {@code outcome} and {@code status}; each retry and each
 * circuit-open refusal an observation event, which Micrometer's meter handler counts as
 * {@code council.platform.call.retry} and {@code council.platform.call.circuit.open}. Knows nothing of the SDK's
 * listener types, so binding it to them is a small adapter.
 */
public final class CallObservations {

  /** The observation's name (the timer's, with the default meter handler). */
  public static final String NAME = "council.platform.call";

  /** The retry event's name. */
  public static final String RETRY = "retry";

  /** The circuit-open refusal event's name. */
  public static final String CIRCUIT_OPEN = "circuit.open";

  private final ObservationRegistry registry;
  private final Map<String, Observation> open = new ConcurrentHashMap<>();

  /** @param registry where observations go */
  public CallObservations(ObservationRegistry registry) {
    this.registry = registry;
  }

  /**
   * A call started.
   *
   * @param platform {@code notify}, {@code pay} or {@code one-login}
   * @param operation the SDK operation
   * @param callId the call's id, the same for its later events
   */
  public void started(String platform, String operation, String callId) {
    Observation observation = Observation.createNotStarted(NAME, registry)
        .contextualName(platform + " " + operation)
        .lowCardinalityKeyValue("platform", platform)
        .lowCardinalityKeyValue("operation", operation)
        .start();
    open.put(callId, observation);
  }

  /**
   * An attempt failed and will be sent again.
   *
   * @param callId the call's id
   */
  public void retried(String callId) {
    Observation observation = open.get(callId);
    if (observation != null) {
      observation.event(Observation.Event.of(RETRY, "a failed attempt sent again"));
    }
  }

  /**
   * The call was refused by the client's open circuit breaker.
   *
   * @param callId the call's id
   */
  public void circuitOpen(String callId) {
    Observation observation = open.get(callId);
    if (observation != null) {
      observation.event(Observation.Event.of(CIRCUIT_OPEN, "refused by the open circuit breaker"));
    }
  }

  /**
   * The call ended.
   *
   * @param callId the call's id
   * @param outcome the outcome's tag, for example {@code success} or {@code rate_limited}
   * @param status the last HTTP status, 0 when none
   * @param attempts how many attempts were sent
   */
  public void ended(String callId, String outcome, int status, int attempts) {
    Observation observation = open.remove(callId);
    if (observation == null) {
      return;
    }
    observation.lowCardinalityKeyValue("outcome", outcome)
        .lowCardinalityKeyValue("status", Integer.toString(status))
        .highCardinalityKeyValue("attempts", Integer.toString(attempts))
        .stop();
  }
}
