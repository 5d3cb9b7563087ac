package io.github.councilplatform.notify;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The postage class of a letter. {@link #FIRST}, {@link #SECOND} and {@link #ECONOMY} can be chosen for a
 * precompiled letter; {@link #EUROPE} and {@link #REST_OF_WORLD} are set by Notify for international
 * addresses. A class Notify adds later reads as {@link #UNKNOWN}.
 */
public enum Postage {
  /** First class. */
  @JsonProperty("first") FIRST("first"),
  /** Second class (Notify's default). */
  @JsonProperty("second") SECOND("second"),
  /** Economy. */
  @JsonProperty("economy") ECONOMY("economy"),
  /** International, Europe (set by Notify from the address). */
  @JsonProperty("europe") EUROPE("europe"),
  /** International, rest of world (set by Notify from the address). */
  @JsonProperty("rest-of-world") REST_OF_WORLD("rest-of-world"),
  /** A postage class this SDK version does not know. */
  @JsonEnumDefaultValue UNKNOWN(null);

  private final String value;

  Postage(String value) {
    this.value = value;
  }

  /**
   * Notify's spelling, for example {@code second}; {@code null} for {@link #UNKNOWN}.
   *
   * @return Notify's spelling
   */
  public String value() {
    return value;
  }

  /**
   * Whether a caller may choose this class for a precompiled letter (first, second or economy).
   *
   * @return {@code true} for first, second or economy
   */
  public boolean isSelectable() {
    return this == FIRST || this == SECOND || this == ECONOMY;
  }
}
