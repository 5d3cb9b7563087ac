package io.github.councilplatform.sandbox.internal;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * The one error type of the sandbox's fakes: thrown anywhere below a platform's {@link SandboxPlatform#handle},
 * it already knows the response the real platform would give (its status, error codes and texts), so the
 * {@link Dispatcher} answers with {@link #response()} and no platform writes its own catch-and-convert.
 */
public abstract class PlatformError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An error with a message for logs and stack traces (the response body says what the platform says).
   *
   * @param message what went wrong
   */
  protected PlatformError(String message) {
    super(message, null, false, false);
  }

  /** The response the platform gives for this error. */
  public abstract ResponseDefinition response();
}
