package io.github.councilplatform.spring.boot.internal.inbound;

/** Why an inbound message is refused, as the HTTP status the platform expects. No stack trace: it is an answer. */
public final class InboundRejection extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  /**
   * @param status the HTTP status to answer
   * @param reason a short reason, holding no secret and no personal data
   */
  public InboundRejection(int status, String reason) {
    super(reason, null, false, false);
    this.status = status;
  }

  /** @return a 401 for a missing or wrong credential (nothing read) */
  static InboundRejection unauthorized() {
    return new InboundRejection(401, "The credential is missing or wrong.");
  }

  /** @return a 400 for a genuine message the endpoint cannot read */
  static InboundRejection unreadable() {
    return new InboundRejection(400, "The message is genuine but cannot be read.");
  }

  /** @return the HTTP status */
  public int status() {
    return status;
  }
}
