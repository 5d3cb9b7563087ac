package io.github.councilplatform.sandbox.soak;

import io.github.councilplatform.core.CircuitBreakerOptions;
import io.github.councilplatform.core.CircuitOpenException;
import io.github.councilplatform.core.CouncilPlatformException;
import io.github.councilplatform.core.OutcomeUnknownException;
import io.github.councilplatform.core.RetryOptions;
import io.github.councilplatform.notify.NotificationQuery;
import io.github.councilplatform.notify.NotifyClient;
import io.github.councilplatform.notify.SmsRequest;
import io.github.councilplatform.pay.AgreementPaymentType;
import io.github.councilplatform.pay.CreateAgreementRequest;
import io.github.councilplatform.pay.CreatePaymentRequest;
import io.github.councilplatform.pay.PayClient;
import io.github.councilplatform.pay.Payment;
import io.github.councilplatform.sandbox.Sandbox;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A seeded fault soak: operations through a {@link FaultProxy} in front of a sandbox, by the SDK's own
 * clients, handled the way the SDK's messages tell a caller to, then counted against what the sandbox really
 * holds.
 *
 * <p>Three kinds of operation, mixed: a Notify text message (never resent once it may have been acted on), a
 * Pay web payment (likewise), and a Pay agreement payment (idempotent; half with the caller's own key, half
 * with one the SDK generates). The caller's rules: a result is done; {@code OutcomeUnknownException} is
 * reconciled with the SDK's own find-by-reference (resending an agreement payment with the key the exception
 * carries, anything else only when the lookup finds nothing); any other typed exception claims nothing was
 * done, so the caller tries again (after the breaker's wait when the breaker is open).
 */
public final class FaultSoak {
  private static final int TRIES_PER_OPERATION = 8;
  private static final int LOOKUPS_PER_RECONCILIATION = 20;

  /**
   * How to run.
   *
   * @param seed the seed of the fault sequence and the operation mix
   * @param operations how many operations
   * @param faultRate the share of requests that get a fault
   * @param circuitBreaker whether the clients use the SDK's default circuit breaker
   * @param readTimeout the clients' read timeout, which a stall outlasts
   */
  public record Config(long seed, int operations, double faultRate, boolean circuitBreaker, Duration readTimeout) {}

  private enum Kind { SMS, WEB_PAYMENT, AGREEMENT_PAYMENT }

  private final Config config;
  private int succeeded;
  private int outcomeUnknown;
  private int reconciled;
  private int reconciledPresent;
  private int definiteFailures;
  private int duplicates;
  private int falseFailures;
  private int silentLosses;
  private int wrongReconciliations;
  private int untyped;
  private int unfinished;

  private FaultSoak(Config config) {
    this.config = config;
  }

  /**
   * Runs a soak on a sandbox of its own.
   *
   * @param config how to run
   * @return what was counted
   * @throws IOException if the proxy cannot start
   * @throws InterruptedException if interrupted
   */
  public static SoakReport run(Config config) throws IOException, InterruptedException {
    return new FaultSoak(config).runOnce();
  }

  private SoakReport runOnce() throws IOException, InterruptedException {
    long started = System.nanoTime();
    try (Sandbox sandbox = Sandbox.start();
        FaultProxy proxy = new FaultProxy(sandbox.baseUrl(), config.seed(), config.faultRate())) {
      NotifyClient truthNotify = sandbox.notifyClient();
      PayClient truthPay = sandbox.payClient();
      String agreement = activeAgreement(sandbox, truthPay);
      Map<String, Object> notifyInfo = part(sandbox, "notify");
      @SuppressWarnings("unchecked")
      UUID smsTemplate = UUID.fromString(((Map<String, Object>) notifyInfo.get("templates")).get("sms").toString());
      RetryOptions retry = RetryOptions.builder().initialBackoff(Duration.ofMillis(1))
          .maxBackoff(Duration.ofMillis(5)).build();
      CircuitBreakerOptions breaker = config.circuitBreaker() ? CircuitBreakerOptions.defaults()
          : CircuitBreakerOptions.disabled();
      NotifyClient notify = NotifyClient.builder().baseUrl(proxy.baseUrl()).clock(sandbox.clock())
          .apiKey(notifyInfo.get("apiKey").toString()).retry(retry).circuitBreaker(breaker)
          .readTimeout(config.readTimeout()).sleeper(d -> { }).build();
      PayClient pay = PayClient.builder().baseUrl(proxy.baseUrl()).clock(sandbox.clock())
          .apiKey(part(sandbox, "pay").get("apiKey").toString()).retry(retry).circuitBreaker(breaker)
          .readTimeout(config.readTimeout()).sleeper(d -> { }).build();
      Random mix = new Random(config.seed() ^ 0x5DEECE66DL);

      for (int i = 0; i < config.operations(); i++) {
        Kind kind = Kind.values()[mix.nextInt(Kind.values().length)];
        String reference = "soak-" + config.seed() + "-" + i;
        Operation op = new Operation(kind, reference, notify, pay, smsTemplate, agreement,
            kind == Kind.AGREEMENT_PAYMENT && i % 2 == 0 ? "key-" + config.seed() + "-" + i : null);
        boolean done = perform(op, sandbox, proxy, truthNotify, truthPay);
        proxy.awaitQuiet(Duration.ofSeconds(30));
        int held = held(kind, reference, truthNotify, truthPay);
        duplicates += Math.max(0, held - 1);
        if (done && held == 0) {
          silentLosses++;
        }
        if (!done) {
          unfinished++;
        }
        // One sandbox second per operation keeps Pay's per-second limits from turning the soak into a rate test.
        sandbox.advanceClock(Duration.ofSeconds(1));
      }
      return new SoakReport(config.operations(), proxy.requests(), proxy.injected(), succeeded, outcomeUnknown,
          reconciled, reconciledPresent, definiteFailures, duplicates, falseFailures, silentLosses,
          wrongReconciliations, untyped, unfinished, (System.nanoTime() - started) / 1_000_000);
    }
  }

  /** One operation and the request it sends (with the key to resend an agreement payment with). */
  private static final class Operation {
    final Kind kind;
    final String reference;
    final NotifyClient notify;
    final PayClient pay;
    final UUID smsTemplate;
    final CreatePaymentRequest agreementRequest;
    CreatePaymentRequest nextAgreementRequest;

    Operation(Kind kind, String reference, NotifyClient notify, PayClient pay, UUID smsTemplate, String agreement,
        String callersKey) {
      this.kind = kind;
      this.reference = reference;
      this.notify = notify;
      this.pay = pay;
      this.smsTemplate = smsTemplate;
      CreatePaymentRequest.Builder b = CreatePaymentRequest.builder().amount(1500).reference(reference)
          .description("Council tax instalment").agreementPayment(agreement)
          .agreementPaymentType(AgreementPaymentType.INSTALMENT);
      this.agreementRequest = callersKey == null ? b.build() : b.idempotencyKey(callersKey).build();
      this.nextAgreementRequest = agreementRequest;
    }

    void call() {
      switch (kind) {
        case SMS -> notify.sendSms(SmsRequest.builder().templateId(smsTemplate).phoneNumber("07700900456")
            .personalisation(Map.of("name", "Sam")).reference(reference).build());
        case WEB_PAYMENT -> pay.createPayment(CreatePaymentRequest.builder().amount(2500).reference(reference)
            .description("Garden waste permit").returnUrl("https://council.example/return").build());
        case AGREEMENT_PAYMENT -> {
          String key = pay.createAgreementPayment(nextAgreementRequest).idempotencyKey();
          if (agreementRequest.idempotencyKey() != null && !agreementRequest.idempotencyKey().equals(key)) {
            throw new IllegalStateException("the SDK changed the caller's key");
          }
        }
        default -> throw new IllegalStateException(kind.name());
      }
    }

    /** The SDK's own find-by-reference: how many the platform holds, as the caller can see. */
    int find() {
      if (kind == Kind.SMS) {
        int n = 0;
        for (var ignored : notify.listNotifications(NotificationQuery.byReference(reference))) {
          n++;
        }
        return n;
      }
      return (int) pay.findPaymentsByReference(reference).stream().count();
    }
  }

  private boolean perform(Operation op, Sandbox sandbox, FaultProxy proxy, NotifyClient truthNotify,
      PayClient truthPay) throws InterruptedException {
    for (int t = 0; t < TRIES_PER_OPERATION; t++) {
      try {
        op.call();
        succeeded++;
        return true;
      } catch (OutcomeUnknownException e) {
        outcomeUnknown++;
        // Wait for the platform to finish what it was sent, as a caller waits before trusting a lookup.
        proxy.awaitQuiet(Duration.ofSeconds(30));
        Integer found = lookUp(op, sandbox);
        if (found == null) {
          return false; // counted as not reconciled; the report is then not clean
        }
        reconciled++;
        boolean truth = held(op.kind, op.reference, truthNotify, truthPay) > 0;
        if ((found > 0) != truth) {
          wrongReconciliations++;
        }
        if (found > 0) {
          reconciledPresent++;
          return true;
        }
        if (op.kind == Kind.AGREEMENT_PAYMENT) {
          // The documented way to resend: the same request with the key the exception carries.
          op.nextAgreementRequest = op.agreementRequest.withIdempotencyKey(e.idempotencyKey().orElseThrow());
        }
      } catch (CouncilPlatformException e) {
        definiteFailures++;
        proxy.awaitQuiet(Duration.ofSeconds(30));
        if (held(op.kind, op.reference, truthNotify, truthPay) > 0) {
          falseFailures++;
          return true; // the platform has it; trying again would only manufacture a duplicate
        }
        if (e instanceof CircuitOpenException) {
          sandbox.advanceClock(CircuitBreakerOptions.defaults().waitInOpenState().plusSeconds(1));
        }
      } catch (RuntimeException e) {
        untyped++;
        return false;
      }
    }
    return false;
  }

  /** Reconciles through the proxy with the SDK's own lookup, trying again while lookups fail. */
  private Integer lookUp(Operation op, Sandbox sandbox) {
    for (int i = 0; i < LOOKUPS_PER_RECONCILIATION; i++) {
      try {
        return op.find();
      } catch (CircuitOpenException e) {
        sandbox.advanceClock(CircuitBreakerOptions.defaults().waitInOpenState().plusSeconds(1));
      } catch (CouncilPlatformException e) {
        // A read is safe to repeat; the proxy's faults hit lookups too.
      } catch (RuntimeException e) {
        untyped++;
        return null;
      }
    }
    return null;
  }

  /** What the sandbox really holds for a reference, asked directly (no proxy, no faults). */
  private static int held(Kind kind, String reference, NotifyClient notify, PayClient pay) {
    if (kind == Kind.SMS) {
      int n = 0;
      for (var ignored : notify.listNotifications(NotificationQuery.byReference(reference))) {
        n++;
      }
      return n;
    }
    int n = 0;
    for (Payment p : pay.findPaymentsByReference(reference)) {
      if (p.reference().equals(reference)) {
        n++;
      }
    }
    return n;
  }

  private static String activeAgreement(Sandbox sandbox, PayClient pay) throws IOException, InterruptedException {
    String agreement = pay.createAgreement(CreateAgreementRequest.builder()
        .reference("SOAK-AGREEMENT").description("Council tax instalments").build())
        .agreementId();
    Payment setUp = pay.createPayment(CreatePaymentRequest.builder().amount(100).reference("SOAK-SETUP")
        .description("Set up council tax instalments").returnUrl("https://council.example/agreed")
        .setUpAgreement(agreement).agreementPaymentType(AgreementPaymentType.INSTALMENT).build());
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl()
        + "/_sandbox/pay/payments/" + setUp.paymentId() + "/complete"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"cardNumber\":\"4000056655665556\",\"confirm\":true}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("could not set up the agreement: " + r.statusCode() + " " + r.body());
    }
    return agreement;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> part(Sandbox sandbox, String name) {
    return (Map<String, Object>) sandbox.info().get(name);
  }
}
