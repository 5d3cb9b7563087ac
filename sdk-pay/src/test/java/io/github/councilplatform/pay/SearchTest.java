package io.github.councilplatform.pay;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.councilplatform.pay.Fixtures.AGREEMENT_ID;
import static io.github.councilplatform.pay.Fixtures.PAYMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.councilplatform.core.PagedIterable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SearchTest extends PayWireMockTest {

  private static String page(String base, String path, String linksName, List<String> results, int pageNo,
      String nextHref) {
    String next = nextHref == null ? "" : ", \"next_page\": {\"href\": \"" + nextHref + "\"}";
    return """
        {"total": 3, "count": %d, "page": %d, "results": [%s],
         "%s": {"self": {"href": "%s%s?page=%d"}, "first_page": {"href": "%s%s?page=1"},
                "last_page": {"href": "%s%s?page=2"}%s}}
        """.formatted(results.size(), pageNo, String.join(",", results), linksName, base, path, pageNo, base, path,
        base, path, next);
  }

  private String searchPayment(String id) {
    return Fixtures.payment(wm.baseUrl(), id, "PCN-123", "{\"status\": \"success\", \"finished\": true}");
  }

  @Test
  void followsNextPageLinksLazily() {
    String base = wm.baseUrl();
    wm.stubFor(get(urlEqualTo("/v1/payments?reference=PCN-123&display_size=2")).willReturn(okJson(page(base,
        "/v1/payments", "_links", List.of(searchPayment("p1aaaaaaaaaaaaaaaaaaaaaaaa"),
            searchPayment("p2aaaaaaaaaaaaaaaaaaaaaaaa")), 1,
        base + "/v1/payments?reference=PCN-123&display_size=2&page=2"))));
    wm.stubFor(get(urlEqualTo("/v1/payments?reference=PCN-123&display_size=2&page=2")).willReturn(okJson(page(base,
        "/v1/payments", "_links", List.of(searchPayment("p3aaaaaaaaaaaaaaaaaaaaaaaa")), 2, null))));

    PagedIterable<Payment> found = pay.searchPayments(PaymentSearch.builder().reference("PCN-123").displaySize(2)
        .build());
    assertThat(wm.getAllServeEvents()).as("nothing fetched before iterating").isEmpty();

    assertThat(found.iterator().next().paymentId()).isEqualTo("p1aaaaaaaaaaaaaaaaaaaaaaaa");
    assertThat(wm.getAllServeEvents()).as("one page for the first item").hasSize(1);

    assertThat(found.stream().map(Payment::paymentId).collect(Collectors.toList()))
        .containsExactly("p1aaaaaaaaaaaaaaaaaaaaaaaa", "p2aaaaaaaaaaaaaaaaaaaaaaaa", "p3aaaaaaaaaaaaaaaaaaaaaaaa");
    wm.verify(1, getRequestedFor(urlEqualTo("/v1/payments?reference=PCN-123&display_size=2&page=2")));
  }

  @Test
  void aNextPageLinkOnGovUkPaysHostIsFollowedOnTheConfiguredBaseUrl() {
    // GOV.UK Pay writes links on its own host; behind a proxy or in the sandbox the client must stay on its base
    // URL, and must never send the API key to another origin.
    wm.stubFor(get(urlEqualTo("/v1/payments")).willReturn(okJson(page(wm.baseUrl(), "/v1/payments", "_links",
        List.of(searchPayment("p1aaaaaaaaaaaaaaaaaaaaaaaa")), 1,
        "https://publicapi.payments.service.gov.uk/v1/payments?page=2"))));
    wm.stubFor(get(urlEqualTo("/v1/payments?page=2")).willReturn(okJson(page(wm.baseUrl(), "/v1/payments", "_links",
        List.of(searchPayment("p2aaaaaaaaaaaaaaaaaaaaaaaa")), 2, null))));

    List<Payment> all = new ArrayList<>();
    pay.searchPayments(PaymentSearch.all()).forEach(all::add);

    assertThat(all).hasSize(2);
    wm.verify(getRequestedFor(urlEqualTo("/v1/payments?page=2")).withHeader("Authorization",
        equalTo("Bearer " + TEST_KEY)));
  }

  @Test
  void sendsEveryFilterInGovUkPaysFormats() {
    wm.stubFor(get(urlPathEqualTo("/v1/payments")).willReturn(okJson(page(wm.baseUrl(), "/v1/payments", "_links",
        List.of(), 1, null))));

    pay.searchPayments(PaymentSearch.builder().reference("PCN-123").email("amala@example.org")
        .state(PaymentStatus.SUCCESS).cardBrand("visa")
        .fromDate(Instant.parse("2026-11-01T00:00:00.123Z")).toDate(Instant.parse("2026-11-02T12:30:45Z"))
        .fromSettledDate(LocalDate.of(2026, 11, 3)).toSettledDate(LocalDate.of(2026, 11, 4))
        .cardholderName("Amala Smith").firstDigitsCardNumber("444433").lastDigitsCardNumber("1111")
        .agreementId(AGREEMENT_ID).displaySize(50).build()).forEach(p -> { });

    wm.verify(getRequestedFor(urlPathEqualTo("/v1/payments"))
        .withQueryParam("reference", equalTo("PCN-123"))
        .withQueryParam("email", equalTo("amala@example.org"))
        .withQueryParam("state", equalTo("success"))
        .withQueryParam("card_brand", equalTo("visa"))
        .withQueryParam("from_date", equalTo("2026-11-01T00:00:00Z"))
        .withQueryParam("to_date", equalTo("2026-11-02T12:30:45Z"))
        .withQueryParam("from_settled_date", equalTo("2026-11-03"))
        .withQueryParam("to_settled_date", equalTo("2026-11-04"))
        .withQueryParam("cardholder_name", equalTo("Amala Smith"))
        .withQueryParam("first_digits_card_number", equalTo("444433"))
        .withQueryParam("last_digits_card_number", equalTo("1111"))
        .withQueryParam("agreement_id", equalTo(AGREEMENT_ID))
        .withQueryParam("display_size", equalTo("50")));
  }

  @Test
  void findsPaymentsByReferenceAcrossPages() {
    String base = wm.baseUrl();
    wm.stubFor(get(urlEqualTo("/v1/payments?reference=PCN-123")).willReturn(okJson(page(base, "/v1/payments",
        "_links", List.of(searchPayment(PAYMENT_ID)), 1, base + "/v1/payments?reference=PCN-123&page=2"))));
    wm.stubFor(get(urlEqualTo("/v1/payments?reference=PCN-123&page=2")).willReturn(okJson(page(base,
        "/v1/payments", "_links", List.of(searchPayment("p2aaaaaaaaaaaaaaaaaaaaaaaa")), 2, null))));

    PagedIterable<Payment> found = pay.findPaymentsByReference("PCN-123");
    assertThat(wm.getAllServeEvents()).as("nothing fetched before iterating").isEmpty();

    assertThat(found).extracting(Payment::paymentId).containsExactly(PAYMENT_ID, "p2aaaaaaaaaaaaaaaaaaaaaaaa");
    assertThat(found).as("each iteration asks again").hasSize(2);
    wm.verify(2, getRequestedFor(urlEqualTo("/v1/payments?reference=PCN-123")));
  }

  @Test
  void searchesRefunds() {
    String refund = """
        {"refund_id": "r1", "payment_id": "%s", "amount": 300, "status": "success",
         "created_date": "2026-11-27T11:00:00.000Z", "settlement_summary": {"settled_date": "2026-11-29"},
         "_links": {"self": {"href": "%s/v1/payments/p/refunds/r1", "method": "GET"},
                    "payment": {"href": "%2$s/v1/payments/p", "method": "GET"}}}
        """.formatted(PAYMENT_ID, wm.baseUrl());
    wm.stubFor(get(urlPathEqualTo("/v1/refunds")).withQueryParam("from_date", equalTo("2026-11-01T00:00:00Z"))
        .willReturn(okJson(page(wm.baseUrl(),
        "/v1/refunds", "_links", List.of(refund), 1, null))));

    List<Refund> refunds = pay.searchRefunds(RefundSearch.builder().fromDate(Instant.parse("2026-11-01T00:00:00Z"))
        .build()).stream().toList();

    assertThat(refunds).singleElement().satisfies(r -> {
      assertThat(r.amount()).isEqualTo(300L);
      assertThat(r.settlementSummary().settledDate()).isEqualTo(LocalDate.of(2026, 11, 29));
    });
  }

  @Test
  void searchesDisputesFollowingTheirPlainLinks() {
    String base = wm.baseUrl();
    String dispute = """
        {"dispute_id": "%s", "payment_id": "%s", "amount": 2500, "fee": 1500, "net_amount": -4000,
         "status": "%s", "reason": "fraudulent", "created_date": "2026-11-20T16:43:00.000Z",
         "evidence_due_date": "2026-12-04T23:59:59.000Z", "settlement_summary": {"settled_date": "2026-11-28"},
         "_links": {"payment": {"href": "%s/v1/payments/%2$s", "method": "GET"}}}
        """;
    wm.stubFor(get(urlEqualTo("/v1/disputes?status=needs_response")).willReturn(okJson(page(base, "/v1/disputes",
        "links", List.of(dispute.formatted("d1", PAYMENT_ID, "needs_response", base)), 1,
        base + "/v1/disputes?status=needs_response&page=2"))));
    wm.stubFor(get(urlEqualTo("/v1/disputes?status=needs_response&page=2")).willReturn(okJson(page(base,
        "/v1/disputes", "links", List.of(dispute.formatted("d2", PAYMENT_ID, "needs_response", base)), 2, null))));

    List<Dispute> disputes = pay.searchDisputes(DisputeSearch.builder().status(DisputeStatus.NEEDS_RESPONSE).build())
        .stream().toList();

    assertThat(disputes).extracting(Dispute::disputeId).containsExactly("d1", "d2");
    Dispute d = disputes.get(0);
    assertThat(d.status()).isEqualTo(DisputeStatus.NEEDS_RESPONSE);
    assertThat(d.netAmount()).isEqualTo(-4000L);
    assertThat(d.evidenceDueDate()).isEqualTo(Instant.parse("2026-12-04T23:59:59Z"));
    assertThat(d.settlementSummary().settledDate()).isEqualTo(LocalDate.of(2026, 11, 28));
  }

  @Test
  void searchesAgreements() {
    wm.stubFor(get(urlEqualTo("/v1/agreements?reference=GW-ACC-42&status=active")).willReturn(okJson(page(
        wm.baseUrl(), "/v1/agreements", "_links", List.of(Fixtures.agreement("active")), 1, null))));

    List<Agreement> found = pay.searchAgreements(AgreementSearch.builder().reference("GW-ACC-42")
        .status(AgreementStatus.ACTIVE).build()).stream().toList();

    assertThat(found).singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(AgreementStatus.ACTIVE));
  }

  @Test
  void anEmptySearchMakesOneRequest() {
    wm.stubFor(get(urlEqualTo("/v1/payments?state=failed")).willReturn(okJson(page(wm.baseUrl(), "/v1/payments",
        "_links", List.of(), 1, null))));

    assertThat(pay.searchPayments(PaymentSearch.builder().state(PaymentStatus.FAILED).build())).isEmpty();
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }
}
