package io.github.councilplatform.pay;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.councilplatform.pay.Fixtures.PAYMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.core.CallListener;
import io.github.councilplatform.core.CallOutcome;
import io.github.councilplatform.core.CallStart;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** PayClient names each operation for listeners (every page of a search keeps its name) and refuses use after close. */
class CallListenerPayTest extends PayWireMockTest {
  private final List<String> operations = new CopyOnWriteArrayList<>();
  private final CallListener recorder = new CallListener() {
    @Override
    public void onCallStart(CallStart start) {
      operations.add(start.platform() + ":" + start.operation());
    }
  };

  private String page(int pageNo, String id, String next) {
    String base = wm.baseUrl();
    String nextLink = next == null ? "" : ", \"next_page\": {\"href\": \"" + base + next + "\"}";
    return """
        {"total": 2, "count": 1, "page": %d, "results": [%s],
         "_links": {"self": {"href": "%s/v1/payments?page=%d"}, "first_page": {"href": "%s/v1/payments?page=1"},
                "last_page": {"href": "%s/v1/payments?page=2"}%s}}
        """.formatted(pageNo, Fixtures.payment(base, id, "PCN-123", "{\"status\": \"success\", \"finished\": true}"),
        base, pageNo, base, base, nextLink);
  }

  @Test
  void everyPageOfASearchAndEachGetIsNamed() {
    wm.stubFor(get(urlEqualTo("/v1/payments")).willReturn(okJson(page(1, "p1aaaaaaaaaaaaaaaaaaaaaaaa",
        "/v1/payments?page=2"))));
    wm.stubFor(get(urlEqualTo("/v1/payments?page=2")).willReturn(okJson(page(2, "p2aaaaaaaaaaaaaaaaaaaaaaaa",
        null))));
    wm.stubFor(get(urlEqualTo("/v1/payments/" + PAYMENT_ID)).willReturn(okJson(Fixtures.payment(wm.baseUrl(),
        PAYMENT_ID, "PCN-123", "{\"status\": \"success\", \"finished\": true}"))));
    PayApi client = client(TEST_KEY).listener(recorder).build();

    List<Payment> all = new ArrayList<>();
    client.searchPayments(PaymentSearch.all()).forEach(all::add);
    client.getPayment(PAYMENT_ID);

    assertThat(all).hasSize(2);
    assertThat(operations).containsExactly("pay:searchPayments", "pay:searchPayments", "pay:getPayment");
    assertThat(client.health().lastOutcome()).isEqualTo(CallOutcome.SUCCESS);
    assertThat(client.health().platform()).isEqualTo("pay");
  }

  @Test
  void aCallAfterCloseIsRefusedOnEveryTransportAndNothingIsSent() {
    PayApi client = client(TEST_KEY).listener(recorder).build();
    client.close();

    assertThatThrownBy(() -> client.getPayment(PAYMENT_ID)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> client.authoriseMotoPayment(MotoCardDetails.builder().oneTimeToken("tok")
        .cardNumber("4444333322221111").cvc("123").expiryDate("12/30").cardholderName("A Resident").build()))
        .isInstanceOf(IllegalStateException.class);
    assertThat(wm.getAllServeEvents()).isEmpty();
    assertThat(operations).isEmpty();
  }
}
