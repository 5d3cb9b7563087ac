package io.github.councilplatform.pay;

import java.util.List;

/**
 * The outcome of {@code PayClient.reconcilePayments}: the current state of each payment id, in the order
 * given.
 *
 * @param results one entry per id
 */
public record ReconciliationReport(List<ReconciledPayment> results) {

  /**
   * Copies the results.
   *
   * @param results one entry per id
   */
  public ReconciliationReport {
    results = List.copyOf(results);
  }

  /** {@return payments that succeeded (the payer paid): mark these paid} */
  public List<ReconciledPayment> succeeded() {
    return results.stream().filter(r -> r.status().isSuccess()).toList();
  }

  /** {@return payments that finished without money being taken (failed, cancelled, error)} */
  public List<ReconciledPayment> finishedUnpaid() {
    return results.stream().filter(r -> r.isFinished() && !r.status().isSuccess()).toList();
  }

  /** {@return payments still in progress (including capturable ones waiting for you); check them again later} */
  public List<ReconciledPayment> inProgress() {
    return results.stream().filter(r -> r.payment() != null && !r.isFinished()).toList();
  }

  /** {@return ids whose lookup failed (not found, or an error); see {@link ReconciledPayment#lookupFailure()}} */
  public List<ReconciledPayment> lookupFailures() {
    return results.stream().filter(r -> r.failure() != null).toList();
  }
}
