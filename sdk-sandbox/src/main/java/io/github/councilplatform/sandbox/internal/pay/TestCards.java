package io.github.councilplatform.sandbox.internal.pay;

import java.util.Set;

/**
 * The sandbox payment provider's test cards (GOV.UK Pay connector {@code SandboxCardNumbers}): the card
 * number alone decides the outcome; any future expiry date and any CVC are accepted.
 */
final class TestCards {
  /** What the sandbox provider answers for a card. */
  enum Outcome {
    /** Authorised. */
    AUTHORISED,
    /** Declined: the payment fails with P0010. */
    DECLINED,
    /** Provider error: the payment ends in {@code error} with P0050. */
    ERROR
  }

  private static final Set<String> SUCCESS = Set.of("4444333322221111", "4242424242424242", "4000056655665556",
      "4917610000000000003", "371449635398431", "3566002020360505", "6011000990139424", "36148900647913",
      "5105105105105100", "222100000000000", "4000000000000010", "4000160000000004", "4000020000000000");
  private static final Set<String> CORPORATE = Set.of("4988080000000000", "4111111111111111", "4293189100000008",
      "5101180000000007", "4131840000000003", "4000180000000002", "5200828282828210");
  private static final Set<String> DEBIT = Set.of("4000056655665556", "4000160000000004", "4131840000000003",
      "4000180000000002", "5200828282828210", "4917610000000000003", "4000058260000005");
  private static final Set<String> DECLINED = Set.of("4000000000000002", "4000000000000069", "4000000000000127");
  /** The card whose later recurring (user-not-present) payments are declined. */
  static final String RECURRING_DECLINED = "5105105105105100";

  /** Stripe test service cards (GOV.UK Pay's "testing" table for Stripe accounts). */
  private static final Set<String> STRIPE_SUCCESS = Set.of("4000008260000000", "4000058260000005",
      "4000002500003155", "4000000000000259", "4000000000002685", "4000002760003184", "4242424242424242");
  private static final Set<String> STRIPE_DECLINED = Set.of("4000000000000002", "4000000000000069",
      "4000000000000127", "4000000000009995");
  /** Stripe: 3DS set-up works, later recurring payments fail. */
  static final String STRIPE_RECURRING_DECLINED = "4000002760003184";
  /** Stripe cards that bring a dispute after the payment: lost and won. */
  static final String STRIPE_DISPUTE_LOST = "4000000000000259";
  static final String STRIPE_DISPUTE_WON = "4000000000002685";

  private TestCards() {}

  /** Strips the spaces and dashes people type. */
  static String normalise(String number) {
    return number == null ? "" : number.replaceAll("[\\s-]", "");
  }

  /**
   * The outcome of a first (user-present) authorisation with an account's payment provider.
   *
   * @param number the card number
   * @param provider {@code sandbox} or {@code stripe}
   */
  static Outcome authorise(String number, String provider) {
    if ("stripe".equals(provider)) {
      return STRIPE_SUCCESS.contains(number) ? Outcome.AUTHORISED
          : STRIPE_DECLINED.contains(number) ? Outcome.DECLINED : Outcome.ERROR;
    }
    return authorise(number);
  }

  /** The outcome of a later recurring payment with an account's payment provider. */
  static Outcome authoriseRecurring(String number, String provider) {
    if ("stripe".equals(provider)) {
      return STRIPE_RECURRING_DECLINED.equals(number) ? Outcome.DECLINED : authorise(number, provider);
    }
    return authoriseRecurring(number);
  }

  /** The outcome of a first (user-present) authorisation. Unknown numbers are a provider error. */
  static Outcome authorise(String number) {
    if (SUCCESS.contains(number) || CORPORATE.contains(number)) {
      return Outcome.AUTHORISED;
    }
    if (DECLINED.contains(number)) {
      return Outcome.DECLINED;
    }
    return Outcome.ERROR;
  }

  /** The outcome of a later recurring payment taken with the card an agreement was set up with. */
  static Outcome authoriseRecurring(String number) {
    return RECURRING_DECLINED.equals(number) ? Outcome.DECLINED : authorise(number);
  }

  /** Whether a number is one of the sandbox's listed cards (these skip the Luhn check on the card form). */
  static boolean known(String number) {
    return SUCCESS.contains(number) || CORPORATE.contains(number) || DECLINED.contains(number)
        || STRIPE_SUCCESS.contains(number) || STRIPE_DECLINED.contains(number) || "4000000000000119".equals(number);
  }

  /** The card brand as Pay names it, from the number's prefix. */
  static String brand(String n) {
    if (n.startsWith("34") || n.startsWith("37")) {
      return "American Express";
    }
    if (n.startsWith("36") || n.startsWith("30") || n.startsWith("38")) {
      return "Diners Club";
    }
    if (n.startsWith("35")) {
      return "Jcb";
    }
    if (n.startsWith("6011") || n.startsWith("65") || n.startsWith("64")) {
      return "Discover";
    }
    if (n.startsWith("62")) {
      return "Union Pay";
    }
    if (n.startsWith("50") || n.startsWith("56") || n.startsWith("57") || n.startsWith("58")
        || n.startsWith("6")) {
      return "Maestro";
    }
    if (n.startsWith("4")) {
      return "Visa";
    }
    if (n.startsWith("5") || n.startsWith("2")) {
      return "Mastercard";
    }
    return "Visa";
  }

  /** {@code debit} or {@code credit}. */
  static String type(String number) {
    return DEBIT.contains(number) ? "debit" : "credit";
  }

  /** Whether a number passes the Luhn check. */
  static boolean luhn(String number) {
    int sum = 0;
    boolean dbl = false;
    for (int i = number.length() - 1; i >= 0; i--) {
      int d = number.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return false;
      }
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }
}
