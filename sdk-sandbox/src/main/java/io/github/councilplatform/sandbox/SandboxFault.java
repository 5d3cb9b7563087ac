package io.github.councilplatform.sandbox;

/** A failure the sandbox can inject into a platform's next calls. */
public enum SandboxFault {
  /** HTTP 500 with the platform's own error body. */
  SERVER_ERROR,
  /** HTTP 503 with the platform's own error body. */
  SERVICE_UNAVAILABLE,
  /** HTTP 429 with the platform's own rate-limit error body (Notify {@code RateLimitError}, Pay {@code P0900}). */
  RATE_LIMITED,
  /** The connection is reset before any response. */
  CONNECTION_RESET,
  /** The call is handled normally, but only after a delay. */
  DELAY
}
