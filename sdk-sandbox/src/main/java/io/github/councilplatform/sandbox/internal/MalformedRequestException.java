package io.github.councilplatform.sandbox.internal;

/**
 * A request the sandbox cannot read at all, such as a query string or form with a broken {@code %} escape.
 * The {@link Dispatcher} answers it with the platform's {@link SandboxPlatform#badRequest(String) 400},
 * never a 500 and never by quietly dropping the parameter (which would turn a client's encoding bug into a
 * misleading "missing parameter").
 */
public final class MalformedRequestException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * A malformed request.
   *
   * @param message what could not be read, for the response body
   */
  public MalformedRequestException(String message) {
    super(message);
  }
}
