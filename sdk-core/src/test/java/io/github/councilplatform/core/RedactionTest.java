package io.github.councilplatform.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {
  @Test
  void masksEmailKeepingOnlyFirstLettersAndTld() {
    assertThat(Redaction.maskEmail("amala.smith@example.org")).isEqualTo("a***@e***.org");
    assertThat(Redaction.maskEmail("not-an-email")).isEqualTo("***");
    assertThat(Redaction.maskEmail(null)).isNull();
  }

  @Test
  void masksPhoneKeepingLastThreeDigits() {
    assertThat(Redaction.maskPhone("07700 900123")).isEqualTo("********123");
    assertThat(Redaction.maskPhone("+44 7700 900123")).isEqualTo("*********123");
    assertThat(Redaction.maskPhone("12")).isEqualTo("***");
  }

  @Test
  void masksSecretsEntirely() {
    assertThat(Redaction.maskSecret("abc")).isEqualTo("****");
    assertThat(Redaction.maskSecret("")).isEqualTo("<unset>");
  }
}
