package io.github.councilplatform.core;

/**
 * The SDK did not start the call because this client's own rate limiter ({@link RateLimitOptions}) had no
 * permit free within its wait time. The limiter refuses only a call's first attempt, so nothing of this call
 * was sent; slow down or raise the limit.
 */
public class ClientThrottledException extends CouncilPlatformException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do next
   */
  public ClientThrottledException(String message) {
    super(message, null, null, 0, true);
  }
}
