package io.github.councilplatform.notify;

import io.github.councilplatform.core.CouncilPlatformException;
import java.time.Duration;

/**
 * {@link NotifyApi#awaitFinalStatus} gave up: the notification had not reached a final status within the
 * time allowed. Nothing failed; {@link #lastSeen()} is the notification as last fetched. Wait longer, or
 * rely on a delivery receipt callback instead of polling.
 */
public class FinalStatusTimeoutException extends CouncilPlatformException {
  private static final long serialVersionUID = 1L;

  private final transient Notification lastSeen;

  /**
   * Creates the exception.
   *
   * @param lastSeen the notification as last fetched
   * @param timeout how long the caller allowed
   */
  public FinalStatusTimeoutException(Notification lastSeen, Duration timeout) {
    super("Notification " + lastSeen.id() + " was still '" + lastSeen.status() + "' after " + timeout
        + "; it has not reached a final status yet. Poll again later or use a delivery receipt callback.",
        null, null, 0, true);
    this.lastSeen = lastSeen;
  }

  /**
   * The notification as last fetched, with its non-final status.
   *
   * @return the last fetched notification
   */
  public Notification lastSeen() {
    return lastSeen;
  }
}
