package io.github.councilplatform.core;

/**
 * The SDK did not start the call because this client's circuit breaker is open: recent calls to the
 * platform failed often enough (transport errors, 5xx, 429) that sending more would only add load. The
 * breaker refuses only a call's first attempt, so nothing of this call was sent; try again after the
 * breaker's wait ({@link CircuitBreakerOptions#waitInOpenState()}). A call already under way is never cut
 * short by the breaker: its retries run, or it ends as {@link OutcomeUnknownException}.
 */
public class CircuitOpenException extends CouncilPlatformException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do next
   * @param cause the breaker's own exception
   */
  public CircuitOpenException(String message, Throwable cause) {
    super(message, cause, null, 0, true);
  }
}
