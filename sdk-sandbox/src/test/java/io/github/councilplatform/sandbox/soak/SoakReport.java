package io.github.councilplatform.sandbox.soak;

import java.util.Map;

/**
 * What a fault soak counted, against what the sandbox holds afterwards.
 *
 * @param operations operations run (each one send or payment, however many calls it took)
 * @param requests HTTP requests through the proxy, including retries and reconciliation lookups
 * @param injected how many requests got each fault
 * @param succeeded calls that returned a result
 * @param outcomeUnknown calls that ended as {@code OutcomeUnknownException}
 * @param reconciled outcome-unknown calls settled by the SDK's own find-by-reference (found, or found absent)
 * @param reconciledPresent of those, how many the platform had acted on
 * @param definiteFailures calls that ended in any other typed exception (which claims nothing was done)
 * @param duplicates extra resources the platform holds for one operation (must be 0)
 * @param falseFailures definite failures of a call the platform had in fact acted on (must be 0)
 * @param silentLosses operations reported done that the platform does not hold (must be 0)
 * @param wrongReconciliations find-by-reference answers that disagreed with the platform's state (must be 0)
 * @param untyped exceptions outside the SDK's hierarchy (must be 0)
 * @param unfinished operations still not done after every allowed try (a bound, not an error)
 * @param millis wall-clock duration of the run
 */
public record SoakReport(
    int operations,
    int requests,
    Map<Fault, Integer> injected,
    int succeeded,
    int outcomeUnknown,
    int reconciled,
    int reconciledPresent,
    int definiteFailures,
    int duplicates,
    int falseFailures,
    int silentLosses,
    int wrongReconciliations,
    int untyped,
    int unfinished,
    long millis) {

  /** The share of proxied requests that got a fault. */
  public double faultShare() {
    int faults = injected.entrySet().stream().filter(e -> e.getKey() != Fault.NONE).mapToInt(Map.Entry::getValue)
        .sum();
    return requests == 0 ? 0 : (double) faults / requests;
  }

  /** Whether every must-be-zero count is zero and every outcome-unknown was reconciled. */
  public boolean clean() {
    return duplicates == 0 && falseFailures == 0 && silentLosses == 0 && wrongReconciliations == 0 && untyped == 0
        && reconciled == outcomeUnknown;
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "operations=%d requests=%d faults=%.1f%% %s%n"
        + "succeeded=%d outcomeUnknown=%d reconciled=%d (present %d) definiteFailures=%d unfinished=%d%n"
        + "duplicates=%d falseFailures=%d silentLosses=%d wrongReconciliations=%d untyped=%d in %d ms",
        operations, requests, 100 * faultShare(), injected, succeeded, outcomeUnknown, reconciled, reconciledPresent,
        definiteFailures, unfinished, duplicates, falseFailures, silentLosses, wrongReconciliations, untyped, millis);
  }
}
