package io.github.councilplatform.pay;

/**
 * Details that prefill the payment page ({@code prefilled_cardholder_details}); the payer can change them.
 * Not allowed on agreement payments. {@link #toString()} hides them, because they are personal data.
 *
 * @param cardholderName the name on the card, at most 255 characters, or {@code null}
 * @param billingAddress the billing address, or {@code null}
 */
public record PrefilledCardholderDetails(String cardholderName, Address billingAddress) {

  @Override
  public String toString() {
    return "PrefilledCardholderDetails{…}";
  }
}
