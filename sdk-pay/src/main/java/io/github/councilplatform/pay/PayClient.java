package io.github.councilplatform.pay;

import io.github.councilplatform.core.ClientHealth;
import io.github.councilplatform.core.ApiException;
import io.github.councilplatform.core.AuthenticationException;
import io.github.councilplatform.core.ConflictException;
import io.github.councilplatform.core.OutcomeUnknownException;
import io.github.councilplatform.core.PagedIterable;
import io.github.councilplatform.core.PlatformClientBuilder;
import io.github.councilplatform.core.RequestValidationException;
import io.github.councilplatform.core.internal.Authenticator;
import io.github.councilplatform.core.internal.ClientBuilders;
import io.github.councilplatform.core.internal.HttpTransport;
import io.github.councilplatform.core.internal.MissingSetting;
import io.github.councilplatform.core.internal.TransportSettings;
import io.github.councilplatform.pay.internal.PayRules;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * The GOV.UK Pay public API. Build one per API key (each GOV.UK Pay service has its own) with
 * {@link #builder()}, and share it: it is immutable and thread-safe.
 *
 * <pre>{@code
 * PayClient pay = PayClient.builder().apiKey(System.getenv("PAY_API_KEY")).build();
 * Payment p = pay.createPayment(CreatePaymentRequest.builder()
 *     .amount(2500).reference("PCN-123").description("Parking fine")
 *     .returnUrl("https://council.example/pay/return").build());
 * String nextUrl = p.nextUrl().orElseThrow();  // send the payer here
 * }</pre>
 *
 * <p><b>Checking.</b> Every request and filter checks GOV.UK Pay's rules when it is built, and this client adds
 * the rules that depend on the account (zero amounts, https with a live key) before sending; a breach throws
 * {@link RequestValidationException} naming the field, and nothing is sent. Amounts are pence.
 *
 * <p><b>Errors.</b> GOV.UK Pay's error bodies ({@code {"field", "header", "code", "description"}}) become the
 * SDK's typed exceptions with the P-code in {@link ApiException#errorCode()}: 400/422 {@code
 * InvalidRequestException}, 401/403 {@code AuthenticationException}, 404 {@code NotFoundException}, 409/412
 * {@code ConflictException}, 429 {@code P0900} {@code RateLimitedException}, 5xx {@code ServerException}.
 *
 * <p><b>Retries.</b> Reads are retried by the SDK's retry policy. A 429 {@code P0900} is retried for every
 * request, because GOV.UK Pay's rate limiter rejects before doing anything. Agreement payments always carry an
 * {@code Idempotency-Key} (yours or a generated one, the same on every attempt), so they are retried like
 * reads; {@link #createAgreementPayment(CreatePaymentRequest)} tells you the key. Web and MOTO payments,
 * refunds, captures and cancels are never resent once they may have reached GOV.UK Pay. Whenever an attempt
 * may have been acted on and the call still fails, however the last attempt failed, you get
 * {@link OutcomeUnknownException} with the payment's reference (or payment id) and, for agreement payments,
 * the idempotency key; reconcile with {@link #findPaymentsByReference(String)} or {@link #getPayment(String)},
 * or resend an agreement payment with the same key.
 */
public final class PayClient implements PayApi {
  /** GOV.UK Pay's public API, the same for test and live API keys. */
  public static final String DEFAULT_BASE_URL = "https://publicapi.payments.service.gov.uk";
  /** The shortest read timeout used for {@code POST /v1/auth}: GOV.UK Pay itself waits about 10 s. */
  public static final Duration MOTO_MIN_READ_TIMEOUT = Duration.ofSeconds(15);

  // One class per concept; this class is the entry point, its configuration and the PayApi contract.
  private final HttpTransport transport;
  private final boolean liveKey;
  private final PaymentOperations payments;
  private final RefundOperations refunds;
  private final AgreementOperations agreements;
  private final DisputeOperations disputes;
  private final MotoOperations moto;

  private PayClient(Builder b) {
    TransportSettings settings = b.settings();
    this.transport = HttpTransport.create(settings);
    this.liveKey = b.apiKey.startsWith("api_live_");
    this.payments = new PaymentOperations(transport, liveKey, b.zeroAmounts);
    this.refunds = new RefundOperations(transport);
    this.agreements = new AgreementOperations(transport);
    this.disputes = new DisputeOperations(transport);
    this.moto = MotoOperations.sharingPoolWith(settings, transport);
  }

  /** {@return a builder; {@link Builder#apiKey(String)} is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return whether the API key is a live one ({@code api_live_…}): real money, and return URLs must be https} */
  public boolean isLiveKey() {
    return liveKey;
  }

  /** The settings of the transport used for {@code POST /v1/auth}; for tests in this package. */
  TransportSettings motoTransportSettings() {
    return moto.settings();
  }

  @Override
  public Payment createPayment(CreatePaymentRequest request) {
    return payments.create(request).payment();
  }

  @Override
  public AgreementPaymentResult createAgreementPayment(CreatePaymentRequest request) {
    return payments.createAgreementPayment(request);
  }

  @Override
  public Payment getPayment(String paymentId) {
    return payments.get(paymentId);
  }

  @Override
  public PaymentEvents getPaymentEvents(String paymentId) {
    return payments.events(paymentId);
  }

  @Override
  public void cancelPayment(String paymentId) {
    payments.cancel(paymentId);
  }

  @Override
  public void capturePayment(String paymentId) {
    payments.capture(paymentId);
  }

  @Override
  public PagedIterable<Payment> searchPayments(PaymentSearch search) {
    return payments.search(search);
  }

  @Override
  public Refund refundPayment(String paymentId, long amount, long refundAmountAvailable) {
    return refunds.refund(paymentId, amount, refundAmountAvailable);
  }

  @Override
  public Refund refundPayment(String paymentId, long amount) {
    return refunds.refund(paymentId, amount, null);
  }

  @Override
  public Refund getRefund(String paymentId, String refundId) {
    return refunds.get(paymentId, refundId);
  }

  @Override
  public List<Refund> listRefunds(String paymentId) {
    return refunds.list(paymentId);
  }

  @Override
  public PagedIterable<Refund> searchRefunds(RefundSearch search) {
    return refunds.search(search);
  }

  @Override
  public PagedIterable<Dispute> searchDisputes(DisputeSearch search) {
    return disputes.search(search);
  }

  @Override
  public Agreement createAgreement(CreateAgreementRequest request) {
    return agreements.create(request);
  }

  @Override
  public Agreement getAgreement(String agreementId) {
    return agreements.get(agreementId);
  }

  @Override
  public PagedIterable<Agreement> searchAgreements(AgreementSearch search) {
    return agreements.search(search);
  }

  @Override
  public void cancelAgreement(String agreementId) {
    agreements.cancel(agreementId);
  }

  @Override
  public MotoAuthorisationResult authoriseMotoPayment(MotoCardDetails card) {
    return moto.authorise(card);
  }

  @Override
  public ReconciliationReport reconcilePayments(Collection<String> paymentIds) {
    return PaymentReconciliation.reconcile(paymentIds, payments::get);
  }

  @Override
  public ClientHealth health() {
    return transport.health();
  }

  /**
   * Releases the connection pool and dispatcher this client created, shared by its {@code /v1/auth} transport.
   * An {@code OkHttpClient} passed to {@link Builder#httpClient} is not touched. Idempotent.
   */

  @Override
  public void close() {
    moto.close();
    transport.close();
  }

  /** Describes the client without its API key. */
  @Override
  public String toString() {
    return "PayClient{baseUrl=" + transport.settings().baseUrl() + ", apiKey=" + (liveKey ? "api_live_****" : "****")
        + '}';
  }

  /** Builds a {@link PayClient}. Not thread-safe; the client it builds is. */
  public static final class Builder extends PlatformClientBuilder<Builder> {
    private static final java.util.regex.Pattern NOTIFY_KEY_SHAPE = java.util.regex.Pattern.compile(
        ".*[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}-[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    private String apiKey;
    private boolean apiKeyGivenNull;
    private boolean zeroAmounts;

    private Builder() {}

    /**
     * The service's API key (required): {@code api_test_…} for a test or sandbox service,
     * {@code api_live_…} for a live one. With a live key, return URLs must be https.
     *
     * @param apiKey the key, from GOV.UK Pay's admin tool
     * @return this builder
     * @throws IllegalArgumentException if the key is blank, contains whitespace, or is a GOV.UK Notify key;
     *     {@code null} (an unset environment variable) is reported by {@link #build()}, naming the setting
     */
    public Builder apiKey(String apiKey) {
      if (apiKey == null) {
        // Most often System.getenv of an unset variable: build() says so, naming the setting.
        this.apiKeyGivenNull = true;
        this.apiKey = null;
        return this;
      }
      if (apiKey.isBlank() || !apiKey.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
        throw new IllegalArgumentException("apiKey must be a GOV.UK Pay API key (api_test_… or api_live_…) with no"
            + " whitespace; check how it is loaded from your secret store.");
      }
      if (NOTIFY_KEY_SHAPE.matcher(apiKey).matches()) {
        throw new IllegalArgumentException("apiKey looks like a GOV.UK Notify API key ({key_name}-{service_id}-"
            + "{secret}), not a GOV.UK Pay one. GOV.UK Pay keys start api_test_ or api_live_ and come from GOV.UK"
            + " Pay's admin tool (Settings > API keys); give this key to NotifyClient instead.");
      }
      this.apiKey = apiKey;
      this.apiKeyGivenNull = false;
      return this;
    }

    /**
     * Whether this service's account has zero-amount payments turned on (default false); otherwise an amount
     * of 0 is refused before sending, as GOV.UK Pay would refuse it.
     *
     * @param enabled true if GOV.UK Pay has turned zero amounts on for the account
     * @return this builder
     */
    public Builder zeroAmountsEnabled(boolean enabled) {
      this.zeroAmounts = enabled;
      return this;
    }

    private TransportSettings settings() {
      if (apiKey == null) {
        throw MissingSetting.exception("PayClient", "apiKey", apiKeyGivenNull, "PAY_API_KEY",
            "the service's API key from GOV.UK Pay's admin tool (api_test_… or api_live_…)");
      }
      return ClientBuilders.transportSettings(this, "pay", DEFAULT_BASE_URL, new PayRules(),
          Authenticator.bearer(apiKey));
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException if no API key was set
     */
    public PayClient build() {
      return new PayClient(this);
    }

    /** Describes the configuration without the API key. */
    @Override
    public String toString() {
      return super.toString() + "{apiKey=" + (apiKey == null ? "<unset>" : "****") + ", zeroAmountsEnabled="
          + zeroAmounts + '}';
    }
  }
}
