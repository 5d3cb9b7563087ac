package io.github.councilplatform.identity;

/**
 * One part of a verified name.
 *
 * @param value the text, for example {@code Kenneth}
 * @param type whether it is a given or family name
 */
public record NamePart(String value, Type type) {

  /** What kind of name part this is. */
  public enum Type {
    /** {@code GivenName}. */
    GIVEN_NAME,
    /** {@code FamilyName}. */
    FAMILY_NAME,
    /** A type this SDK version does not know. */
    UNKNOWN;

    /**
     * The constant for a wire value such as {@code GivenName}.
     *
     * @param wire the value, may be {@code null}
     * @return the constant, or {@link #UNKNOWN}
     */
    public static Type fromWire(String wire) {
      if ("GivenName".equals(wire)) {
        return GIVEN_NAME;
      }
      if ("FamilyName".equals(wire)) {
        return FAMILY_NAME;
      }
      return UNKNOWN;
    }
  }

  /** Hides the value: names are personal data. */
  @Override
  public String toString() {
    return "NamePart[type=" + type + ", value=***]";
  }
}
