package io.github.councilplatform.examples.journeys;

import io.github.councilplatform.examples.Journey;
import io.github.councilplatform.examples.support.Browser;
import io.github.councilplatform.examples.support.CouncilService;
import io.github.councilplatform.examples.support.JourneyContext;
import io.github.councilplatform.examples.support.Show;
import io.github.councilplatform.examples.support.Steps;
import io.github.councilplatform.pay.CreatePaymentRequest;
import io.github.councilplatform.pay.PayApi;
import io.github.councilplatform.pay.Payment;
import io.github.councilplatform.pay.PaymentStatus;
import io.github.councilplatform.pay.ReconciledPayment;
import io.github.councilplatform.pay.ReconciliationReport;
import io.github.councilplatform.pay.WebhookEventType;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Journey 2, failed and abandoned payments: one resident's card is declined, another opens the payment page
 * and never comes back, so the payment expires (after 90 minutes, moved on with the sandbox clock). The
 * council's reconciliation ("mop-up") job then finds where both payments ended, by payment id.
 */
public final class FailedPaymentsJourney implements Journey {
  /** GOV.UK Pay expires a payment nobody finished 90 minutes after it was created. */
  static final Duration PAY_EXPIRY = Duration.ofMinutes(90);

  @Override
  public String name() {
    return "failed-payments";
  }

  @Override
  public String title() {
    return "Failed and abandoned payments, found by the reconciliation (mop-up) job";
  }

  @Override
  public void run(JourneyContext ctx) throws Exception {
    Steps steps = ctx.steps();
    PayApi pay = ctx.platforms().payClient();
    CouncilService council = ctx.council();
    // The council keeps the ids of payments it has not seen finish; the mop-up job works from this list.
    List<String> unfinished = new ArrayList<>();

    Payment declined = create(steps, pay, council, "Garden waste collection, 1 year", 4500);
    unfinished.add(declined.paymentId());
    try (Browser browser = ctx.openBrowser()) {
      steps.call("resident pays with a card that is declined",
          () -> browser.payByCard(declined.nextUrl().orElseThrow(), Browser.CARD_DECLINED),
          p -> "back at " + p.url().getPath() + (p.heading().isEmpty() ? "" : ": \"" + p.heading() + "\""));
    }

    Payment abandoned = create(steps, pay, council, "Bulky waste collection", 3000);
    unfinished.add(abandoned.paymentId());
    try (Browser browser = ctx.openBrowser()) {
      steps.call("another resident opens the payment page, then closes it",
          () -> browser.open(URI.create(abandoned.nextUrl().orElseThrow()), "start paying, then close the tab"),
          p -> "left on " + p.url().getPath() + (p.heading().isEmpty() ? "" : ": \"" + p.heading() + "\""));
    }

    // Nobody comes back for the abandoned payment; GOV.UK Pay expires it after 90 minutes.
    boolean expired = ctx.platforms().isSandbox();
    if (expired) {
      steps.run("sandbox.advanceClock(91 min)",
          () -> {
            ctx.platforms().advanceClock(PAY_EXPIRY.plusMinutes(1), "waiting for the payment to expire");
            return null;
          },
          "the sandbox's Pay expires the abandoned payment");
      // The webhook usually says so, but webhooks can be late or lost: the mop-up job is the safety net.
      steps.call("await the Pay webhook card_payment_expired",
          () -> council.webhooks.await(e -> abandoned.paymentId().equals(e.resourceId())
              && e.eventType() == WebhookEventType.CARD_PAYMENT_EXPIRED, Duration.ofSeconds(30))
              .orElseThrow(() -> new IllegalStateException("no card_payment_expired webhook within 30 s")),
          e -> "message " + Show.id(e.webhookMessageId()) + ", signature verified");
    } else {
      steps.note("the real Pay expires the abandoned payment after 90 minutes; run the mop-up again then");
    }

    // The mop-up job: getPayment for each unfinished payment (strongly consistent; never the search).
    ReconciliationReport report = steps.call("pay.reconcilePayments(" + unfinished.size() + " unfinished payments)",
        () -> pay.reconcilePayments(unfinished),
        r -> r.results().size() + " payments looked up");
    for (ReconciledPayment r : report.results()) {
      Payment p = r.payment();
      steps.note(r.paymentId() + ": " + (p == null ? "lookup failed, try next run: " + r.failure().getMessage()
          : p.status() + " " + p.state().code() + " (" + p.state().message() + ")" + advice(p)));
    }
    Payment first = report.results().get(0).payment();
    Payment second = report.results().get(1).payment();
    steps.check(first != null && first.status() == PaymentStatus.FAILED && "P0010".equals(first.state().code()),
        "the declined payment should be failed with P0010");
    steps.check(second != null && (expired ? second.status() == PaymentStatus.FAILED
        && "P0020".equals(second.state().code()) : !second.isFinished()),
        "the abandoned payment should be " + (expired ? "expired (P0020)" : "still unfinished"));
  }

  private static Payment create(Steps steps, PayApi pay, CouncilService council, String what, long pence)
      throws Exception {
    String reference = "WASTE-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    Payment p = steps.call("pay.createPayment(" + Show.money(pence) + ", " + reference + ")",
        () -> pay.createPayment(CreatePaymentRequest.builder()
            .amount(pence)
            .reference(reference)
            .description(what)
            .returnUrl(council.url(CouncilService.PERMIT_RETURN + "?ref=" + reference).toString())
            .build()),
        created -> "payment " + created.paymentId() + " " + created.status());
    council.rememberPayment(reference, p.paymentId());
    return p;
  }

  /** What the council does next with each outcome. */
  private static String advice(Payment p) {
    if (p.isSuccess()) {
      return ": paid; issue what was bought";
    }
    if (!p.isFinished()) {
      return ": still in progress; look again next run";
    }
    return ": not paid; close the application and tell the resident";
  }
}
