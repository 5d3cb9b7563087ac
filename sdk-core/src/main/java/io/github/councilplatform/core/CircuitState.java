package io.github.councilplatform.core;

/** The state of a client's circuit breaker, as {@link ClientHealth} reports it. */
public enum CircuitState {
  /** Calls flow. */
  CLOSED,
  /** Recent calls failed too often: new calls are refused with {@link CircuitOpenException}. */
  OPEN,
  /** The wait in the open state is over and a few trial calls are let through. */
  HALF_OPEN,
  /** The client was built with {@link CircuitBreakerOptions#disabled()}. */
  DISABLED
}
