package io.github.councilplatform.examples.support;

/**
 * Thrown when a journey cannot run in this setting, for example because it needs a power only the sandbox
 * has (advancing the clock) or a platform whose credentials are not set. A skipped journey does not fail the
 * run.
 */
public final class JourneySkipped extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the signal.
   *
   * @param reason why the journey cannot run, and what would let it
   */
  public JourneySkipped(String reason) {
    super(reason);
  }
}
