package io.github.councilplatform.pay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.councilplatform.pay.Fixtures.AGREEMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.core.InvalidRequestException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgreementsTest extends PayWireMockTest {

  @Test
  void createsAnAgreement() {
    wm.stubFor(post("/v1/agreements").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("""
            {"agreement_id": "%s", "reference": "GW-ACC-42", "description": "Garden waste subscription",
             "user_identifier": "resident-0042", "status": "created", "created_date": "2026-11-27T09:00:00.000Z"}
            """.formatted(AGREEMENT_ID))));

    Agreement a = pay.createAgreement(CreateAgreementRequest.builder().reference("GW-ACC-42")
        .description("Garden waste subscription").userIdentifier("resident-0042").build());

    wm.verify(postRequestedFor(urlEqualTo("/v1/agreements")).withRequestBody(equalToJson("""
        {"reference": "GW-ACC-42", "description": "Garden waste subscription", "user_identifier": "resident-0042"}
        """, false, false)));
    assertThat(a.agreementId()).isEqualTo(AGREEMENT_ID);
    assertThat(a.status()).isEqualTo(AgreementStatus.CREATED);
    assertThat(a.paymentInstrument()).isNull();
  }

  @Test
  void createsAnAgreementWithoutAUserIdentifier() {
    wm.stubFor(post("/v1/agreements").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(Fixtures.agreement("created"))));

    pay.createAgreement(CreateAgreementRequest.builder().reference("GW-ACC-42")
        .description("Garden waste subscription").build());

    wm.verify(postRequestedFor(urlEqualTo("/v1/agreements")).withRequestBody(equalToJson("""
        {"reference": "GW-ACC-42", "description": "Garden waste subscription"}""", false, false)));
  }

  @Test
  void getsAnAgreementWithItsCard() {
    wm.stubFor(get("/v1/agreements/" + AGREEMENT_ID).willReturn(okJson(Fixtures.agreement("active"))));

    Agreement a = pay.getAgreement(AGREEMENT_ID);

    assertThat(a.status()).isEqualTo(AgreementStatus.ACTIVE);
    assertThat(a.createdDate()).isEqualTo(Instant.parse("2026-11-27T09:00:00Z"));
    assertThat(a.paymentInstrument().type()).isEqualTo("card");
    assertThat(a.paymentInstrument().cardDetails().lastDigitsCardNumber()).isEqualTo("5100");
    assertThat(a.paymentInstrument().cardDetails().cardBrand()).isEqualTo("Mastercard");
  }

  @Test
  void cancelsAnAgreement() {
    wm.stubFor(post("/v1/agreements/" + AGREEMENT_ID + "/cancel").willReturn(aResponse().withStatus(204)));

    pay.cancelAgreement(AGREEMENT_ID);

    wm.verify(postRequestedFor(urlEqualTo("/v1/agreements/" + AGREEMENT_ID + "/cancel"))
        .withHeader("Content-Type", matching("application/json.*")));
  }

  @Test
  void cancellingAnAgreementThatIsNotActiveIsRefused() {
    wm.stubFor(post("/v1/agreements/" + AGREEMENT_ID + "/cancel").willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody("""
            {"code": "P2501", "description": "Cancellation of agreement failed"}""")));

    assertThatThrownBy(() -> pay.cancelAgreement(AGREEMENT_ID))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
          assertThat(e.errorCode()).contains("P2501");
          assertThat(e.attempts()).isEqualTo(1);
        });
  }
}
