package io.github.councilplatform.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplatform.core.internal.ClientBuilders;
import io.github.councilplatform.core.internal.TransportSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Platform builders read the shared settings through core.internal, and nothing can take that hand-over over. */
class ClientBuildersTest {
  @Test
  void aPlatformBuilderReadsItsSettingsThroughTheInternalAccessor() {
    TestClient.Builder b = TestClient.builder().baseUrl("https://platform.example/")
        .readTimeout(Duration.ofSeconds(7));

    TransportSettings s = ClientBuilders.transportSettings(b, "test", "https://default.example", null, null);

    assertThat(s.platform()).isEqualTo("test");
    assertThat(s.baseUrl().toString()).isEqualTo("https://platform.example/");
    assertThat(s.readTimeout()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void theReaderIsRegisteredOnceByTheBuilderItself() {
    TestClient.builder();  // loads PlatformClientBuilder, which registers its reader

    assertThatThrownBy(() -> ClientBuilders.register((b, p, u, r, a) -> null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("registered once");
  }
}
