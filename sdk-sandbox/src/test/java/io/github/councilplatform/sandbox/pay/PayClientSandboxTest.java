package io.github.councilplatform.sandbox.pay;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplatform.pay.CreatePaymentRequest;
import io.github.councilplatform.pay.PayClient;
import io.github.councilplatform.pay.Payment;
import io.github.councilplatform.pay.PaymentStatus;
import io.github.councilplatform.pay.Refund;
import io.github.councilplatform.pay.RefundStatus;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The SDK's own {@link PayClient} against the sandbox: the journey a council service makes. */
@ExtendWith(SandboxExtension.class)
class PayClientSandboxTest {

  @Test
  void createPayRefundAndFindThroughTheSdk(Sandbox sandbox) {
    PayHttp pay = new PayHttp(sandbox);
    PayClient client = PayClient.builder().baseUrl(sandbox.baseUrl()).apiKey(pay.apiKey).build();

    Payment created = client.createPayment(CreatePaymentRequest.builder().amount(1450).reference("GW-1")
        .description("Garden waste permit").returnUrl("https://council.example/back").build());

    assertThat(created.status()).isEqualTo(PaymentStatus.CREATED);
    assertThat(created.nextUrl()).hasValueSatisfying(url -> assertThat(url).startsWith(sandbox.baseUrl()));
    pay.complete(created.paymentId(), "4444333322221111", true);
    Payment paid = client.getPayment(created.paymentId());
    assertThat(paid.isSuccess()).isTrue();
    assertThat(paid.cardDetails()).isNotNull();

    Refund refund = client.refundPayment(created.paymentId(), 450, 1450);

    assertThat(refund.status()).isEqualTo(RefundStatus.SUCCESS);
    assertThat(refund.amount()).isEqualTo(450);
    assertThat(client.findPaymentsByReference("GW-1")).extracting(Payment::paymentId)
        .containsExactly(created.paymentId());
    // Capturing a payment that is already captured succeeds (connector DelayedCaptureService.java:67).
    client.capturePayment(created.paymentId());
    assertThat(client.getPayment(created.paymentId()).status().name()).isEqualTo("SUCCESS");
  }
}
