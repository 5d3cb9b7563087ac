package io.github.councilplatform.examples.journeys;

import io.github.councilplatform.core.ConflictException;
import io.github.councilplatform.examples.Journey;
import io.github.councilplatform.examples.support.Browser;
import io.github.councilplatform.examples.support.CouncilService;
import io.github.councilplatform.examples.support.JourneyContext;
import io.github.councilplatform.examples.support.Show;
import io.github.councilplatform.examples.support.Steps;
import io.github.councilplatform.pay.CreatePaymentRequest;
import io.github.councilplatform.pay.PayApi;
import io.github.councilplatform.pay.Payment;
import io.github.councilplatform.pay.Refund;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Journey 3, refunds: a resident paid £25.00 for an event and gets £10.00 back, then the rest. Every refund
 * carries {@code refund_amount_available} as the council last saw it, so two officers cannot refund the same
 * money twice: a stale value is refused (412, {@code P0604}), and the council fetches the payment again.
 */
public final class RefundJourney implements Journey {
  static final long PRICE = 2500;
  static final long FIRST_REFUND = 1000;

  @Override
  public String name() {
    return "refund";
  }

  @Override
  public String title() {
    return "Refund part of a payment, then the rest; a stale amount available is refused";
  }

  @Override
  public void run(JourneyContext ctx) throws Exception {
    Steps steps = ctx.steps();
    PayApi pay = ctx.platforms().payClient();
    CouncilService council = ctx.council();

    // A paid booking to refund.
    String reference = "EVENT-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    Payment created = steps.call("pay.createPayment(" + Show.money(PRICE) + ", " + reference + ")",
        () -> pay.createPayment(CreatePaymentRequest.builder()
            .amount(PRICE)
            .reference(reference)
            .description("Community hall booking")
            .returnUrl(council.url(CouncilService.PERMIT_RETURN + "?ref=" + reference).toString())
            .build()),
        p -> "payment " + p.paymentId() + " " + p.status());
    council.rememberPayment(reference, created.paymentId());
    try (Browser browser = ctx.openBrowser()) {
      steps.call("resident pays with a test card",
          () -> browser.payByCard(created.nextUrl().orElseThrow(), Browser.CARD_SUCCEEDS),
          p -> "back at " + p.url().getPath());
    }
    String id = created.paymentId();
    Payment paid = steps.call("pay.getPayment(" + id + ")", () -> pay.getPayment(id),
        p -> "status " + p.status() + ", refund amount available " + Show.money(p.refundSummary().amountAvailable()));
    steps.check(paid.isSuccess(), "the payment should have succeeded but is " + paid.status());
    long seen = paid.refundSummary().amountAvailable();

    // 1. Refund part of it, saying how much we believe is still available.
    Refund first = steps.call("pay.refundPayment(" + Show.money(FIRST_REFUND) + ", available " + Show.money(seen) + ")",
        () -> pay.refundPayment(id, FIRST_REFUND, seen),
        r -> "refund " + r.refundId() + " " + r.status());

    // 2. A second officer still has the old figure: Pay refuses, nothing is refunded twice.
    steps.refused("pay.refundPayment(" + Show.money(PRICE - FIRST_REFUND) + ", stale available " + Show.money(seen) + ")",
        ConflictException.class,
        () -> pay.refundPayment(id, PRICE - FIRST_REFUND, seen),
        e -> "handled: " + e.errorCode().orElse("?") + " means someone refunded in between; fetch the payment again");

    // 3. Fetch the payment again, check the new figure with the resident's case, and refund the rest.
    Payment fresh = steps.call("pay.getPayment(" + id + ")", () -> pay.getPayment(id),
        p -> "refund amount available " + Show.money(p.refundSummary().amountAvailable()));
    long rest = fresh.refundSummary().amountAvailable();
    steps.check(rest == PRICE - FIRST_REFUND, "expected " + Show.money(PRICE - FIRST_REFUND) + " still available");
    steps.call("pay.refundPayment(" + Show.money(rest) + ", available " + Show.money(rest) + ")",
        () -> pay.refundPayment(id, rest, rest),
        r -> "refund " + r.refundId() + " " + r.status());

    List<Refund> refunds = steps.call("pay.listRefunds(" + id + ")", () -> pay.listRefunds(id),
        list -> list.size() + " refunds: " + list.stream().map(r -> Show.money(r.amount()) + " " + r.status()).toList());
    steps.check(refunds.stream().mapToLong(Refund::amount).sum() == PRICE, "the refunds should add up to the price");
    steps.check(refunds.stream().anyMatch(r -> r.refundId().equals(first.refundId())), "the first refund is missing");
  }
}
