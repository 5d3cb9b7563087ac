package io.github.councilplatform.notify;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Issue 19 item 7: the likeliest setup mistakes are named at build time, in words a newcomer can act on. */
class MissingKeyMessagesTest {

  @Test
  void theReadmePatternWithTheVariableUnsetNamesTheSettingAndTheVariable() {
    NotifyClient.Builder b = NotifyClient.builder()
        .apiKey(System.getenv("COUNCIL_SDK_TEST_VARIABLE_THAT_IS_NEVER_SET"));

    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("NotifyClient needs apiKey")
        .hasMessageContaining("NOTIFY_API_KEY is not set");
  }

  @Test
  void aPayKeyIsNamedAsOne() {
    NotifyClient.Builder b = NotifyClient.builder()
        .apiKey("api_test_q8nkel7lnd3v0ldokmajv1k6l5cshg0h1mt4fe5q0r9vu5l5eqtt");

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("looks like a GOV.UK Pay API key")
        .hasMessageNotContaining("q8nkel7");
  }
}
