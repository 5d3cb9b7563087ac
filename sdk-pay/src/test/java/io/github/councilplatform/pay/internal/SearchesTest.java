package io.github.councilplatform.pay.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class SearchesTest {
  private static final String PAY_LINK = "https://publicapi.payments.service.gov.uk/v1/payments?page=2&display_size=50";

  @Test
  void followsALinkOnTheClientsOwnOriginAsItIs() {
    HttpUrl base = HttpUrl.get("https://publicapi.payments.service.gov.uk");

    assertThat(Searches.linkTarget(base, PAY_LINK)).isEqualTo(PAY_LINK);
  }

  @Test
  void rebasesALinkOnAnotherOriginOntoTheClientsBaseUrl() {
    HttpUrl proxy = HttpUrl.get("https://proxy.council.example/pay/");

    // The transport then prefixes the base URL's path: https://proxy.council.example/pay/v1/payments?page=2…
    assertThat(Searches.linkTarget(proxy, PAY_LINK)).isEqualTo("/v1/payments?page=2&display_size=50");
  }

  @Test
  void formatsSearchTimesToTheSecondInUtc() {
    assertThat(Searches.searchTime(Instant.parse("2026-11-27T10:15:30.987Z"))).isEqualTo("2026-11-27T10:15:30Z");
    assertThat(Searches.searchTime(null)).isNull();
  }
}
