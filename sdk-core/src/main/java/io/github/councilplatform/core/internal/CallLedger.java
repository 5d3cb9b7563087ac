package io.github.councilplatform.core.internal;

/**
 * The outcome decision for one logical call, kept apart from HTTP so that it can be reasoned about (and
 * tested) on its own: after each attempt it says whether to send again, to fail with that attempt's error,
 * or to declare the outcome unknown.
 *
 * <p>What it remembers across attempts is whether <em>any</em> attempt may have been acted on: written to the
 * wire and not provably refused unprocessed. Once that is so, a call that ends in failure ends as outcome
 * unknown whatever the last attempt's failure was, because a later refusal (a 429, a reset, the retry budget
 * running out) says nothing about what the earlier attempt did.
 *
 * <p>Only requests that change something can be "acted on"; a read ({@code GET}, {@code HEAD}, or a request
 * marked {@link ApiRequest.Builder#readOnly()}) never is.
 * Mutable and confined to the thread making the call.
 */
public final class CallLedger {
  /** What the transport should do after an attempt. */
  public enum Next {
    /** Send the request again (if the retry budget allows). */
    RETRY,
    /** End the call with this attempt's own error: no attempt of the call may have been acted on. */
    FAIL,
    /** End the call as outcome unknown: an attempt may have been acted on and no usable answer came back. */
    OUTCOME_UNKNOWN
  }

  private final boolean changesState;
  private final boolean resendable;
  private boolean mayHaveActed;
  private int attempts;

  /**
   * Starts the ledger of a call.
   *
   * @param changesState whether the request can change anything on the platform (any method but GET/HEAD)
   * @param resendable whether the request may be sent again after it may have been acted on (a read, or a
   *     create carrying an idempotency key the platform honours)
   */
  public CallLedger(boolean changesState, boolean resendable) {
    this.changesState = changesState;
    this.resendable = resendable;
  }

  /** Starts the ledger of a request. */
  public static CallLedger of(ApiRequest request) {
    return new CallLedger(request.changesState(), request.safeToRetry());
  }

  /**
   * Records an attempt that failed with an I/O error.
   *
   * @param written whether the request had started to go on the wire (an error before that point, in DNS,
   *     connect or TLS, proves the platform never saw it)
   * @return what to do next
   */
  public Next afterIoFailure(boolean written) {
    attempts++;
    if (written && changesState) {
      mayHaveActed = true;
    }
    if (!written || resendable) {
      return Next.RETRY;
    }
    return verdictForEnd();
  }

  /**
   * Records an attempt answered with an error status.
   *
   * @param status the HTTP status
   * @param retryableStatus whether the status is one worth retrying (408, 429, 5xx …)
   * @param provenUnprocessed whether the platform's answer proves it refused the request before acting on it
   * @return what to do next
   */
  public Next afterErrorStatus(int status, boolean retryableStatus, boolean provenUnprocessed) {
    attempts++;
    // A 4xx is a refusal of this attempt (except 408, which a proxy may send after forwarding); a 5xx may come
    // after the platform acted.
    boolean refused = provenUnprocessed || (status >= 400 && status < 500 && status != 408);
    if (!refused && changesState) {
      mayHaveActed = true;
    }
    if (retryableStatus && (resendable || provenUnprocessed)) {
      return Next.RETRY;
    }
    return verdictForEnd();
  }

  /**
   * What a call that stops now, with a failure, ends as: after the retry budget ran out, the deadline would
   * be passed, the platform asked for a longer wait than allowed, or the caller's thread was interrupted.
   *
   * @return {@link Next#OUTCOME_UNKNOWN} or {@link Next#FAIL}, never {@link Next#RETRY}
   */
  public Next verdictForEnd() {
    return mayHaveActed ? Next.OUTCOME_UNKNOWN : Next.FAIL;
  }

  /** Whether any attempt so far may have been acted on. */
  public boolean mayHaveActed() {
    return mayHaveActed;
  }

  /** Whether the request can change anything on the platform. */
  public boolean changesState() {
    return changesState;
  }

  /** How many attempts have been recorded. */
  public int attempts() {
    return attempts;
  }
}
