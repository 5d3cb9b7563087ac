package io.github.councilplatform.pay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.core.AuthenticationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconciliationTest extends PayWireMockTest {
  private static final String PAID = "paid0000000000000000000000";
  private static final String WAITING = "wait0000000000000000000000";
  private static final String EXPIRED = "expd0000000000000000000000";
  private static final String UNKNOWN = "gone0000000000000000000000";

  private void stubPayment(String id, String state) {
    wm.stubFor(get("/v1/payments/" + id).willReturn(okJson(Fixtures.payment(wm.baseUrl(), id, "R-" + id, state))));
  }

  @Test
  void fetchesEachPaymentAndSortsThemByOutcome() {
    stubPayment(PAID, "{\"status\": \"success\", \"finished\": true}");
    stubPayment(WAITING, "{\"status\": \"submitted\", \"finished\": false}");
    stubPayment(EXPIRED, "{\"status\": \"failed\", \"finished\": true, \"code\": \"P0020\","
        + " \"message\": \"Payment expired\"}");
    wm.stubFor(get("/v1/payments/" + UNKNOWN).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"code\": \"P0200\", \"description\": \"Not found\"}")));

    ReconciliationReport report = pay.reconcilePayments(List.of(PAID, WAITING, EXPIRED, UNKNOWN));

    assertThat(report.results()).extracting(ReconciledPayment::paymentId).containsExactly(PAID, WAITING, EXPIRED,
        UNKNOWN);
    assertThat(report.succeeded()).extracting(ReconciledPayment::paymentId).containsExactly(PAID);
    assertThat(report.inProgress()).extracting(ReconciledPayment::paymentId).containsExactly(WAITING);
    assertThat(report.finishedUnpaid()).extracting(ReconciledPayment::paymentId).containsExactly(EXPIRED);
    assertThat(report.finishedUnpaid().get(0).found().orElseThrow().state().code()).isEqualTo("P0020");
    assertThat(report.lookupFailures()).singleElement().satisfies(r -> {
      assertThat(r.paymentId()).isEqualTo(UNKNOWN);
      assertThat(r.isNotFound()).isTrue();
      assertThat(r.status()).isEqualTo(PaymentStatus.UNKNOWN);
    });
    assertThat(report.results().get(1).status().isResumable()).isTrue();
    // Never through the eventually consistent search.
    wm.verify(0, getRequestedFor(urlPathEqualTo("/v1/payments")));
    wm.verify(1, getRequestedFor(urlEqualTo("/v1/payments/" + PAID)));
  }

  @Test
  void stopsAtOnceWhenTheKeyIsRefused() {
    wm.stubFor(get("/v1/payments/" + PAID).willReturn(aResponse().withStatus(401)));

    assertThatThrownBy(() -> pay.reconcilePayments(List.of(PAID, WAITING)))
        .isInstanceOf(AuthenticationException.class);
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }
}
