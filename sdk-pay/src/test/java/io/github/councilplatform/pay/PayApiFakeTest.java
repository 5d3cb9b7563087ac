package io.github.councilplatform.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.core.Page;
import io.github.councilplatform.core.PagedIterable;
import io.github.councilplatform.core.RequestValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Council code depends on PayApi; a fake needs only public types, and the defaults delegate correctly. */
class PayApiFakeTest {

  /** A fake that records payment searches; everything else is unused here. */
  static final class RecordingFake implements PayApi {
    final List<PaymentSearch> searches = new ArrayList<>();
    boolean closed;

    @Override
    public PagedIterable<Payment> searchPayments(PaymentSearch search) {
      searches.add(search);
      return PagedIterable.of(token -> new Page<>(List.of(), null));
    }

    @Override
    public void close() {
      closed = true;
    }

    @Override
    public Payment createPayment(CreatePaymentRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public AgreementPaymentResult createAgreementPayment(CreatePaymentRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Payment getPayment(String paymentId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public PaymentEvents getPaymentEvents(String paymentId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void cancelPayment(String paymentId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void capturePayment(String paymentId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Refund refundPayment(String paymentId, long amount, long refundAmountAvailable) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Refund refundPayment(String paymentId, long amount) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Refund getRefund(String paymentId, String refundId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Refund> listRefunds(String paymentId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public PagedIterable<Refund> searchRefunds(RefundSearch search) {
      throw new UnsupportedOperationException();
    }

    @Override
    public PagedIterable<Dispute> searchDisputes(DisputeSearch search) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Agreement createAgreement(CreateAgreementRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Agreement getAgreement(String agreementId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public PagedIterable<Agreement> searchAgreements(AgreementSearch search) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void cancelAgreement(String agreementId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public MotoAuthorisationResult authoriseMotoPayment(MotoCardDetails card) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ReconciliationReport reconcilePayments(Collection<String> paymentIds) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void findByReferenceSearchesForExactlyThatReference() {
    RecordingFake fake = new RecordingFake();

    assertThat(fake.findPaymentsByReference("PCN-123").stream()).isEmpty();

    assertThat(fake.searches).containsExactly(PaymentSearch.builder().reference("PCN-123").build());
  }

  @Test
  void findByReferenceRefusesABlankReferenceBeforeSearching() {
    RecordingFake fake = new RecordingFake();

    assertThatThrownBy(() -> fake.findPaymentsByReference(" "))
        .isInstanceOfSatisfying(RequestValidationException.class, e -> assertThat(e.field()).isEqualTo("reference"));
    assertThat(fake.searches).isEmpty();
  }

  @Test
  void aFakeClosesInTryWithResourcesWithoutACheckedException() {
    RecordingFake fake = new RecordingFake();
    try (PayApi pay = fake) {
      pay.findPaymentsByReference("PCN-1").iterator().hasNext();
    }
    assertThat(fake.closed).isTrue();
  }
}
