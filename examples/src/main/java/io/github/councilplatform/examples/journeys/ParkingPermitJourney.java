package io.github.councilplatform.examples.journeys;

import io.github.councilplatform.examples.Journey;
import io.github.councilplatform.examples.support.Browser;
import io.github.councilplatform.examples.support.CouncilService;
import io.github.councilplatform.examples.support.JourneyContext;
import io.github.councilplatform.examples.support.NotifyTemplates;
import io.github.councilplatform.examples.support.Page;
import io.github.councilplatform.examples.support.Platforms;
import io.github.councilplatform.examples.support.Show;
import io.github.councilplatform.examples.support.Steps;
import io.github.councilplatform.identity.IdentityClaim;
import io.github.councilplatform.identity.OneLoginApi;
import io.github.councilplatform.identity.SignInOptions;
import io.github.councilplatform.identity.SignInResult;
import io.github.councilplatform.identity.SignInStart;
import io.github.councilplatform.identity.TrustLevel;
import io.github.councilplatform.identity.VerifiedIdentity;
import io.github.councilplatform.notify.EmailRequest;
import io.github.councilplatform.notify.EmailResponse;
import io.github.councilplatform.notify.NotifyApi;
import io.github.councilplatform.notify.SmsRequest;
import io.github.councilplatform.notify.SmsResponse;
import io.github.councilplatform.pay.CreatePaymentRequest;
import io.github.councilplatform.pay.PayApi;
import io.github.councilplatform.pay.Payment;
import io.github.councilplatform.pay.WebhookEventType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Journey 1, a resident parking permit: the resident signs in with One Login and proves their identity (P2),
 * pays £25.00 on GOV.UK Pay, comes back, and the council confirms the payment with {@code getPayment},
 * receives the signed webhook, and sends the permit by email and text, waiting for the delivery receipts.
 */
public final class ParkingPermitJourney implements Journey {
  /** The permit's price in pence: GOV.UK Pay amounts are always pence. */
  static final long PRICE = 2500;
  /** The sandbox test resident to sign in as (a person signing in with --interactive uses their own account). */
  static final String RESIDENT = Platforms.SANDBOX_RESIDENT;

  @Override
  public String name() {
    return "parking-permit";
  }

  @Override
  public String title() {
    return "Resident parking permit: prove identity, pay £25.00, confirm by email and text";
  }

  @Override
  public void run(JourneyContext ctx) throws Exception {
    Steps steps = ctx.steps();
    OneLoginApi oneLogin = ctx.platforms().oneLoginClient();
    PayApi pay = ctx.platforms().payClient();
    NotifyApi notify = ctx.platforms().notifyClient();
    NotifyTemplates templates = ctx.platforms().templates();
    CouncilService council = ctx.council();

    try (Browser browser = ctx.openBrowser()) {
      ctx.requireSignInPossible(browser);

      // 1. Sign in, asking for a proven identity (P2), the resident's address and phone number. Keep
      //    start.session() in the resident's web session: it holds the state, nonce and PKCE verifier that
      //    finishSignIn checks.
      SignInStart start = steps.call("oneLogin.startSignIn(P2 identity, address, phone)",
          () -> oneLogin.startSignIn(SignInOptions.builder()
              .trustLevel(TrustLevel.MEDIUM_IDENTITY)
              .phone(true)
              .identityClaims(IdentityClaim.CORE_IDENTITY, IdentityClaim.ADDRESS)
              .build()),
          s -> "send the resident to " + Steps.shortUrl(s.authorizationUri()));
      Page back = steps.call("resident signs in at One Login",
          () -> browser.signIn(start.authorizationUri(), RESIDENT),
          p -> "back at " + p.url().getPath() + " with an authorization code");
      SignInResult user = steps.call("oneLogin.finishSignIn(callback, session)",
          () -> oneLogin.finishSignIn(back.url(), start.session()),
          u -> "subject " + Show.id(u.subject()) + ", email " + Show.email(u.email()) + ", identity "
              + u.identityOutcome());
      // requireIdentity() throws IdentityNotProvenException (with One Login's return codes) if it was not proven.
      VerifiedIdentity identity = steps.call("user.requireIdentity()", user::requireIdentity,
          id -> "proven at " + id.level() + ", " + id.addresses().size() + " address(es) on record");
      council.startSession(user.subject());

      // 2. Create the payment. The return URL carries only our reference; the payment id stays with us.
      String permit = "PERMIT-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
      Payment created = steps.call("pay.createPayment(" + Show.money(PRICE) + ", " + permit + ")",
          () -> pay.createPayment(CreatePaymentRequest.builder()
              .amount(PRICE)
              .reference(permit)
              .description("Resident parking permit, 12 months")
              .returnUrl(council.url(CouncilService.PERMIT_RETURN + "?ref=" + permit).toString())
              .metadata("service", "parking-permits")
              .build()),
          p -> "payment " + p.paymentId() + " " + p.status() + "; send the resident to its next_url");
      council.rememberPayment(permit, created.paymentId());

      // 3. The resident pays on GOV.UK Pay's pages and comes back to the return URL.
      Page returned = steps.call("resident pays with a test card",
          () -> browser.payByCard(created.nextUrl().orElseThrow(), Browser.CARD_SUCCEEDS),
          p -> "back at " + p.url().getPath() + (p.heading().isEmpty() ? "" : ": \"" + p.heading() + "\""));
      steps.check(returned.isAt(CouncilService.PERMIT_RETURN), "the resident did not come back to the return URL");

      // 4. Coming back proves nothing (anyone can open the return URL): ask Pay. Always getPayment by id, never
      //    the search, which is eventually consistent and may not show the payment's final state yet.
      Payment paid = steps.call("pay.getPayment(" + created.paymentId() + ")",
          () -> pay.getPayment(created.paymentId()),
          p -> "status " + p.status() + (p.cardDetails() == null ? "" : ", " + p.cardDetails()));
      steps.check(paid.isSuccess(), "the payment should have succeeded but is " + paid.status());

      // 5. Pay also sends a signed webhook; the council's endpoint verified it before reading it.
      if (ctx.platforms().callbacksReachable()) {
        steps.call("await the Pay webhook card_payment_succeeded",
            () -> council.webhooks.await(e -> created.paymentId().equals(e.resourceId())
                && e.eventType() == WebhookEventType.CARD_PAYMENT_SUCCEEDED, Duration.ofSeconds(30))
                .orElseThrow(() -> new IllegalStateException("no card_payment_succeeded webhook within 30 s")),
            e -> "message " + Show.id(e.webhookMessageId()) + ", signature verified");
      } else {
        steps.note("Pay cannot reach this machine (set EXAMPLES_PUBLIC_URL): getPayment alone confirms it");
      }

      // 6. Send the permit by email and text, to the contact details One Login verified.
      String name = identity.currentName().map(n -> n.givenNames()).orElse("resident");
      Map<String, Object> personalisation = Map.of("name", name, "permit_number", permit,
          "valid_until", LocalDate.now().plusYears(1).toString());
      List<UUID> sent = new ArrayList<>();
      EmailResponse email = steps.call("notify.sendEmail(permit to " + Show.email(user.email()) + ")",
          () -> notify.sendEmail(EmailRequest.builder()
              .templateId(templates.permitEmail())
              .emailAddress(user.email())
              .personalisation(personalisation)
              .reference(permit)
              .build()),
          r -> "notification " + r.id());
      sent.add(email.id());
      if (user.phone().isPresent()) {
        SmsResponse sms = steps.call("notify.sendSms(permit to " + Show.phone(user.phoneNumber()) + ")",
            () -> notify.sendSms(SmsRequest.builder()
                .templateId(templates.permitSms())
                .phoneNumber(user.phoneNumber())
                .personalisation(Map.of("permit_number", permit, "valid_until", personalisation.get("valid_until")))
                .reference(permit)
                .build()),
            r -> "notification " + r.id());
        sent.add(sms.id());
      }

      // 7. Wait for the delivery receipts. Notify delivers in seconds; the sandbox's clock is moved on instead.
      DeliveryWait.forReceipts(ctx, notify, sent);
    }
  }
}
