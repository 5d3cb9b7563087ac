package io.github.councilplatform.pay;

import io.github.councilplatform.core.AuthenticationException;
import io.github.councilplatform.core.CircuitOpenException;
import io.github.councilplatform.core.CouncilPlatformException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The "mop-up" of unfinished payment journeys. Behind {@link PayClient#reconcilePayments}. */
final class PaymentReconciliation {
  private PaymentReconciliation() {}

  /** Looks each id up with {@code getPayment}, the strongly consistent read; never the search. */
  static ReconciliationReport reconcile(Collection<String> paymentIds, Function<String, Payment> getPayment) {
    Objects.requireNonNull(paymentIds, "paymentIds");
    List<ReconciledPayment> results = new ArrayList<>(paymentIds.size());
    for (String id : paymentIds) {
      try {
        results.add(new ReconciledPayment(id, getPayment.apply(id), null));
      } catch (AuthenticationException | CircuitOpenException e) {
        // Every other lookup would fail the same way.
        throw e;
      } catch (CouncilPlatformException e) {
        results.add(new ReconciledPayment(id, null, e));
      }
    }
    return new ReconciliationReport(results);
  }
}
