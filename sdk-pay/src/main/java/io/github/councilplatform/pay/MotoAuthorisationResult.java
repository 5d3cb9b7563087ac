package io.github.councilplatform.pay;

/** What GOV.UK Pay said to the card details of a MOTO API payment. */
public enum MotoAuthorisationResult {
  /** HTTP 204: the payment is authorised (fetch it to see its status). */
  AUTHORISED,
  /** HTTP 402 {@code P0010}: the card was rejected or the payment declined; the payment is now failed. */
  DECLINED
}
