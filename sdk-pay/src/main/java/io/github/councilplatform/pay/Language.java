package io.github.councilplatform.pay;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The language of GOV.UK Pay's payment pages ({@code language}); English by default. */
public enum Language {
  /** English. */
  @JsonProperty("en") ENGLISH("en"),
  /** Welsh (Cymraeg). */
  @JsonProperty("cy") WELSH("cy"),
  /** A language this SDK version does not know; cannot be requested. */
  @JsonEnumDefaultValue UNKNOWN("unknown");

  private final String wireValue;

  Language(String wireValue) {
    this.wireValue = wireValue;
  }

  /** {@return the value on the wire: {@code en} or {@code cy}} */
  public String wireValue() {
    return wireValue;
  }
}
