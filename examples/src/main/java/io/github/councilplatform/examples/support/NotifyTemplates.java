package io.github.councilplatform.examples.support;

import java.util.UUID;

/**
 * The Notify templates the journeys send. In Notify a council writes these in the web admin; the sandbox
 * gets the same ones through its admin API.
 *
 * @param permitEmail parking permit confirmation email: {@code ((name))}, {@code ((permit_number))},
 *     {@code ((valid_until))}
 * @param permitSms parking permit confirmation text: {@code ((permit_number))}, {@code ((valid_until))}
 * @param reminderEmail council tax reminder email: {@code ((name))}, {@code ((amount_due))}, {@code ((due_date))}
 * @param reminderSms council tax reminder text: the same placeholders
 * @param reminderLetter council tax reminder letter: the same placeholders
 */
public record NotifyTemplates(UUID permitEmail, UUID permitSms, UUID reminderEmail, UUID reminderSms,
    UUID reminderLetter) {

  /** The permit email's subject in the sandbox (and a suggestion for your Notify service). */
  static final String PERMIT_EMAIL_SUBJECT = "Your resident parking permit ((permit_number))";
  static final String PERMIT_EMAIL_BODY = "Dear ((name)),\n\nYour resident parking permit ((permit_number)) is"
      + " confirmed. It is valid until ((valid_until)).";
  static final String PERMIT_SMS_BODY = "Your resident parking permit ((permit_number)) is confirmed. It is valid"
      + " until ((valid_until)).";
  static final String REMINDER_SUBJECT = "Council tax reminder";
  static final String REMINDER_BODY = "Dear ((name)),\n\nYour council tax instalment of ((amount_due)) is due on"
      + " ((due_date)). If you have already paid, thank you.";
}
