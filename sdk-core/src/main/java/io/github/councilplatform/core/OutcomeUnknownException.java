package io.github.councilplatform.core;

import java.util.Optional;

/**
 * A request that changes something (send a message, create a payment, refund) may or may not have been
 * acted on: the request reached the platform, but no usable answer came back (a read timeout, a dropped
 * connection, or a server error on a request the platform does not de-duplicate).
 *
 * <p>The SDK never resends such a request, because doing so could send a second text message or take a
 * second payment. Reconcile instead: look the resource up by the {@link #reference()} you gave it (each
 * platform client offers a lookup by reference), and only send again if it is not there.
 */
public class OutcomeUnknownException extends CouncilPlatformException {
  private static final long serialVersionUID = 1L;

  private final String method;
  private final String path;
  private final String reference;

  /**
   * Creates the exception.
   *
   * @param message what happened and how to reconcile
   * @param cause the failure that left the outcome unknown
   * @param requestId the client-generated request id
   * @param attempts how many attempts were made
   * @param method the HTTP method
   * @param path the request path, without query
   * @param reference the caller's reference for the request, or {@code null} if it had none
   */
  public OutcomeUnknownException(
      String message,
      Throwable cause,
      String requestId,
      int attempts,
      String method,
      String path,
      String reference) {
    super(message, cause, requestId, attempts, false);
    this.method = method;
    this.path = path;
    this.reference = reference;
  }

  /** The HTTP method of the request whose outcome is unknown. */
  public String method() {
    return method;
  }

  /** The path of the request whose outcome is unknown, without query string. */
  public String path() {
    return path;
  }

  /**
   * The reference the caller gave the request (Notify's {@code reference}, Pay's {@code reference}), to
   * look the resource up with; empty if the request had none.
   */
  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }
}
