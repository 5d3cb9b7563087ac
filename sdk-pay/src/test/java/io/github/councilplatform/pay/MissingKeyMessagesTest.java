package io.github.councilplatform.pay;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Issue 19 item 7: the likeliest setup mistakes are named at build time, in words a newcomer can act on. */
class MissingKeyMessagesTest {

  @Test
  void anUnsetEnvironmentVariableIsNamedAtBuild() {
    PayClient.Builder b = PayClient.builder().apiKey(System.getenv("COUNCIL_SDK_TEST_VARIABLE_THAT_IS_NEVER_SET"));

    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PayClient needs apiKey")
        .hasMessageContaining("was given null")
        .hasMessageContaining("PAY_API_KEY is not set");
  }

  @Test
  void aKeyNeverSetIsNamedAtBuild() {
    assertThatThrownBy(() -> PayClient.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("call apiKey(…)").hasMessageContaining("api_test_");
  }

  @Test
  void aNotifyKeyIsNamedAsOne() {
    String notifyKey = "my_test_key-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0";

    assertThatThrownBy(() -> PayClient.builder().apiKey(notifyKey)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("looks like a GOV.UK Notify API key")
        .hasMessageContaining("api_test_ or api_live_")
        .hasMessageNotContaining("3d844edf");
  }
}
