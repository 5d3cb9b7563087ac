package io.github.councilplatform.identity;

import java.util.List;

/**
 * Identity was requested but One Login sent no core identity: the user's identity was not proven at the level
 * asked. The sign-in itself succeeded; {@link #subject()} names the user and {@link #returnCodes()} holds any
 * return codes One Login sent (ask One Login what each means for your service).
 */
public class IdentityNotProvenException extends SignInFailedException {
  private static final long serialVersionUID = 1L;

  private final String subject;
  private final List<ReturnCode> returnCodes;

  /**
   * Creates the exception.
   *
   * @param subject the user's {@code sub}
   * @param level the identity level requested, for example {@code P2}, or {@code null} if the sign-in did
   *     not ask for identity
   * @param returnCodes the return codes sent, possibly empty
   */
  public IdentityNotProvenException(String subject, String level, List<ReturnCode> returnCodes) {
    super(level == null
        ? "This sign-in did not ask for identity, so none was proven; start a sign-in with an identity TrustLevel"
            + " such as TrustLevel.MEDIUM_IDENTITY."
        : "GOV.UK One Login did not prove the user's identity at level " + level + " (no core identity was"
            + " returned" + (returnCodes.isEmpty() ? "" : "; return codes " + returnCodes) + "). Offer another way"
            + " to prove identity or use the service.", false);
    this.subject = subject;
    this.returnCodes = List.copyOf(returnCodes);
  }

  /** The user's pairwise subject identifier. */
  public String subject() {
    return subject;
  }

  /** The return codes One Login sent, possibly empty. */
  public List<ReturnCode> returnCodes() {
    return returnCodes;
  }
}
