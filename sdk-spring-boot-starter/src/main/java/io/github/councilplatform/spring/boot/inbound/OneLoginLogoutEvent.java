package io.github.councilplatform.spring.boot.inbound;

/**
 * A verified One Login back-channel logout: the resident signed out of GOV.UK One Login, so every session of
 * theirs in this service must end.
 */
public final class OneLoginLogoutEvent extends InboundMessageEvent {

  private static final long serialVersionUID = 1L;

  private final String subject;

  /**
   * @param source the endpoint
   * @param subject the One Login subject ({@code sub}) whose sessions must all end
   * @param repeat whether the same logout token was received before
   */
  public OneLoginLogoutEvent(Object source, String subject, boolean repeat) {
    super(source, repeat);
    this.subject = subject;
  }

  /** @return the subject whose sessions must all end */
  public String subject() {
    return subject;
  }

  @Override
  public String toString() {
    // The subject is a pseudonymous identifier of a person: not shown.
    return "OneLoginLogoutEvent{repeat=" + isRepeat() + '}';
  }
}
