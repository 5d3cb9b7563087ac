package io.github.councilplatform.pay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.github.councilplatform.pay.Fixtures.AGREEMENT_ID;
import static io.github.councilplatform.pay.Fixtures.PAYMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.councilplatform.core.RequestValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per GOV.UK Pay rule (reference/pay.md sections 3, 5 to 8): each must be refused with a
 * {@link RequestValidationException} naming the field, and nothing may be sent.
 */
class ValidationTest extends PayWireMockTest {

  private static final String A26 = "a".repeat(26);

  private static CreatePaymentRequest.Builder web() {
    return CreatePaymentRequest.builder().amount(2500).reference("PCN-123").description("Parking fine")
        .returnUrl("https://council.example/pay/return");
  }

  private static CreatePaymentRequest.Builder agreement() {
    return CreatePaymentRequest.builder().amount(999).reference("GW-1").description("Garden waste")
        .agreementPayment(AGREEMENT_ID);
  }

  private static CreateAgreementRequest.Builder agreementRequest() {
    return CreateAgreementRequest.builder();
  }

  private static Arguments create(String rule, String field, UnaryOperator<CreatePaymentRequest.Builder> breakIt,
      CreatePaymentRequest.Builder start) {
    return arguments(named(rule, (Consumer<PayClient>) pay -> pay.createPayment(breakIt.apply(start).build())),
        field);
  }

  private static Arguments call(String rule, String field, Consumer<PayClient> call) {
    return arguments(named(rule, call), field);
  }

  private static Map<String, Object> metadata(int n) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      m.put("key" + i, "v");
    }
    return m;
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        create("amount below 0", "amount", b -> b.amount(-1), web()),
        create("amount above 10,000,000", "amount", b -> b.amount(10_000_001), web()),
        create("amount 0 without zero amounts", "amount", b -> b.amount(0), web()),
        create("reference missing", "reference", b -> b.reference(null), web()),
        create("reference blank", "reference", b -> b.reference("   "), web()),
        create("reference over 255", "reference", b -> b.reference("r".repeat(256)), web()),
        create("reference with <", "reference", b -> b.reference("PCN<123"), web()),
        create("reference with >", "reference", b -> b.reference("PCN>123"), web()),
        create("reference with |", "reference", b -> b.reference("PCN|123"), web()),
        create("description missing", "description", b -> b.description(null), web()),
        create("description blank", "description", b -> b.description(""), web()),
        create("description over 255", "description", b -> b.description("d".repeat(256)), web()),
        create("description with <", "description", b -> b.description("<b>fine</b>"), web()),
        create("return_url missing on a web payment", "return_url", b -> b.returnUrl(null), web()),
        create("return_url over 2000", "return_url",
            b -> b.returnUrl("https://council.example/" + "p".repeat(1980)), web()),
        create("return_url not http(s)", "return_url", b -> b.returnUrl("ftp://council.example/r"), web()),
        create("return_url not a URL", "return_url", b -> b.returnUrl("council example return"), web()),
        create("return_url without host", "return_url", b -> b.returnUrl("https:///return"), web()),
        create("return_url on a moto_api payment", "return_url",
            b -> b.authorisationMode(AuthorisationMode.MOTO_API), web()),
        create("return_url on an agreement payment", "return_url",
            b -> b.returnUrl("https://council.example/r"), agreement()),
        create("email over 254", "email", b -> b.email("a".repeat(243) + "@example.org"), web()),
        create("email on an agreement payment", "email", b -> b.email("a@example.org"), agreement()),
        create("prefilled details on an agreement payment", "prefilled_cardholder_details",
            b -> b.prefilledCardholderDetails(new PrefilledCardholderDetails("A", null)), agreement()),
        create("cardholder_name over 255", "prefilled_cardholder_details.cardholder_name",
            b -> b.prefilledCardholderDetails(new PrefilledCardholderDetails("n".repeat(256), null)), web()),
        create("billing line1 over 255", "prefilled_cardholder_details.billing_address.line1",
            b -> b.prefilledCardholderDetails(new PrefilledCardholderDetails(null,
                new Address("l".repeat(256), null, null, null, "GB"))), web()),
        create("billing line2 over 255", "prefilled_cardholder_details.billing_address.line2",
            b -> b.prefilledCardholderDetails(new PrefilledCardholderDetails(null,
                new Address(null, "l".repeat(256), null, null, "GB"))), web()),
        create("billing city over 255", "prefilled_cardholder_details.billing_address.city",
            b -> b.prefilledCardholderDetails(new PrefilledCardholderDetails(null,
                new Address(null, null, null, "c".repeat(256), "GB"))), web()),
        create("billing postcode over 25", "prefilled_cardholder_details.billing_address.postcode",
            b -> b.prefilledCardholderDetails(new PrefilledCardholderDetails(null,
                new Address(null, null, "p".repeat(26), null, "GB"))), web()),
        create("language unknown", "language", b -> b.language(Language.UNKNOWN), web()),
        create("metadata over 15 pairs", "metadata", b -> b.metadata(metadata(16)), web()),
        create("metadata key empty", "metadata", b -> b.metadata("", "v"), web()),
        create("metadata key over 30", "metadata", b -> b.metadata("k".repeat(31), "v"), web()),
        create("metadata keys equal ignoring case", "metadata", b -> b.metadata("Ledger", "1").metadata("ledger", "2"),
            web()),
        create("metadata value null", "metadata", b -> b.metadata("k", null), web()),
        create("metadata value an object", "metadata", b -> b.metadata("k", Map.of("a", 1)), web()),
        create("metadata value a list", "metadata", b -> b.metadata("k", List.of(1)), web()),
        create("metadata value over 100", "metadata", b -> b.metadata("k", "v".repeat(101)), web()),
        create("authorisation_mode external", "authorisation_mode",
            b -> b.authorisationMode(AuthorisationMode.EXTERNAL), web()),
        create("agreement payment without agreement_id", "agreement_id", b -> b.agreementId(null), agreement()),
        create("agreement_id without agreement mode", "agreement_id", b -> b.agreementId(A26), web()),
        create("agreement_id not 26 characters", "agreement_id", b -> b.agreementId("short"), agreement()),
        create("set_up_agreement not 26 characters", "set_up_agreement", b -> b.setUpAgreement("short"), web()),
        create("agreement_payment_type without an agreement", "agreement_payment_type",
            b -> b.agreementPaymentType(AgreementPaymentType.INSTALMENT), web()),
        create("agreement_payment_type unknown", "agreement_payment_type",
            b -> b.agreementPaymentType(AgreementPaymentType.UNKNOWN), agreement()),
        create("Idempotency-Key empty", "Idempotency-Key", b -> b.idempotencyKey(""), agreement()),
        create("Idempotency-Key over 255", "Idempotency-Key", b -> b.idempotencyKey("k".repeat(256)), agreement()),
        create("Idempotency-Key with other characters", "Idempotency-Key", b -> b.idempotencyKey("gw_42 2026"),
            agreement()),
        call("refund amount 0", "amount", pay -> pay.refundPayment(PAYMENT_ID, 0)),
        call("refund amount above 10,000,000", "amount", pay -> pay.refundPayment(PAYMENT_ID, 10_000_001, 10_000_001)),
        call("refund_amount_available 0", "refund_amount_available", pay -> pay.refundPayment(PAYMENT_ID, 1, 0)),
        call("payment id with a slash", "payment_id", pay -> pay.getPayment("../agreements")),
        call("refund id blank", "refund_id", pay -> pay.getRefund(PAYMENT_ID, "")),
        call("agreement id null", "agreement_id", pay -> pay.cancelAgreement(null)),
        call("agreement reference blank", "reference",
            pay -> pay.createAgreement(agreementRequest().reference(" ").description("Garden waste").build())),
        call("agreement reference over 255", "reference",
            pay -> pay.createAgreement(agreementRequest().reference("r".repeat(256)).description("Garden waste")
                .build())),
        call("agreement description missing", "description",
            pay -> pay.createAgreement(agreementRequest().reference("GW-1").description(null).build())),
        call("agreement description over 255", "description",
            pay -> pay.createAgreement(agreementRequest().reference("GW-1").description("d".repeat(256)).build())),
        call("agreement user_identifier blank", "user_identifier",
            pay -> pay.createAgreement(agreementRequest().reference("GW-1").description("Garden waste")
                .userIdentifier("").build())),
        call("agreement user_identifier over 255", "user_identifier",
            pay -> pay.createAgreement(agreementRequest().reference("GW-1").description("Garden waste")
                .userIdentifier("u".repeat(256)).build())),
        call("MOTO token blank", "one_time_token", pay -> pay.authoriseMotoPayment(
            new MotoCardDetails(" ", "4444333322221111", "123", "04/29", "A Smith"))),
        call("MOTO card number under 12", "card_number", pay -> pay.authoriseMotoPayment(
            new MotoCardDetails("tok", "44443333222", "123", "04/29", "A Smith"))),
        call("MOTO card number over 19", "card_number", pay -> pay.authoriseMotoPayment(
            new MotoCardDetails("tok", "44443333222211110000", "123", "04/29", "A Smith"))),
        call("MOTO cvc under 3", "cvc", pay -> pay.authoriseMotoPayment(
            new MotoCardDetails("tok", "4444333322221111", "12", "04/29", "A Smith"))),
        call("MOTO cvc over 4", "cvc", pay -> pay.authoriseMotoPayment(
            new MotoCardDetails("tok", "4444333322221111", "12345", "04/29", "A Smith"))),
        call("MOTO expiry not MM/YY", "expiry_date", pay -> pay.authoriseMotoPayment(
            new MotoCardDetails("tok", "4444333322221111", "123", "4/29", "A Smith"))),
        call("MOTO cardholder name missing", "cardholder_name", pay -> pay.authoriseMotoPayment(
            new MotoCardDetails("tok", "4444333322221111", "123", "04/29", null))),
        call("MOTO cardholder name over 255", "cardholder_name", pay -> pay.authoriseMotoPayment(
            new MotoCardDetails("tok", "4444333322221111", "123", "04/29", "n".repeat(256)))),
        call("search state capturable", "state",
            pay -> pay.searchPayments(PaymentSearch.builder().state(PaymentStatus.CAPTURABLE).build())),
        call("search display_size 0", "display_size",
            pay -> pay.searchPayments(PaymentSearch.builder().displaySize(0).build())),
        call("search display_size over 500", "display_size",
            pay -> pay.searchRefunds(RefundSearch.builder().displaySize(501).build())),
        call("search reference over 255", "reference",
            pay -> pay.searchPayments(PaymentSearch.builder().reference("r".repeat(256)).build())),
        call("search email over 254", "email",
            pay -> pay.searchPayments(PaymentSearch.builder().email("e".repeat(255)).build())),
        call("search card_brand over 20", "card_brand",
            pay -> pay.searchPayments(PaymentSearch.builder().cardBrand("b".repeat(21)).build())),
        call("search first digits not 6", "first_digits_card_number",
            pay -> pay.searchPayments(PaymentSearch.builder().firstDigitsCardNumber("44443").build())),
        call("search last digits not 4 digits", "last_digits_card_number",
            pay -> pay.searchPayments(PaymentSearch.builder().lastDigitsCardNumber("11a1").build())),
        call("dispute search status unknown", "status",
            pay -> pay.searchDisputes(DisputeSearch.builder().status(DisputeStatus.UNKNOWN).build())),
        call("dispute search display_size 0", "display_size",
            pay -> pay.searchDisputes(DisputeSearch.builder().displaySize(0).build())),
        call("agreement search status unknown", "status",
            pay -> pay.searchAgreements(AgreementSearch.builder().status(AgreementStatus.UNKNOWN).build())),
        call("agreement search reference over 255", "reference",
            pay -> pay.searchAgreements(AgreementSearch.builder().reference("r".repeat(256)).build())),
        call("find by reference blank", "reference", pay -> pay.findPaymentsByReference(" ")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void refusesBeforeSending(Consumer<PayClient> call, String field) {
    assertThatThrownBy(() -> call.accept(pay))
        .isInstanceOfSatisfying(RequestValidationException.class, e -> {
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.getMessage()).startsWith(field + ": ");
          assertThat(e.attempts()).isZero();
        });
    assertNothingSent();
  }

  @Test
  void aLiveKeyNeedsAnHttpsReturnUrl() {
    PayClient live = client(LIVE_KEY).build();

    assertThatThrownBy(() -> live.createPayment(web().returnUrl("http://council.example/pay/return").build()))
        .isInstanceOfSatisfying(RequestValidationException.class,
            e -> assertThat(e.field()).isEqualTo("return_url"));
    assertNothingSent();
  }

  @Test
  void aTestKeyMayUseAnHttpReturnUrlAndLimitsAreInclusive() {
    wm.stubFor(post("/v1/payments").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(Fixtures.createdWebPayment(wm.baseUrl()))));
    Map<String, Object> fullMetadata = new LinkedHashMap<>();
    for (int i = 0; i < 15; i++) {
      fullMetadata.put(("k" + i + "-").repeat(10).substring(0, 30), "v".repeat(100));
    }

    pay.createPayment(web().returnUrl("http://localhost:8080/return").amount(10_000_000)
        .reference("r".repeat(255)).description("d".repeat(255)).email("a".repeat(242) + "@example.org")
        .metadata(fullMetadata).build());

    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void zeroAmountsAreSentWhenTheAccountAllowsThem() {
    wm.stubFor(post("/v1/payments").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(Fixtures.createdWebPayment(wm.baseUrl()))));
    PayClient zero = client(TEST_KEY).zeroAmountsEnabled(true).build();

    zero.createPayment(web().amount(0).build());

    assertThat(wm.getAllServeEvents()).hasSize(1);
  }
}
