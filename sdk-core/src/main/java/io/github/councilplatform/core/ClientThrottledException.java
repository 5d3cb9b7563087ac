package io.github.councilplatform.core;

/**
 * The SDK did not send the request because this client's own rate limiter ({@link RateLimitOptions}) had
 * no permit free within its wait time. Nothing was sent; slow down or raise the limit.
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
