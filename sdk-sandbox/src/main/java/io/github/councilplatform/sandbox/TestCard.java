package io.github.councilplatform.sandbox;

/**
 * GOV.UK Pay's sandbox test cards (pay-connector's {@code SandboxCardNumbers}, as listed in Pay's documentation):
 * the card number alone decides what happens; any future expiry date and any security code are accepted.
 */
public enum TestCard {
  /** Visa credit: authorised. */
  VISA("4444333322221111"),
  /** Visa debit: authorised. */
  VISA_DEBIT("4000056655665556"),
  /** Mastercard credit: authorised (later recurring payments with it are declined). */
  MASTERCARD("5105105105105100"),
  /** Mastercard debit: authorised. */
  MASTERCARD_DEBIT("5200828282828210"),
  /** American Express: authorised. */
  AMERICAN_EXPRESS("371449635398431"),
  /** Declined: the payment fails with {@code P0010}. */
  DECLINED("4000000000000002"),
  /** Declined as an expired card: the payment fails with {@code P0010}. */
  DECLINED_EXPIRED("4000000000000069"),
  /** Declined for a wrong security code: the payment fails with {@code P0010}. */
  DECLINED_INCORRECT_CVC("4000000000000127"),
  /** A processing error at the provider: the payment ends in {@code error} with {@code P0050}. */
  PROCESSING_ERROR("4000000000000119");

  private final String number;

  TestCard(String number) {
    this.number = number;
  }

  /**
   * The card number.
   *
   * @return the number to type, or to give {@link PaySandbox#complete(String, String)}
   */
  public String number() {
    return number;
  }
}
