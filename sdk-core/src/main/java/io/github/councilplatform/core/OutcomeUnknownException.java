package io.github.councilplatform.core;

import java.util.Optional;

/**
 * A request that changes something (send a message, create a payment, refund) may or may not have been
 * acted on: at least one attempt reached the platform, or may have, and no usable answer came back for it
 * (a read timeout, a dropped connection, a server error), whatever happened to later attempts (a 429, an
 * open circuit breaker, the retry budget running out).
 *
 * <p>The SDK never resends a request that may have been acted on unless the platform de-duplicates it, because
 * doing so could send a second text message or take a second payment. Reconcile instead:
 * <ul>
 *   <li>look the resource up by the {@link #reference()} you gave it (each platform client offers a lookup by
 *       reference), and only send again if it is not there; or
 *   <li>when the request carried an {@link #idempotencyKey()} (GOV.UK Pay agreement payments), send the same
 *       request again with that same key: the platform returns the original result instead of acting twice.
 * </ul>
 * {@link #getCause()} is the last attempt's own failure; {@link #attempts()} counts every attempt.
 */
public class OutcomeUnknownException extends CouncilPlatformException {
  private static final long serialVersionUID = 1L;

  private final String method;
  private final String path;
  private final String reference;
  private final String idempotencyKey;

  /**
   * Creates the exception for a request without an idempotency key.
   *
   * @param message what happened and how to reconcile
   * @param cause the last attempt's failure
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
    this(message, cause, requestId, attempts, method, path, reference, null);
  }

  /**
   * Creates the exception.
   *
   * @param message what happened and how to reconcile
   * @param cause the last attempt's failure
   * @param requestId the client-generated request id
   * @param attempts how many attempts were made
   * @param method the HTTP method
   * @param path the request path, without query
   * @param reference the caller's reference for the request, or {@code null} if it had none
   * @param idempotencyKey the {@code Idempotency-Key} every attempt carried, or {@code null} if none
   */
  public OutcomeUnknownException(
      String message,
      Throwable cause,
      String requestId,
      int attempts,
      String method,
      String path,
      String reference,
      String idempotencyKey) {
    super(message, cause, requestId, attempts, false);
    this.method = method;
    this.path = path;
    this.reference = reference;
    this.idempotencyKey = idempotencyKey;
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

  /**
   * The {@code Idempotency-Key} every attempt of the request carried (the caller's own, or the one the SDK
   * generated); empty if the request had none. Sending the same request again with this key is safe: the
   * platform returns the original result instead of acting again (GOV.UK Pay keeps keys for 24 hours).
   */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }
}
