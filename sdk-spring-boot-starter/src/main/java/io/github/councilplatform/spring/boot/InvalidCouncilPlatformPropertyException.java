package io.github.councilplatform.spring.boot;

/**
 * A {@code council-platform.*} setting that cannot work, found at start-up. The message names the property and
 * says what to do; it never holds the value of a secret.
 */
public class InvalidCouncilPlatformPropertyException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String property;
  private final String action;

  /**
   * Creates the exception.
   *
   * @param property the full property name, for example {@code council-platform.notify.api-key}
   * @param problem what is wrong with it
   * @param action what to do about it
   */
  public InvalidCouncilPlatformPropertyException(String property, String problem, String action) {
    super(property + ": " + problem + ". " + action);
    this.property = property;
    this.action = action;
  }

  /** @return the full name of the property at fault */
  public String property() {
    return property;
  }

  /** @return what to do about it */
  public String action() {
    return action;
  }
}
