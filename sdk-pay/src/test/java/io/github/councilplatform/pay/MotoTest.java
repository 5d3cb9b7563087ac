package io.github.councilplatform.pay;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.core.OutcomeUnknownException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MotoTest extends PayWireMockTest {
  private static final MotoCardDetails CARD = MotoCardDetails.builder().oneTimeToken("tok-9f8e7d")
      .cardNumber("4444333322221111").cvc("123").expiryDate("04/29").cardholderName("Amala Smith").build();

  @Test
  void sendsTheCardWithoutTheApiKey() {
    wm.stubFor(post("/v1/auth").willReturn(aResponse().withStatus(204)));

    assertThat(pay.authoriseMotoPayment(CARD)).isEqualTo(MotoAuthorisationResult.AUTHORISED);

    wm.verify(postRequestedFor(urlEqualTo("/v1/auth")).withHeader("Authorization", absent())
        .withRequestBody(equalToJson("""
            {"one_time_token": "tok-9f8e7d", "card_number": "4444333322221111", "cvc": "123",
             "expiry_date": "04/29", "cardholder_name": "Amala Smith"}""", false, false)));
  }

  @Test
  void aDeclineIsAResultNotAnException() {
    wm.stubFor(post("/v1/auth").willReturn(aResponse().withStatus(402).withHeader("Content-Type", "application/json")
        .withBody("{\"code\": \"P0010\", \"description\": \"Payment method rejected\"}")));

    assertThat(pay.authoriseMotoPayment(CARD)).isEqualTo(MotoAuthorisationResult.DECLINED);
  }

  @Test
  void anAuthorisationErrorIsNeverResent() {
    wm.stubFor(post("/v1/auth").willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
        .withBody("{\"code\": \"P0050\", \"description\": \"There was an error authorising the payment\"}")));

    assertThatThrownBy(() -> pay.authoriseMotoPayment(CARD)).isInstanceOf(OutcomeUnknownException.class);
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void waitsAtLeastFifteenSecondsForAnAnswer() {
    PayClient impatient = client(TEST_KEY).readTimeout(Duration.ofSeconds(2)).callTimeout(Duration.ofSeconds(3))
        .build();
    assertThat(impatient.motoTransportSettings().readTimeout()).isEqualTo(Duration.ofSeconds(15));
    assertThat(impatient.motoTransportSettings().callTimeout()).isGreaterThan(Duration.ofSeconds(15));

    PayClient patient = client(TEST_KEY).readTimeout(Duration.ofSeconds(40)).build();
    assertThat(patient.motoTransportSettings().readTimeout()).isEqualTo(Duration.ofSeconds(40));
  }

  @Test
  void cardDetailsNeverAppearInToString() {
    assertThat(CARD.toString()).contains("1111").doesNotContain("444433332222", "123", "Amala", "tok-9f8e7d");
  }
}
