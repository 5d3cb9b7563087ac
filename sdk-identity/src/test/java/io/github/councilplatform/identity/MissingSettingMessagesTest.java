package io.github.councilplatform.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Issue 19 item 7: a setting loaded from an unset environment variable is named at build time. */
class MissingSettingMessagesTest {

  @Test
  void anUnsetClientIdVariableIsNamed() {
    OneLoginClient.Builder b = OneLoginClient.builder().baseUrl("http://127.0.0.1:9")
        .clientId(System.getenv("COUNCIL_SDK_TEST_VARIABLE_THAT_IS_NEVER_SET"))
        .redirectUri(URI.create("https://council.example/callback"));

    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OneLoginClient needs clientId")
        .hasMessageContaining("ONE_LOGIN_CLIENT_ID is not set");
  }

  @Test
  void anUnsetPrivateKeyVariableIsNamed() {
    OneLoginClient.Builder b = OneLoginClient.builder().baseUrl("http://127.0.0.1:9").clientId("client-1")
        .privateKeyPem(System.getenv("COUNCIL_SDK_TEST_VARIABLE_THAT_IS_NEVER_SET"))
        .redirectUri(URI.create("https://council.example/callback"));

    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("privateKeyPem")
        .hasMessageContaining("ONE_LOGIN_PRIVATE_KEY is not set");
  }
}
