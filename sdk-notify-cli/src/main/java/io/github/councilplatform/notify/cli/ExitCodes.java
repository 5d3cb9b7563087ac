package io.github.councilplatform.notify.cli;

/** The exit codes of {@code notify-batch}, stable for scripts. */
public final class ExitCodes {
  /** Done; for {@code check}: every row is good. */
  public static final int OK = 0;
  /** An unexpected error. */
  public static final int UNEXPECTED = 1;
  /** Wrong arguments. */
  public static final int USAGE = 2;
  /** Bad input (unknown template, wrong template type, no recipient column, …): nothing was sent. */
  public static final int BAD_INPUT = 3;
  /** Rows failed the checks: nothing was sent (use {@code --send-good-rows} to send the others). */
  public static final int INVALID_ROWS = 4;
  /** Paused by Notify's daily limit: run {@code resume} after the time printed. */
  public static final int PAUSED = 5;
  /** Every row was tried but some outcomes are unknown: run {@code resume} later to reconcile them. */
  public static final int UNKNOWN_OUTCOMES = 6;
  /** Stopped early (network, API key refused): run {@code resume} when fixed. */
  public static final int STOPPED = 7;
  /** The journal was written for another template or file: nothing was sent. */
  public static final int JOURNAL_MISMATCH = 8;

  private ExitCodes() {}
}
