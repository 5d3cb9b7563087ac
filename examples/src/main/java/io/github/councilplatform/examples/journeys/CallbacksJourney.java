package io.github.councilplatform.examples.journeys;

import io.github.councilplatform.examples.Journey;
import io.github.councilplatform.examples.support.Browser;
import io.github.councilplatform.examples.support.CouncilService;
import io.github.councilplatform.examples.support.JourneyContext;
import io.github.councilplatform.examples.support.Show;
import io.github.councilplatform.examples.support.Steps;
import io.github.councilplatform.notify.EmailRequest;
import io.github.councilplatform.notify.NotifyApi;
import io.github.councilplatform.pay.CreatePaymentRequest;
import io.github.councilplatform.pay.PayApi;
import io.github.councilplatform.pay.PayWebhooks;
import io.github.councilplatform.pay.Payment;
import io.github.councilplatform.pay.WebhookEventType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Journey 5, callbacks: the council's endpoint ({@link CouncilService}, a small embedded HTTP server) receives
 * Notify delivery receipts and Pay webhooks and verifies each with the SDK before reading it: Notify's bearer
 * token with {@code NotifyCallbacks.verifier(token)}, Pay's {@code Pay-Signature} HMAC with
 * {@code PayWebhooks.verifier(secret)}, both as {@code verify(request headers, raw body)}. Forged ones are
 * rejected (401) and logged without their content.
 */
public final class CallbacksJourney implements Journey {
  /**
   * A reserved example address. (Notify's smoke-test addresses are not stored, so they get no receipts.) Run
   * against Notify with a test API key, which delivers nothing.
   */
  static final String ADDRESS = "sam.tester@example.com";

  @Override
  public String name() {
    return "callbacks";
  }

  @Override
  public String title() {
    return "Callbacks: verified Notify delivery receipts and Pay webhooks; forged ones rejected";
  }

  @Override
  public void run(JourneyContext ctx) throws Exception {
    Steps steps = ctx.steps();
    CouncilService council = ctx.council();

    if (ctx.platforms().callbacksReachable()) {
      // A genuine delivery receipt: send an email, and Notify calls back with the bearer token we registered.
      NotifyApi notify = ctx.platforms().notifyClient();
      var email = steps.call("notify.sendEmail(to " + Show.email(ADDRESS) + ")",
          () -> notify.sendEmail(EmailRequest.builder()
              .templateId(ctx.platforms().templates().reminderEmail())
              .emailAddress(ADDRESS)
              .personalisation(Map.of("name", "Sam", "amount_due", "£1.00", "due_date", "1 April 2027"))
              .reference("callbacks-example")
              .build()),
          r -> "notification " + r.id());
      DeliveryWait.forReceipts(ctx, notify, List.of(email.id()));

      // A genuine Pay webhook: a payment succeeds, Pay signs the message with the webhook's secret.
      PayApi pay = ctx.platforms().payClient();
      Payment payment = steps.call("pay.createPayment(£1.00, CALLBACKS-1)",
          () -> pay.createPayment(CreatePaymentRequest.builder().amount(100).reference("CALLBACKS-1")
              .description("Callbacks example").returnUrl(council.url(CouncilService.PERMIT_RETURN
                  + "?ref=CALLBACKS-1").toString()).build()),
          p -> "payment " + p.paymentId());
      council.rememberPayment("CALLBACKS-1", payment.paymentId());
      try (Browser browser = ctx.openBrowser()) {
        steps.call("resident pays with a test card",
            () -> browser.payByCard(payment.nextUrl().orElseThrow(), Browser.CARD_SUCCEEDS),
            p -> "back at " + p.url().getPath());
      }
      steps.call("await the Pay webhook card_payment_succeeded",
          () -> council.webhooks.await(e -> payment.paymentId().equals(e.resourceId())
              && e.eventType() == WebhookEventType.CARD_PAYMENT_SUCCEEDED, Duration.ofSeconds(30))
              .orElseThrow(() -> new IllegalStateException("no webhook within 30 s")),
          e -> "message " + Show.id(e.webhookMessageId()) + " for " + e.resourceId() + ", signature verified");
    } else {
      steps.note("the platforms cannot reach this machine (set EXAMPLES_PUBLIC_URL): only forged callbacks are"
          + " tried");
    }

    // Forgeries: someone who found the endpoint's address posts believable messages.
    HttpClient attacker = HttpClient.newHttpClient();
    int rejectedBefore = council.rejected.all().size();
    String fakeReceipt = "{\"id\":\"740e5834-3a29-46b4-9a6f-16142fde533a\",\"reference\":null,"
        + "\"to\":\"someone@example.com\",\"status\":\"delivered\",\"created_at\":\"2026-01-01T00:00:00Z\","
        + "\"notification_type\":\"email\"}";
    int notifyStatus = steps.call("POST a delivery receipt with a guessed bearer token",
        () -> post(attacker, council.url(CouncilService.NOTIFY_CALLBACK), fakeReceipt,
            Map.of("Authorization", "Bearer guessed-token-123456")),
        s -> "answered " + s);
    steps.check(notifyStatus == 401, "a forged delivery receipt should be answered 401");

    if (ctx.platforms().payWebhookSecret() != null) {
      String fakeWebhook = "{\"webhook_message_id\":\"forged\",\"api_version\":1,\"created_date\":"
          + "\"2026-01-01T00:00:00.000Z\",\"resource_id\":\"forgedpayment\",\"resource_type\":\"payment\","
          + "\"event_type\":\"card_payment_succeeded\",\"resource\":{\"email\":\"someone@example.com\"}}";
      int payStatus = steps.call("POST a Pay webhook signed with a guessed secret",
          () -> post(attacker, council.url(CouncilService.PAY_WEBHOOK), fakeWebhook,
              Map.of(PayWebhooks.SIGNATURE_HEADER, PayWebhooks.sign(fakeWebhook, "guessed-secret"))),
          s -> "answered " + s);
      steps.check(payStatus == 401, "a forged webhook should be answered 401");
    }
    List<String> rejected = council.rejected.all();
    steps.note("the council's log says what was rejected, never what it contained: "
        + rejected.subList(rejectedBefore, rejected.size()));
    steps.check(rejected.size() > rejectedBefore, "the forgeries should have been recorded as rejected");
  }

  private static int post(HttpClient http, URI url, String body, Map<String, String> headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(url).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    headers.forEach(b::header);
    return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
