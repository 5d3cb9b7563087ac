package io.github.councilplatform.pay;

/**
 * What to send to create a recurring-payment agreement ({@code POST /v1/agreements}).
 *
 * @param reference your reference, 1 to 255 characters
 * @param description what the agreement is for, 1 to 255 characters
 * @param userIdentifier your identifier for the payer, 1 to 255 characters, no personal data; or {@code null}
 */
public record CreateAgreementRequest(String reference, String description, String userIdentifier) {

  /**
   * A request without a user identifier.
   *
   * @param reference your reference
   * @param description what the agreement is for
   * @return the request
   */
  public static CreateAgreementRequest of(String reference, String description) {
    return new CreateAgreementRequest(reference, description, null);
  }
}
