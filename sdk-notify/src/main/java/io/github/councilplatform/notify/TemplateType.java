package io.github.councilplatform.notify;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The channel of a template or notification: Notify's {@code type}, {@code notification_type} and
 * {@code template_type}. A channel Notify adds later reads as {@link #UNKNOWN}.
 */
public enum TemplateType {
  /** Email. */
  @JsonProperty("email") EMAIL("email"),
  /** Text message. */
  @JsonProperty("sms") SMS("sms"),
  /** Letter. */
  @JsonProperty("letter") LETTER("letter"),
  /** A channel this SDK version does not know. */
  @JsonEnumDefaultValue UNKNOWN(null);

  private final String value;

  TemplateType(String value) {
    this.value = value;
  }

  /**
   * Notify's spelling ({@code email}, {@code sms}, {@code letter}); {@code null} for {@link #UNKNOWN}.
   *
   * @return Notify's spelling
   */
  public String value() {
    return value;
  }

  /**
   * The type for Notify's spelling.
   *
   * @param value a type as Notify spells it, may be {@code null}
   * @return the matching type, or {@link #UNKNOWN}
   */
  public static TemplateType fromValue(String value) {
    for (TemplateType t : values()) {
      if (t.value != null && t.value.equals(value)) {
        return t;
      }
    }
    return UNKNOWN;
  }
}
