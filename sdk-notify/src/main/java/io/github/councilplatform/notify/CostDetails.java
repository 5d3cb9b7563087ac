package io.github.councilplatform.notify;

import java.math.BigDecimal;

/**
 * How Notify worked out a notification's cost ({@code cost_details}). Every field is {@code null} until
 * {@link Notification#isCostDataReady()} is {@code true}, and fields that do not apply to the channel
 * stay {@code null}.
 *
 * @param billableSmsFragments text messages: how many fragments were charged
 * @param internationalRateMultiplier text messages: the multiplier for an international number
 * @param smsRate text messages: the price of one fragment, in pounds
 * @param billableSheetsOfPaper letters: sheets charged
 * @param postage letters: the postage class charged
 */
public record CostDetails(Integer billableSmsFragments, BigDecimal internationalRateMultiplier, BigDecimal smsRate,
    Integer billableSheetsOfPaper, Postage postage) {

  /** No cost details (Notify sends {@code {}} until the data is ready). */
  public static final CostDetails NONE = new CostDetails(null, null, null, null, null);
}
