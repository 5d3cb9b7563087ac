package io.github.councilplatform.pay;

import io.github.councilplatform.core.ApiException;
import io.github.councilplatform.core.AuthenticationException;
import io.github.councilplatform.core.CircuitOpenException;
import io.github.councilplatform.core.CircuitState;
import io.github.councilplatform.core.ClientHealth;
import io.github.councilplatform.core.ConflictException;
import io.github.councilplatform.core.CouncilPlatformException;
import io.github.councilplatform.core.NotFoundException;
import io.github.councilplatform.core.OutcomeUnknownException;
import io.github.councilplatform.core.PagedIterable;
import io.github.councilplatform.core.RequestValidationException;
import java.util.Collection;
import java.util.List;

/**
 * Every operation of the GOV.UK Pay public API for one service (one API key). {@link PayClient} implements it;
 * depend on this interface in your own code so tests can substitute a fake ({@link PagedIterable#of} builds
 * listings for fakes).
 *
 * <h2>Creates and unknown outcomes</h2>
 * Only agreement payments carry an {@code Idempotency-Key}, so only they are resent after they may have reached
 * GOV.UK Pay. Any other create, refund, capture or cancel that reached GOV.UK Pay with no usable answer throws
 * {@link OutcomeUnknownException} carrying the reference (or payment id): look for it with
 * {@link #findPaymentsByReference(String)} or {@link #getPayment(String)} before trying again.
 *
 * <h2>Errors</h2>
 * Requests and filters check GOV.UK Pay's rules when they are built ({@link RequestValidationException}, naming
 * the field); the rules that depend on the account are checked when sent. GOV.UK Pay's error responses become
 * the {@link ApiException} family with the P-code in {@link ApiException#errorCode()}, and everything else a
 * {@link CouncilPlatformException}.
 *
 * <h2>Closing</h2>
 * {@link #close()} releases the connection pool and threads the client created; an {@code OkHttpClient} you
 * passed to the builder is left as it was. Close a client when your application stops, not after each call.
 */
public interface PayApi extends AutoCloseable {

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
   * @throws RequestValidationException if the amount is 0 on an account without zero amounts, or a live key
   *     has an http return URL; nothing was sent
   * @throws OutcomeUnknownException if the payment may have been created but no answer came back; look it up
   *     with {@link #findPaymentsByReference(String)} using {@link OutcomeUnknownException#reference()}, or, for
   *     an agreement payment, resend it with {@link OutcomeUnknownException#idempotencyKey()}
   * @throws ConflictException 409 {@code P0191}: the idempotency key was already used with a different body
   * @throws CouncilPlatformException for any other failure
   */
  Payment createPayment(CreatePaymentRequest request);

  /**
   * Takes a recurring payment against an active agreement ({@code POST /v1/payments} in
   * {@link AuthorisationMode#AGREEMENT} mode), and tells you the {@code Idempotency-Key} it went with.
   *
   * <p>The key is yours ({@link CreatePaymentRequest.Builder#idempotencyKey(String)}), used unchanged on every
   * attempt, or one the SDK generates for this call. GOV.UK Pay de-duplicates on it for 24 hours, so the SDK
   * retries this call like a read. Store the key with your instalment before calling, or take it from the
   * result or the exception, so that a resend can never take the money twice:
   *
   * <pre>{@code
   * try {
   *   AgreementPaymentResult r = pay.createAgreementPayment(request);
   *   save(r.payment().paymentId(), r.idempotencyKey());
   * } catch (OutcomeUnknownException e) {
   *   // Later: the same request with the same key returns the original payment if there is one.
   *   pay.createAgreementPayment(request.withIdempotencyKey(e.idempotencyKey().orElseThrow()));
   * }
   * }</pre>
   *
   * @param request an agreement payment ({@code agreementPayment(agreementId)}); checked before sending
   * @return the payment, the key used, and whether GOV.UK Pay replayed an earlier payment made with that key
   * @throws RequestValidationException if the request breaks a GOV.UK Pay rule or is not an agreement payment;
   *     nothing was sent
   * @throws OutcomeUnknownException if an attempt may have created the payment and no answer came back; its
   *     {@link OutcomeUnknownException#idempotencyKey()} is the key to resend with
   * @throws ConflictException 409 {@code P0191} on the first attempt: the key was already used with a different
   *     body
   * @throws CouncilPlatformException for any other failure
   */
  AgreementPaymentResult createAgreementPayment(CreatePaymentRequest request);

  /**
   * Gets a payment ({@code GET /v1/payments/{paymentId}}); strongly consistent, so use it to decide a
   * payment's outcome. Each call returns a fresh single-use {@code next_url} for an unfinished web payment.
   *
   * @param paymentId the payment id
   * @return the payment
   * @throws io.github.councilplatform.core.NotFoundException 404 {@code P0200}: no such payment
   * @throws CouncilPlatformException for any other failure
   */
  Payment getPayment(String paymentId);

  /**
   * Gets a payment's state changes ({@code GET /v1/payments/{paymentId}/events}).
   *
   * @param paymentId the payment id
   * @return the events
   * @throws io.github.councilplatform.core.NotFoundException 404 {@code P0300}: no such payment
   * @throws CouncilPlatformException for any other failure
   */
  PaymentEvents getPaymentEvents(String paymentId);

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
  void cancelPayment(String paymentId);

  /**
   * Captures a delayed-capture payment that is {@link PaymentStatus#CAPTURABLE}
   * ({@code POST /v1/payments/{paymentId}/capture}). Capture within 5 days or the payment expires.
   *
   * @param paymentId the payment id
   * @throws io.github.councilplatform.core.ConflictException 409 {@code P1003}: the payment is not capturable
   * @throws OutcomeUnknownException if no answer came back; fetch the payment to see whether it was captured
   * @throws CouncilPlatformException for any other failure
   */
  void capturePayment(String paymentId);

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
  Refund refundPayment(String paymentId, long amount, long refundAmountAvailable);

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
  Refund refundPayment(String paymentId, long amount);

  /**
   * Gets a refund ({@code GET /v1/payments/{paymentId}/refunds/{refundId}}).
   *
   * @param paymentId the payment id
   * @param refundId the refund id
   * @return the refund
   * @throws io.github.councilplatform.core.NotFoundException 404 {@code P0700}
   * @throws CouncilPlatformException for any other failure
   */
  Refund getRefund(String paymentId, String refundId);

  /**
   * Lists a payment's refunds ({@code GET /v1/payments/{paymentId}/refunds}); one response, not paged, and eventually
   * consistent.
   *
   * @param paymentId the payment id
   * @return the refunds
   * @throws io.github.councilplatform.core.NotFoundException 404 {@code P0800}
   * @throws CouncilPlatformException for any other failure
   */
  List<Refund> listRefunds(String paymentId);

  /**
   * Searches payments ({@code GET /v1/payments}), newest first, fetching pages as the iteration needs them.
   * Eventually consistent: never use it to decide a payment's outcome.
   *
   * @param search the filters
   * @return the lazy listing; each iteration starts again from the first page
   */
  PagedIterable<Payment> searchPayments(PaymentSearch search);

  /**
   * Finds the payments with a reference: the way to reconcile a create that threw
   * {@link OutcomeUnknownException}. If one is there, the create worked; if none is, it is safe to create the
   * payment again. Search is eventually consistent, so wait a minute after the failure before relying on an
   * empty answer.
   *
   * <p>Returns a {@link PagedIterable}, as {@code NotifyApi.findNotificationsByReference} does, rather than a
   * {@code List}: GOV.UK Pay does not require references to be unique, so there may be many pages, and the
   * usual question ("is there one?") needs only the first; each iteration asks GOV.UK Pay again, so checking
   * again later sees payments the search had not yet indexed. {@code stream().toList()} gives a list.
   *
   * @param reference the exact reference
   * @return the lazy listing of every payment with that reference, newest first
   * @throws RequestValidationException if the reference is blank or longer than 255 characters
   */
  default PagedIterable<Payment> findPaymentsByReference(String reference) {
    return searchPayments(PaymentSearch.byReference(reference));
  }

  /**
   * Searches refunds ({@code GET /v1/refunds}); eventually consistent.
   *
   * @param search the filters
   * @return the lazy listing
   */
  PagedIterable<Refund> searchRefunds(RefundSearch search);

  /**
   * Searches disputes ({@code GET /v1/disputes}); services using Stripe only.
   *
   * @param search the filters
   * @return the lazy listing
   */
  PagedIterable<Dispute> searchDisputes(DisputeSearch search);

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
  Agreement createAgreement(CreateAgreementRequest request);

  /**
   * Gets an agreement ({@code GET /v1/agreements/{agreementId}}).
   *
   * @param agreementId the agreement id
   * @return the agreement
   * @throws io.github.councilplatform.core.NotFoundException 404 {@code P2200}
   * @throws CouncilPlatformException for any other failure
   */
  Agreement getAgreement(String agreementId);

  /**
   * Searches agreements ({@code GET /v1/agreements}); eventually consistent.
   *
   * @param search the filters
   * @return the lazy listing
   */
  PagedIterable<Agreement> searchAgreements(AgreementSearch search);

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
  void cancelAgreement(String agreementId);

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
  MotoAuthorisationResult authoriseMotoPayment(MotoCardDetails card);

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
  ReconciliationReport reconcilePayments(Collection<String> paymentIds);

  /**
   * What the client knows of GOV.UK Pay's health without making a call: its circuit breaker's state and how its
   * last call ended, for a health probe that must not call the platform each time. A fake that does not
   * override this reports no calls and no breaker.
   *
   * @return the health view
   */
  default ClientHealth health() {
    return new ClientHealth("pay", CircuitState.DISABLED, null, 0, null);
  }

  /**
   * Releases the connection pool and threads the client created (never an {@code OkHttpClient} you passed to
   * its builder). Idempotent; do not use the client afterwards.
   */
  @Override
  void close();
}
