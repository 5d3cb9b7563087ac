package io.github.councilplatform.sandbox.pay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.councilplatform.sandbox.Sandbox;
import io.github.councilplatform.sandbox.SandboxExtension;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code GET /v1/payments}: filters, newest first, paging and parameter validation. */
@ExtendWith(SandboxExtension.class)
class PaySearchTest {
  private PayHttp pay;

  @BeforeEach
  void setUp(Sandbox sandbox) {
    pay = new PayHttp(sandbox);
  }

  @Test
  void filtersAndPages() {
    String a = pay.createWebPayment(100, "REF-A").path("payment_id").asText();
    String b = pay.createWebPayment(200, "REF-B").path("payment_id").asText();
    pay.complete(b, "5105105105105100", true);
    String c = pay.post("/v1/payments", Map.of("amount", 300, "reference", "REF-A", "description", "D",
        "return_url", "https://council.example/x", "email", "Resident@Example.org")).json().path("payment_id")
        .asText();

    JsonNode all = pay.get("/v1/payments").json();
    assertThat(all.path("total").asInt()).isEqualTo(3);
    assertThat(all.path("results").findValuesAsText("payment_id")).containsExactly(c, b, a);
    assertThat(all.path("results").get(0).path("_links").has("next_url")).isFalse();
    assertThat(all.path("results").get(0).path("_links").has("cancel")).isTrue();

    assertThat(pay.get("/v1/payments?reference=REF-A").json().path("results").findValuesAsText("payment_id"))
        .containsExactly(c, a);
    assertThat(pay.get("/v1/payments?state=success").json().path("results").findValuesAsText("payment_id"))
        .containsExactly(b);
    assertThat(pay.get("/v1/payments?email=resident@example").json().path("total").asInt()).isEqualTo(1);
    assertThat(pay.get("/v1/payments?last_digits_card_number=5100&first_digits_card_number=510510&card_brand="
        + "mastercard").json().path("total").asInt()).isEqualTo(1);
    assertThat(pay.get("/v1/payments?cardholder_name=sandbox").json().path("total").asInt()).isEqualTo(1);
    assertThat(pay.get("/v1/payments?from_date=2000-01-01T00:00:00Z&to_date=2000-01-02T00:00:00Z").json()
        .path("total").asInt()).isZero();

    JsonNode page = pay.get("/v1/payments?reference=REF-A&display_size=1&page=2").json();
    assertThat(page.path("page").asInt()).isEqualTo(2);
    assertThat(page.path("results").findValuesAsText("payment_id")).containsExactly(a);
    assertThat(page.path("_links").path("self").path("href").asText())
        .endsWith("/v1/payments?reference=REF-A&page=2&display_size=1");
    assertThat(page.path("_links").path("first_page").path("href").asText()).contains("page=1");
    assertThat(page.path("_links").path("last_page").path("href").asText()).contains("page=2");
    pay.get("/v1/payments?reference=REF-A&display_size=1&page=3").error(404, "P0402");
  }

  @Test
  void invalidParametersAreListedTogether() {
    JsonNode e = pay.get("/v1/payments?state=capturable&display_size=501&first_digits_card_number=12&page=0")
        .error(422, "P0401").json();

    assertThat(e.path("description").asText()).isEqualTo("Invalid parameters: state, page, display_size,"
        + " first_digits_card_number. See Public API documentation for the correct data formats");
  }

  /**
   * publicapi PaymentSearchValidator.validateSearchParameters checks state first, then reference, email,
   * card_brand, the dates, page, display_size and the card digits; agreement_id is not checked there.
   */
  @Test
  void invalidParametersFollowPaysValidatorOrder() {
    JsonNode e = pay.get("/v1/payments?reference=" + "r".repeat(256) + "&state=capturable&agreement_id="
        + "a".repeat(40) + "&last_digits_card_number=1").error(422, "P0401").json();
    assertThat(e.path("description").asText()).isEqualTo("Invalid parameters: state, reference,"
        + " last_digits_card_number. See Public API documentation for the correct data formats");
  }

  @Test
  void emptySearchIsAnEmptyFirstPage() {
    JsonNode r = pay.get("/v1/payments").json();

    assertThat(r.path("total").asInt()).isZero();
    assertThat(r.path("count").asInt()).isZero();
    assertThat(r.path("results").size()).isZero();
  }
}
