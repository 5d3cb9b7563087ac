package io.github.councilplatform.sandbox.soak;

/** What the {@link FaultProxy} does to one request. */
public enum Fault {
  /** Forward the request and relay the answer. */
  NONE(false),
  /** Reset the connection before forwarding: the platform never sees the request. */
  RESET_BEFORE_FORWARD(false),
  /** Forward, then reset instead of relaying the answer: the platform acted, the caller never hears. */
  RESET_AFTER_FORWARD(true),
  /** Answer 503 without forwarding, as a load balancer in front of an unhealthy platform does. */
  ERROR_BEFORE_FORWARD(false),
  /** Forward, then answer 502 instead of the platform's answer: a gateway losing the platform's reply. */
  ERROR_AFTER_FORWARD(true),
  /** Forward, then hold the connection without answering until the caller's read timeout gives up. */
  STALL_AFTER_FORWARD(true),
  /** Answer the platform's own "rate limited, nothing done" 429 (Notify RateLimitError, Pay P0900). */
  RATE_LIMITED(false);

  private final boolean forwards;

  Fault(boolean forwards) {
    this.forwards = forwards;
  }

  /** Whether the platform sees (and acts on) the request despite the fault. */
  public boolean platformActs() {
    return forwards;
  }
}
