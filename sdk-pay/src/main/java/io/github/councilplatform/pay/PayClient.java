package io.github.councilplatform.pay;

import io.github.councilplatform.core.ClientHealth;
import io.github.councilplatform.core.ApiException;
import io.github.councilplatform.core.AuthenticationException;
import io.github.councilplatform.core.CircuitOpenException;
import io.github.councilplatform.core.ConflictException;
import io.github.councilplatform.core.CouncilPlatformException;
import io.github.councilplatform.core.OutcomeUnknownException;
import io.github.councilplatform.core.PagedIterable;
import io.github.councilplatform.core.PlatformClientBuilder;
import io.github.councilplatform.core.RequestValidationException;
import io.github.councilplatform.core.internal.ApiRequest;
import io.github.councilplatform.core.internal.ApiResponse;
import io.github.councilplatform.core.internal.Authenticator;
import io.github.councilplatform.core.internal.HttpTransport;
import io.github.councilplatform.core.internal.Json;
import io.github.councilplatform.core.internal.MissingSetting;
import io.github.councilplatform.core.internal.TransportSettings;
import io.github.councilplatform.pay.internal.CreatePaymentBody;
import io.github.councilplatform.pay.internal.PayRules;
import io.github.councilplatform.pay.internal.PayValidation;
import io.github.councilplatform.pay.internal.RefundBody;
import io.github.councilplatform.pay.internal.RefundList;
import io.github.councilplatform.pay.internal.Searches;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

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

  private static final String JSON = "application/json";
  private static final byte[] EMPTY = new byte[0];

  private final HttpTransport transport;
  private final HttpTransport motoTransport;
  private final boolean liveKey;
  private final boolean zeroAmounts;

  private PayClient(Builder b) {
    TransportSettings settings = b.settings();
    this.transport = HttpTransport.create(settings);
    this.motoTransport = HttpTransport.create(motoSettings(settings, transport));
    this.liveKey = b.apiKey.startsWith("api_live_");
    this.zeroAmounts = b.zeroAmounts;
  }

  /** {@return a builder; {@link Builder#apiKey(String)} is required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@code /v1/auth} takes no API key (the one-time token is the credential) and needs a read timeout of at
   * least 15 s, or a card could be charged after the caller was told it failed. It shares the main client's
   * connection pool.
   */
  private static TransportSettings motoSettings(TransportSettings s, HttpTransport main) {
    Duration read = max(s.readTimeout(), MOTO_MIN_READ_TIMEOUT);
    Duration call = max(s.callTimeout(), read.plus(s.connectTimeout()).plus(s.writeTimeout()));
    return s.withTimeouts(s.connectTimeout(), read, s.writeTimeout(), call)
        .withAuthenticator(Authenticator.none())
        .withHttpClient(main.okHttp());
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** {@return whether the API key is a live one ({@code api_live_…}): real money, and return URLs must be https} */
  public boolean isLiveKey() {
    return liveKey;
  }

  /** The settings of the transport used for {@code POST /v1/auth}; for tests in this package. */
  TransportSettings motoTransportSettings() {
    return motoTransport.settings();
  }

  // ---------------------------------------------------------------- payments

  /**
   * Creates a payment ({@code POST /v1/payments}).
   *
   * <p>For a web payment, send the payer to {@link Payment#nextUrl()}; when they come back to your
   * {@code return_url}, find the payment id from their session and call {@link #getPayment(String)}. For a MOTO
   * API payment, send the card with {@link #authoriseMotoPayment(MotoCardDetails)}. For an agreement payment,
   * prefer {@link #createAgreementPayment(CreatePaymentRequest)}, which also tells you the idempotency key used.
   *
   * @param request the payment; checked before sending
   * @return the new payment (or, for an agreement payment repeated with the same {@code Idempotency-Key}
   *     within 24 hours, the original one)
   * @throws RequestValidationException if the request breaks a GOV.UK Pay rule; nothing was sent
   * @throws OutcomeUnknownException if the payment may have been created but no answer came back; look it up
   *     with {@link #findPaymentsByReference(String)} using {@link OutcomeUnknownException#reference()}, or, for
   *     an agreement payment, resend it with {@link OutcomeUnknownException#idempotencyKey()}
   * @throws ConflictException 409 {@code P0191}: the idempotency key was already used with a different body
   * @throws CouncilPlatformException for any other failure
   */
  public Payment createPayment(CreatePaymentRequest request) {
    return create(request).payment();
  }

  @Override
  public AgreementPaymentResult createAgreementPayment(CreatePaymentRequest request) {
    Objects.requireNonNull(request, "request");
    if (request.effectiveAuthorisationMode() != AuthorisationMode.AGREEMENT) {
      throw new RequestValidationException("authorisation_mode", "must be agreement for createAgreementPayment;"
          + " build the request with agreementPayment(agreementId), or use createPayment for other payments.");
    }
    return create(request);
  }

  private AgreementPaymentResult create(CreatePaymentRequest request) {
    Objects.requireNonNull(request, "request");
    PayValidation.createPayment(request, liveKey, zeroAmounts);
    boolean agreement = request.effectiveAuthorisationMode() == AuthorisationMode.AGREEMENT;
    ApiRequest.Builder b = ApiRequest.post("/v1/payments").operation(agreement ? "createAgreementPayment" : "createPayment")
        .jsonBody(CreatePaymentBody.of(request))
        .reference(request.reference());
    if (!agreement) {
      // GOV.UK Pay passes a key on web and MOTO payments along but de-duplicates only agreement payments, so
      // such a request is still never resent once it may have been acted on.
      b.header("Idempotency-Key", request.idempotencyKey());
      ApiResponse r = transport.execute(b.build());
      return new AgreementPaymentResult(decodePayment(r), request.idempotencyKey(), false);
    }
    // Generated once per call, so every attempt of this call carries the same key and GOV.UK Pay replays the
    // first payment instead of taking a second one. A caller's key is used exactly as given.
    String key = request.idempotencyKey() != null ? request.idempotencyKey() : UUID.randomUUID().toString();
    ApiResponse r = transport.execute(b.idempotencyKey(key).build());
    // GOV.UK Pay answers 201 for a new payment and 200 when it replays the payment made earlier with the key.
    return new AgreementPaymentResult(decodePayment(r), key, r.status() == 200);
  }

  private Payment decodePayment(ApiResponse response) {
    return transport.decode(response, body -> Json.read(body, Payment.class), "Payment");
  }

  /**
   * Gets a payment ({@code GET /v1/payments/{paymentId}}); strongly consistent, so use it to decide a
   * payment's outcome. Each call returns a fresh single-use {@code next_url} for an unfinished web payment.
   *
   * @param paymentId the payment id
   * @return the payment
   * @throws io.github.councilplatform.core.NotFoundException 404 {@code P0200}: no such payment
   * @throws CouncilPlatformException for any other failure
   */
  public Payment getPayment(String paymentId) {
    String id = PayValidation.pathId("payment_id", paymentId);
    return transport.execute(ApiRequest.get("/v1/payments/" + id).operation("getPayment").build(), Payment.class);
  }

  /**
   * Gets a payment's state changes ({@code GET /v1/payments/{paymentId}/events}).
   *
   * @param paymentId the payment id
   * @return the events
   * @throws io.github.councilplatform.core.NotFoundException 404 {@code P0300}: no such payment
   * @throws CouncilPlatformException for any other failure
   */
  public PaymentEvents getPaymentEvents(String paymentId) {
    String id = PayValidation.pathId("payment_id", paymentId);
    return transport.execute(ApiRequest.get("/v1/payments/" + id + "/events").operation("getPaymentEvents").build(), PaymentEvents.class);
  }

  /**
   * Cancels an unfinished payment ({@code POST /v1/payments/{paymentId}/cancel}); the payer can no longer
   * pay. Possible while {@link Payment#canBeCancelled()}.
   *
   * @param paymentId the payment id
   * @throws io.github.councilplatform.core.ConflictException 409 {@code P0502}: the payment cannot be
   *     cancelled (it has finished)
   * @throws OutcomeUnknownException if no answer came back; fetch the payment to see whether it was cancelled
   * @throws CouncilPlatformException for any other failure
   */
  public void cancelPayment(String paymentId) {
    String id = PayValidation.pathId("payment_id", paymentId);
    transport.execute(emptyPost("/v1/payments/" + id + "/cancel").operation("cancelPayment").reference(id).build());
  }

  /**
   * Captures a delayed-capture payment that is {@link PaymentStatus#CAPTURABLE}
   * ({@code POST /v1/payments/{paymentId}/capture}). Capture within 5 days or the payment expires.
   *
   * @param paymentId the payment id
   * @throws io.github.councilplatform.core.ConflictException 409 {@code P1003}: the payment is not capturable
   * @throws OutcomeUnknownException if no answer came back; fetch the payment to see whether it was captured
   * @throws CouncilPlatformException for any other failure
   */
  public void capturePayment(String paymentId) {
    String id = PayValidation.pathId("payment_id", paymentId);
    transport.execute(emptyPost("/v1/payments/" + id + "/capture").operation("capturePayment").reference(id).build());
  }

  // ---------------------------------------------------------------- refunds

  /**
   * Refunds (part of) a payment, guarded against refunding twice: GOV.UK Pay refuses with 412 {@code P0604}
   * unless {@code refundAmountAvailable} equals the payment's current {@code refund_summary.amount_available}.
   * Always prefer this form.
   *
   * @param paymentId the payment id
   * @param amount pence to refund, 1 to 10,000,000
   * @param refundAmountAvailable the payment's {@link RefundSummary#amountAvailable()} as you last saw it
   * @return the refund (usually {@link RefundStatus#SUBMITTED} at first)
   * @throws io.github.councilplatform.core.ConflictException 412 {@code P0604}: the amount available changed
   *     (another refund happened); fetch the payment again
   * @throws OutcomeUnknownException if no answer came back; list the payment's refunds before trying again
   * @throws CouncilPlatformException for any other failure ({@code P0603}: not refundable)
   */
  public Refund refundPayment(String paymentId, long amount, long refundAmountAvailable) {
    return refund(paymentId, amount, refundAmountAvailable);
  }

  /**
   * Refunds (part of) a payment without the {@code refund_amount_available} guard. Prefer
   * {@link #refundPayment(String, long, long)}.
   *
   * @param paymentId the payment id
   * @param amount pence to refund
   * @return the refund
   * @throws OutcomeUnknownException if no answer came back; list the payment's refunds before trying again
   * @throws CouncilPlatformException for any other failure
   */
  public Refund refundPayment(String paymentId, long amount) {
    return refund(paymentId, amount, null);
  }

  private Refund refund(String paymentId, long amount, Long available) {
    String id = PayValidation.pathId("payment_id", paymentId);
    PayValidation.refund(amount, available);
    return transport.execute(ApiRequest.post("/v1/payments/" + id + "/refunds").operation("refundPayment")
        .jsonBody(new RefundBody(amount, available))
        .reference(id)
        .build(), Refund.class);
  }

  /**
   * Gets a refund ({@code GET /v1/payments/{paymentId}/refunds/{refundId}}).
   *
   * @param paymentId the payment id
   * @param refundId the refund id
   * @return the refund
   * @throws io.github.councilplatform.core.NotFoundException 404 {@code P0700}
   * @throws CouncilPlatformException for any other failure
   */
  public Refund getRefund(String paymentId, String refundId) {
    String id = PayValidation.pathId("payment_id", paymentId);
    String rid = PayValidation.pathId("refund_id", refundId);
    return transport.execute(ApiRequest.get("/v1/payments/" + id + "/refunds/" + rid).operation("getRefund").build(), Refund.class);
  }

  /**
   * Lists a payment's refunds ({@code GET /v1/payments/{paymentId}/refunds}); eventually consistent.
   *
   * @param paymentId the payment id
   * @return the refunds
   * @throws io.github.councilplatform.core.NotFoundException 404 {@code P0800}
   * @throws CouncilPlatformException for any other failure
   */
  public List<Refund> listRefunds(String paymentId) {
    String id = PayValidation.pathId("payment_id", paymentId);
    return transport.execute(ApiRequest.get("/v1/payments/" + id + "/refunds").operation("listRefunds").build(), RefundList.class).refunds();
  }

  // ---------------------------------------------------------------- searches

  /**
   * Searches payments ({@code GET /v1/payments}), newest first, fetching pages as the iteration needs them.
   * Eventually consistent: never use it to decide a payment's outcome.
   *
   * @param search the filters
   * @return the matching payments
   */
  public PagedIterable<Payment> searchPayments(PaymentSearch search) {
    PaymentSearch s = Objects.requireNonNull(search, "search");
    ApiRequest first = ApiRequest.get("/v1/payments").operation("searchPayments")
        .query("reference", s.reference())
        .query("email", s.email())
        .query("state", s.state() == null ? null : s.state().wireValue())
        .query("card_brand", s.cardBrand())
        .query("from_date", Searches.searchTime(s.fromDate()))
        .query("to_date", Searches.searchTime(s.toDate()))
        .query("from_settled_date", s.fromSettledDate())
        .query("to_settled_date", s.toSettledDate())
        .query("cardholder_name", s.cardholderName())
        .query("first_digits_card_number", s.firstDigitsCardNumber())
        .query("last_digits_card_number", s.lastDigitsCardNumber())
        .query("agreement_id", s.agreementId())
        .query("display_size", s.displaySize())
        .build();
    return Searches.paged(transport, first, Payment.class);
  }

  /**
   * Searches refunds ({@code GET /v1/refunds}); eventually consistent.
   *
   * @param search the filters
   * @return the matching refunds
   */
  public PagedIterable<Refund> searchRefunds(RefundSearch search) {
    RefundSearch s = Objects.requireNonNull(search, "search");
    ApiRequest first = ApiRequest.get("/v1/refunds").operation("searchRefunds")
        .query("from_date", Searches.searchTime(s.fromDate()))
        .query("to_date", Searches.searchTime(s.toDate()))
        .query("from_settled_date", s.fromSettledDate())
        .query("to_settled_date", s.toSettledDate())
        .query("display_size", s.displaySize())
        .build();
    return Searches.paged(transport, first, Refund.class);
  }

  /**
   * Searches disputes ({@code GET /v1/disputes}); services using Stripe only.
   *
   * @param search the filters
   * @return the matching disputes
   */
  public PagedIterable<Dispute> searchDisputes(DisputeSearch search) {
    DisputeSearch s = Objects.requireNonNull(search, "search");
    ApiRequest first = ApiRequest.get("/v1/disputes").operation("searchDisputes")
        .query("from_date", Searches.searchTime(s.fromDate()))
        .query("to_date", Searches.searchTime(s.toDate()))
        .query("from_settled_date", s.fromSettledDate())
        .query("to_settled_date", s.toSettledDate())
        .query("status", s.status() == null ? null : s.status().wireValue())
        .query("display_size", s.displaySize())
        .build();
    return Searches.paged(transport, first, Dispute.class);
  }

  // ---------------------------------------------------------------- agreements

  /**
   * Creates a recurring-payment agreement ({@code POST /v1/agreements}). Then take a web payment with
   * {@code setUpAgreement(agreementId)}; once it succeeds the agreement is active and agreement payments can
   * be taken.
   *
   * @param request the agreement
   * @return the agreement, {@link AgreementStatus#CREATED}
   * @throws RequestValidationException if the request breaks a rule; nothing was sent
   * @throws OutcomeUnknownException if no answer came back; search agreements by the reference
   * @throws CouncilPlatformException for any other failure
   */
  public Agreement createAgreement(CreateAgreementRequest request) {
    Objects.requireNonNull(request, "request");
    return transport.execute(ApiRequest.post("/v1/agreements").operation("createAgreement").jsonBody(request).reference(request.reference())
        .build(), Agreement.class);
  }

  /**
   * Gets an agreement ({@code GET /v1/agreements/{agreementId}}).
   *
   * @param agreementId the agreement id
   * @return the agreement
   * @throws io.github.councilplatform.core.NotFoundException 404 {@code P2200}
   * @throws CouncilPlatformException for any other failure
   */
  public Agreement getAgreement(String agreementId) {
    String id = PayValidation.pathId("agreement_id", agreementId);
    return transport.execute(ApiRequest.get("/v1/agreements/" + id).operation("getAgreement").build(), Agreement.class);
  }

  /**
   * Searches agreements ({@code GET /v1/agreements}); eventually consistent.
   *
   * @param search the filters
   * @return the matching agreements
   */
  public PagedIterable<Agreement> searchAgreements(AgreementSearch search) {
    AgreementSearch s = Objects.requireNonNull(search, "search");
    ApiRequest first = ApiRequest.get("/v1/agreements").operation("searchAgreements")
        .query("reference", s.reference())
        .query("status", s.status() == null ? null : s.status().wireValue())
        .query("display_size", s.displaySize())
        .build();
    return Searches.paged(transport, first, Agreement.class);
  }

  /**
   * Cancels an active agreement ({@code POST /v1/agreements/{agreementId}/cancel}); no more agreement payments
   * can be taken.
   *
   * @param agreementId the agreement id
   * @throws io.github.councilplatform.core.InvalidRequestException 400 {@code P2501}: the agreement is not
   *     active
   * @throws OutcomeUnknownException if no answer came back; fetch the agreement to see
   * @throws CouncilPlatformException for any other failure
   */
  public void cancelAgreement(String agreementId) {
    String id = PayValidation.pathId("agreement_id", agreementId);
    transport.execute(emptyPost("/v1/agreements/" + id + "/cancel").operation("cancelAgreement").reference(id).build());
  }

  // ---------------------------------------------------------------- MOTO

  /**
   * Sends the card details of a {@link AuthorisationMode#MOTO_API} payment ({@code POST /v1/auth}). No API
   * key is sent: the one-time token is the credential. The read timeout is at least 15 s, because GOV.UK Pay
   * may take up to about 10 s. Never retried once sent.
   *
   * @param card the token and card details
   * @return {@link MotoAuthorisationResult#AUTHORISED} (204) or {@link MotoAuthorisationResult#DECLINED}
   *     (402 {@code P0010})
   * @throws RequestValidationException if a field breaks a rule; nothing was sent
   * @throws io.github.councilplatform.core.InvalidRequestException 400 {@code P1211} invalid token,
   *     {@code P1212} token already used
   * @throws OutcomeUnknownException if no answer came back, or GOV.UK Pay answered 500 ({@code P0050}); fetch
   *     the payment to see its status
   * @throws CouncilPlatformException for any other failure
   */
  public MotoAuthorisationResult authoriseMotoPayment(MotoCardDetails card) {
    Objects.requireNonNull(card, "card");
    try {
      motoTransport.execute(ApiRequest.post("/v1/auth").operation("authoriseMotoPayment").jsonBody(card).authenticated(false).build());
      return MotoAuthorisationResult.AUTHORISED;
    } catch (ApiException e) {
      if (e.statusCode() == 402) {
        return MotoAuthorisationResult.DECLINED;
      }
      throw e;
    }
  }

  // ---------------------------------------------------------------- reconciliation

  /**
   * The "mop-up" job GOV.UK Pay recommends for payers who never come back to your {@code return_url}: fetches
   * each payment with {@link #getPayment(String)} (strongly consistent; never the search) and reports where
   * each one is. Run it every 30 minutes or so for your unfinished journeys older than about 3 hours.
   *
   * <p>A lookup that fails is recorded in the report and the others continue, except that an authentication
   * failure or an open circuit breaker is thrown at once, since every other lookup would fail the same way.
   *
   * @param paymentIds the payment ids of unfinished journeys
   * @return each payment's current state, in the order given
   * @throws AuthenticationException if the API key is refused
   * @throws CircuitOpenException if calls are paused after repeated failures
   */
  public ReconciliationReport reconcilePayments(Collection<String> paymentIds) {
    Objects.requireNonNull(paymentIds, "paymentIds");
    List<ReconciledPayment> results = new ArrayList<>(paymentIds.size());
    for (String id : paymentIds) {
      try {
        results.add(new ReconciledPayment(id, getPayment(id), null));
      } catch (AuthenticationException | CircuitOpenException e) {
        throw e;
      } catch (CouncilPlatformException e) {
        results.add(new ReconciledPayment(id, null, e));
      }
    }
    return new ReconciliationReport(results);
  }

  /**
   * Releases the connection pool and dispatcher this client created, shared by its {@code /v1/auth} transport.
   * An {@code OkHttpClient} passed to {@link Builder#httpClient} is not touched. Idempotent.
   */
  @Override
  public ClientHealth health() {
    return transport.health();
  }

  @Override
  public void close() {
    motoTransport.close();
    transport.close();
  }

  private static ApiRequest.Builder emptyPost(String path) {
    // GOV.UK Pay's firewall expects Content-Type: application/json even on POSTs without a body.
    return ApiRequest.post(path).body(EMPTY, JSON);
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
      return transportSettings("pay", DEFAULT_BASE_URL, new PayRules(), Authenticator.bearer(apiKey));
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
