package io.github.councilplatform.spring.boot.internal.observe;

import io.github.councilplatform.core.CallEnd;
import io.github.councilplatform.core.CallListener;
import io.github.councilplatform.core.CallRetry;
import io.github.councilplatform.core.CallStart;

/** The SDK's {@link CallListener} bound to Micrometer's Observation API through {@link CallObservations}. */
public final class ObservingCallListener implements CallListener {

  private final CallObservations observations;

  /** @param observations where the calls' events go */
  public ObservingCallListener(CallObservations observations) {
    this.observations = observations;
  }

  @Override
  public void onCallStart(CallStart start) {
    observations.started(start.platform(), start.operation(), start.requestId());
  }

  @Override
  public void onRetry(CallRetry retry) {
    observations.retried(retry.requestId());
  }

  @Override
  public void onCircuitOpen(CallStart refused) {
    observations.circuitOpen(refused.requestId());
  }

  @Override
  public void onCallEnd(CallEnd end) {
    observations.ended(end.requestId(), end.outcome().tag(), end.status(), end.attempts());
  }
}
