package io.github.councilplatform.spring.boot.properties;

import java.time.Duration;

/**
 * The circuit breaker of a platform client ({@code council-platform.<platform>.circuit-breaker.*}); unset values
 * keep the SDK's defaults.
 */
public class CircuitBreakerProperties {

  /** Whether calls are refused for a while after the platform keeps failing. */
  private boolean enabled = true;

  /** Failure rate, in percent, that opens the circuit. */
  private Float failureRateThreshold;

  /** How long the circuit stays open before trial calls are let through. */
  private Duration waitInOpenState;

  /** @return whether the circuit breaker is on */
  public boolean isEnabled() {
    return enabled;
  }

  /** @param enabled whether the circuit breaker is on */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** @return the failure rate that opens the circuit, or {@code null} for the SDK's default */
  public Float getFailureRateThreshold() {
    return failureRateThreshold;
  }

  /** @param failureRateThreshold the failure rate, in percent, that opens the circuit */
  public void setFailureRateThreshold(Float failureRateThreshold) {
    this.failureRateThreshold = failureRateThreshold;
  }

  /** @return how long the circuit stays open, or {@code null} for the SDK's default */
  public Duration getWaitInOpenState() {
    return waitInOpenState;
  }

  /** @param waitInOpenState how long the circuit stays open */
  public void setWaitInOpenState(Duration waitInOpenState) {
    this.waitInOpenState = waitInOpenState;
  }
}
