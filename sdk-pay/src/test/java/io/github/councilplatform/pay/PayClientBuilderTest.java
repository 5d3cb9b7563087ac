package io.github.councilplatform.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PayClientBuilderTest {
  private static final String KEY = "api_live_q8nkel7lnd3v0ldokmajv1k6l5cshg0h1mt4fe5q0r9vu5l5eqtt";

  @Test
  void needsAnApiKey() {
    assertThatThrownBy(() -> PayClient.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apiKey");
    assertThatThrownBy(() -> PayClient.builder().apiKey(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PayClient.builder().apiKey("api_test_abc\n")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void neverShowsTheKey() {
    PayClient.Builder builder = PayClient.builder().apiKey(KEY);
    PayClient client = builder.build();

    assertThat(builder.toString()).doesNotContain(KEY).doesNotContain("q8nkel7");
    assertThat(client.toString()).doesNotContain(KEY).doesNotContain("q8nkel7");
  }

  @Test
  void usesGovUkPaysPublicApiByDefault() {
    assertThat(PayClient.builder().apiKey(KEY).build().toString())
        .contains("https://publicapi.payments.service.gov.uk/");
  }

  @Test
  void tellsLiveKeysFromTestKeys() {
    assertThat(PayClient.builder().apiKey(KEY).build().isLiveKey()).isTrue();
    assertThat(PayClient.builder().apiKey(KEY.replace("api_live_", "api_test_")).build().isLiveKey()).isFalse();
    // Old keys without a prefix still exist; they are accepted and treated as not live.
    assertThat(PayClient.builder().apiKey("q8nkel7lnd3v0ldokmajv1k6l5cs").build().isLiveKey()).isFalse();
  }
}
