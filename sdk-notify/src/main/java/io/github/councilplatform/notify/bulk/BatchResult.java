package io.github.councilplatform.notify.bulk;

import java.time.Instant;
import java.util.Optional;

/**
 * How a run of a batch ended ({@link BulkSender#send(BatchPlan)}).
 *
 * @param outcome how it ended
 * @param counts the journal's counts at the end
 * @param report the check that ran first
 * @param resumeAt for {@link Outcome#PAUSED_DAILY_LIMIT}: when the batch may resume, otherwise {@code null}
 * @param message what happened and what to do next
 */
public record BatchResult(Outcome outcome, BatchCounts counts, CheckReport report, Instant resumeAt,
    String message) {

  /** How a run ended. */
  public enum Outcome {
    /** Every row is sent or failed for good. */
    COMPLETED,
    /** Every row was tried; some outcomes are unknown: resume later to reconcile them by reference. */
    COMPLETED_WITH_UNKNOWN,
    /** Notify's daily limit was reached: the state is saved; resume at {@link #resumeAt()}. */
    PAUSED_DAILY_LIMIT,
    /** The run stopped early (lost network, credentials refused, interrupted): resume when fixed. */
    STOPPED
  }

  /**
   * When the batch may resume after the daily limit.
   *
   * @return the time, or empty unless paused
   */
  public Optional<Instant> resumeAtIfPaused() {
    return Optional.ofNullable(resumeAt);
  }
}
