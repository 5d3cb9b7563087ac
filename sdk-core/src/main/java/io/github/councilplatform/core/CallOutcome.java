package io.github.councilplatform.core;

/**
 * How a platform call ended, in the categories a dashboard or an alert needs. Each maps to the exception a
 * failed call throws, so a listener and the caller always agree.
 */
public enum CallOutcome {
  /**
   * The platform answered 2xx. (A 2xx body the SDK then cannot read still reaches the caller as
   * {@link UnexpectedResponseException}: the call itself succeeded.)
   */
  SUCCESS("success"),
  /** The platform refused the request with a 4xx other than 429 ({@link ApiException} and its subclasses). */
  CLIENT_ERROR("client_error"),
  /** The platform answered 5xx ({@link ServerException}). */
  SERVER_ERROR("server_error"),
  /** The platform answered 429 ({@link RateLimitedException}). */
  RATE_LIMITED("rate_limited"),
  /** An attempt may have been acted on and no usable answer came back ({@link OutcomeUnknownException}). */
  OUTCOME_UNKNOWN("outcome_unknown"),
  /**
   * No HTTP answer: the network failed ({@link TransportException}), or the SDK failed before anything of
   * the call was sent (an authenticator that could not sign, say).
   */
  TRANSPORT("transport"),
  /** Refused by this client's open circuit breaker; nothing was sent ({@link CircuitOpenException}). */
  CIRCUIT_OPEN("circuit_open"),
  /** Refused by this client's own rate limiter; nothing was sent ({@link ClientThrottledException}). */
  THROTTLED("throttled");

  private final String tag;

  CallOutcome(String tag) {
    this.tag = tag;
  }

  /** A lower-case name fit for a metric tag, for example {@code rate_limited}. */
  public String tag() {
    return tag;
  }

  /**
   * The category of a failed call's exception.
   *
   * @param failure what the call threw
   * @return its category; {@link #TRANSPORT} for anything that is not one of the SDK's HTTP outcomes
   */
  public static CallOutcome of(Throwable failure) {
    if (failure instanceof OutcomeUnknownException) {
      return OUTCOME_UNKNOWN;
    }
    if (failure instanceof RateLimitedException) {
      return RATE_LIMITED;
    }
    if (failure instanceof ServerException) {
      return SERVER_ERROR;
    }
    if (failure instanceof ApiException) {
      return CLIENT_ERROR;
    }
    if (failure instanceof CircuitOpenException) {
      return CIRCUIT_OPEN;
    }
    if (failure instanceof ClientThrottledException) {
      return THROTTLED;
    }
    return TRANSPORT;
  }
}
