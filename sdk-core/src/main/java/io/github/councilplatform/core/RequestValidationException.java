package io.github.councilplatform.core;

/**
 * The SDK refused a request before sending it, because it breaks a rule the platform enforces (a field too
 * long, a forbidden character, a missing required value). Nothing was sent. The message names the field
 * and the rule.
 */
public class RequestValidationException extends CouncilPlatformException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * Creates the exception.
   *
   * @param field the request field (in the platform's own spelling, e.g. {@code return_url})
   * @param message the rule broken and how to fix it
   */
  public RequestValidationException(String field, String message) {
    super(field + ": " + message, null, null, 0, false);
    this.field = field;
  }

  /** The request field that broke the rule, in the platform's own spelling (e.g. {@code return_url}). */
  public String field() {
    return field;
  }
}
