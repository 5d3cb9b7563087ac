package io.github.councilplatform.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.core.RequestValidationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Requests and filters check their own rules when built, with no client in sight; only the rules that depend
 * on the account wait for the client (ValidationTest covers every rule through the client).
 */
class RequestRulesTest {

  private static CreatePaymentRequest.Builder web() {
    return CreatePaymentRequest.builder().amount(2500).reference("PCN-123").description("Parking fine")
        .returnUrl("https://council.example/pay/return");
  }

  private static void refused(ThrowingCallable build, String field, String advice) {
    assertThatThrownBy(build).isInstanceOfSatisfying(RequestValidationException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.getMessage()).startsWith(field + ": ").contains(advice);
    });
  }

  @Test
  void recordsRefuseABrokenRuleWhenBuilt() {
    refused(() -> web().reference("PCN|1").build(), "reference", "GOV.UK Pay rejects < > and |");
    refused(() -> web().returnUrl(null).build(), "return_url", "required for web payments");
    refused(() -> web().amount(-1).build(), "amount", "zero amounts turned on");
    refused(() -> new PrefilledCardholderDetails("n".repeat(256), null),
        "prefilled_cardholder_details.cardholder_name", "at most 255");
    refused(() -> new MotoCardDetails("tok", "4444", "123", "04/29", "A Smith"), "card_number", "between 12 and 19");
    refused(() -> CreateAgreementRequest.builder().reference("GW-1").build(), "description", "required");
    refused(() -> PaymentSearch.builder().state(PaymentStatus.CAPTURABLE).build(), "state", "cannot search for");
    refused(() -> RefundSearch.builder().displaySize(0).build(), "display_size", "between 1 and 500");
    refused(() -> DisputeSearch.builder().status(DisputeStatus.UNKNOWN).build(), "status", "needs_response");
    refused(() -> AgreementSearch.builder().status(AgreementStatus.UNKNOWN).build(), "status", "active");
    refused(() -> PaymentSearch.byReference(""), "reference", "required");
  }

  @Test
  void rulesThatDependOnTheAccountWaitForTheClient() {
    assertThat(web().amount(0).build().amount()).isZero();
    assertThat(web().returnUrl("http://localhost:8080/return").build().returnUrl()).startsWith("http://");
  }

  @Test
  void buildersCarryEveryField() {
    CreateAgreementRequest a = CreateAgreementRequest.builder().reference("GW-1").description("Garden waste")
        .userIdentifier("resident-42").build();
    assertThat(a).isEqualTo(new CreateAgreementRequest("GW-1", "Garden waste", "resident-42"));

    assertThat(AgreementSearch.builder().reference("GW-1").status(AgreementStatus.ACTIVE).displaySize(10).build())
        .isEqualTo(new AgreementSearch("GW-1", AgreementStatus.ACTIVE, 10));
    assertThat(PaymentSearch.all()).isEqualTo(PaymentSearch.builder().build());
    assertThat(PaymentSearch.byReference("PCN-1").reference()).isEqualTo("PCN-1");

    MotoCardDetails.Builder card = MotoCardDetails.builder().oneTimeToken("tok").cardNumber("4444333322221111")
        .cvc("123").expiryDate("04/29").cardholderName("A Smith");
    assertThat(card.build()).isEqualTo(new MotoCardDetails("tok", "4444333322221111", "123", "04/29", "A Smith"))
        .hasToString("MotoCardDetails{card ending 1111, …}");
    assertThat(card.toString()).doesNotContain("4444", "123", "A Smith");
    refused(() -> card.cvc(null).build(), "cvc", "required");
  }
}
