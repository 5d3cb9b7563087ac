package io.github.councilplatform.notify;

import static io.github.councilplatform.notify.NotifyTestSupport.API_KEY;
import static io.github.councilplatform.notify.NotifyTestSupport.SECRET;
import static io.github.councilplatform.notify.NotifyTestSupport.SERVICE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.notify.internal.NotifyApiKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotifyClientBuilderTest {

  @Test
  void aKeyIsSplitIntoNameServiceIdAndSecret() {
    NotifyApiKey key = NotifyApiKey.parse(API_KEY);
    assertThat(key.keyName()).isEqualTo("council_test");
    assertThat(key.serviceId()).isEqualTo(SERVICE_ID);
    assertThat(key.secret()).isEqualTo(SECRET);
    assertThat(key.toString()).doesNotContain(SECRET);
  }

  @Test
  void keyNamesMayContainHyphensAndSurroundingWhitespaceIsIgnored() {
    NotifyApiKey key = NotifyApiKey.parse("  my-key-name-" + SERVICE_ID + "-" + SECRET + "\n");
    assertThat(key.keyName()).isEqualTo("my-key-name");
    assertThat(key.secret()).isEqualTo(SECRET);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "3d844edf-8d35-48ac-975b-e847b4f122b0",
      "name-26785a09-ab16-4eb0-8407-a37497a57506_3d844edf-8d35-48ac-975b-e847b4f122b0",
      "name-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122bZ",
      "name-not_a_service_id_at_all_0000000000000-3d844edf-8d35-48ac-975b-e847b4f122b0",
      "name_26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0x"})
  void malformedKeysFailAtBuildNamingTheShapeButNotTheKey(String bad) {
    assertThatThrownBy(() -> NotifyClient.builder().apiKey(bad).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("{key_name}-{service_id}-{secret}")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(bad));
  }

  @Test
  void aMissingKeyFailsAtBuild() {
    assertThatThrownBy(() -> NotifyClient.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apiKey");
  }

  @Test
  void toStringNeverShowsTheSecret() {
    NotifyClient.Builder builder = NotifyClient.builder().apiKey(API_KEY);
    NotifyClient client = builder.build();
    assertThat(builder.toString()).doesNotContain(SECRET).contains("****");
    assertThat(client.toString()).doesNotContain(SECRET).contains(SERVICE_ID)
        .contains("api.notifications.service.gov.uk");
    assertThat(client.serviceId()).isEqualTo(SERVICE_ID);
  }
}
