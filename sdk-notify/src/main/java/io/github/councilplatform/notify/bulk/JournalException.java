package io.github.councilplatform.notify.bulk;

import io.github.councilplatform.core.CouncilPlatformException;

/**
 * A journal could not be read or written (a full disk, a lost database connection, a damaged file). The batch
 * stops; what was recorded before stays, so running it again resumes safely once the cause is fixed.
 */
public class JournalException extends CouncilPlatformException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong and what to do next
   * @param cause the underlying failure, or {@code null}
   */
  public JournalException(String message, Throwable cause) {
    super(message, cause, null, 0, true);
  }
}
