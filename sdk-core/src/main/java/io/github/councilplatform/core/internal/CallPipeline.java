package io.github.councilplatform.core.internal;

import io.github.councilplatform.core.ApiError;
import io.github.councilplatform.core.ApiException;
import io.github.councilplatform.core.CallEnd;
import io.github.councilplatform.core.CallOutcome;
import io.github.councilplatform.core.CallRetry;
import io.github.councilplatform.core.CallStart;
import io.github.councilplatform.core.CircuitOpenException;
import io.github.councilplatform.core.CouncilPlatformException;
import io.github.councilplatform.core.OutcomeUnknownException;
import io.github.councilplatform.core.TransportException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call from start to end: the closed check, the gate on its first attempt, the attempts loop (each
 * attempt's result told to the {@link CallLedger}, each wait asked of the {@link RetryPolicy}), the error
 * decoding, the logging and the listener events. Knows nothing of the HTTP client: attempts go through an
 * {@link HttpEngine}.
 */
final class CallPipeline {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.councilplatform.http");
  private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

  private final TransportSettings settings;
  private final HttpEngine engine;
  private final CircuitGate gate;
  private final RetryPolicy retry;
  private final ErrorDecoder errors;
  private final CallFailures failures;
  private final ClientScope scope;

  CallPipeline(TransportSettings settings, HttpEngine engine, CircuitGate gate) {
    this.settings = settings;
    this.engine = engine;
    this.gate = gate;
    this.retry = new RetryPolicy(settings.retry());
    this.errors = new ErrorDecoder(settings.rules());
    this.failures = new CallFailures(settings);
    this.scope = settings.scope();
  }

  ApiResponse execute(ApiRequest request) {
    if (scope.closed()) {
      throw failures.closed(request);
    }
    HttpUrl url = RequestUrls.resolve(settings, request);
    String requestId = RequestIds.next();
    CallLedger ledger = CallLedger.of(request);
    // With no listener (the usual case) no event is built and no extra time is read.
    CallStart start = scope.observed()
        ? new CallStart(settings.platform(), request.operation(), request.method(), requestId) : null;
    long startNanos = 0;
    if (start != null) {
      startNanos = System.nanoTime();
      scope.started(start);
    }
    ApiResponse response;
    try {
      response = run(request, url, requestId, ledger, start);
    } catch (RuntimeException e) {
      ended(start, startNanos, CallOutcome.of(e), statusOf(e), ledger.attempts());
      throw e;
    }
    ended(start, startNanos, CallOutcome.SUCCESS, response.status(), response.attempts());
    return response;
  }

  private void ended(CallStart start, long startNanos, CallOutcome outcome, int status, int attempts) {
    scope.recordEnd(outcome, status, settings.clock().millis());
    if (start != null) {
      scope.ended(new CallEnd(start.platform(), start.operation(), start.method(), start.requestId(), outcome,
          status, attempts, Duration.ofNanos(System.nanoTime() - startNanos)));
    }
  }

  private static int statusOf(Throwable e) {
    if (e instanceof OutcomeUnknownException) {
      e = e.getCause();
    }
    return e instanceof ApiException api ? api.statusCode() : 0;
  }

  private ApiResponse run(ApiRequest request, HttpUrl url, String requestId, CallLedger ledger, CallStart start) {
    CouncilPlatformException refused = gate.admit();
    if (refused != null) {
      if (start != null && refused instanceof CircuitOpenException) {
        scope.circuitOpen(start);
      }
      throw refused;
    }
    Instant started = settings.clock().instant();
    int attempt = 0;
    while (true) {
      attempt++;
      AttemptFailure failure;
      try {
        return attemptOnce(request, url, requestId, attempt, ledger);
      } catch (AttemptFailure f) {
        failure = f;
      } catch (RuntimeException e) {
        // Anything unexpected on a later attempt (an authenticator failing, say) must not hide that an earlier
        // attempt may have been acted on.
        if (ledger.mayHaveActed()) {
          throw failures.outcomeUnknown(request, url, requestId, ledger.attempts(), e,
              "an error before it could be sent (" + e.getClass().getSimpleName() + ")");
        }
        throw e;
      }
      if (failure.next != CallLedger.Next.RETRY) {
        throw end(request, url, requestId, ledger, failure);
      }
      Duration wait = retry.waitAfter(attempt, failure.retryAfter, started, settings.clock().instant());
      if (wait == null) {
        throw end(request, url, requestId, ledger, failure);
      }
      if (LOG.isDebugEnabled()) {
        LOG.debug("Retry attempt [platform={}, method={}, path={}, attemptNumber={}, delay={}ms, requestId={}]",
            settings.platform(), request.method(), url.encodedPath(), attempt + 1, wait.toMillis(), requestId);
      }
      if (start != null) {
        scope.retrying(new CallRetry(start.platform(), start.operation(), requestId, attempt,
            CallOutcome.of(failure.exception), statusOf(failure.exception), wait));
      }
      try {
        settings.sleeper().sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw end(request, url, requestId, ledger, failure);
      }
    }
  }

  /** What a call that stops with a failure throws: the failure itself, or outcome unknown. */
  private CouncilPlatformException end(ApiRequest request, HttpUrl url, String requestId, CallLedger ledger,
      AttemptFailure last) {
    if (ledger.verdictForEnd() == CallLedger.Next.OUTCOME_UNKNOWN) {
      return failures.outcomeUnknown(request, url, requestId, ledger.attempts(), last.exception, last.what);
    }
    return last.exception;
  }

  private ApiResponse attemptOnce(ApiRequest request, HttpUrl url, String requestId, int attempt,
      CallLedger ledger) throws AttemptFailure {
    long startNanos = System.nanoTime();
    long breakerStart = gate.attemptStarted();
    HttpEngine.Exchange exchange;
    try {
      exchange = engine.send(request, url, requestId);
    } catch (HttpEngine.SendFailure f) {
      throw ioFailure(request, url, requestId, attempt, ledger, f, startNanos, breakerStart);
    }
    int status = exchange.status();
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} {} {} -> {} in {} ms [attempt={}, requestId={}]", settings.platform(), request.method(),
          url.encodedPath(), status, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos), attempt,
          requestId);
    }
    if (status >= 200 && status < 300) {
      gate.succeeded(breakerStart);
      return new ApiResponse(status, exchange.headers(), exchange.body(), attempt, requestId);
    }
    throw errorStatus(request, url, requestId, attempt, exchange, breakerStart, ledger);
  }

  private AttemptFailure ioFailure(ApiRequest request, HttpUrl url, String requestId, int attempt,
      CallLedger ledger, HttpEngine.SendFailure f, long startNanos, long breakerStart) {
    boolean written = f.written();
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} {} {} -> {} after {} ms [attempt={}, requestId={}, requestWritten={}]", settings.platform(),
          request.method(), url.encodedPath(), f.io().getClass().getSimpleName(),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos), attempt, requestId, written);
    }
    CallLedger.Next next = ledger.afterIoFailure(written);
    String cause = f.io().getClass().getSimpleName() + ": " + f.io().getMessage();
    TransportException te = failures.transport(request, url, requestId, attempt, ledger, f.io(), cause);
    gate.failed(breakerStart, te);
    return new AttemptFailure(te, next, null, (written ? "no response arrived (" : "it could not be sent (")
        + cause + ")");
  }

  private AttemptFailure errorStatus(ApiRequest request, HttpUrl url, String requestId, int attempt,
      HttpEngine.Exchange exchange, long breakerStart, CallLedger ledger) {
    int status = exchange.status();
    byte[] body = exchange.body();
    Duration retryAfter = RetryAfter.parse(exchange.headers().get("Retry-After"), settings.clock());
    List<ApiError> listed = ErrorDecoder.parseErrors(body);
    boolean notProcessed = settings.rules().rejectedBeforeProcessing(status, listed);
    boolean resetsLater = status == 429 && settings.rules().resetsLater(status, listed);
    boolean statusRetryable = RETRYABLE_STATUSES.contains(status) && !resetsLater;
    CallLedger.Next next = ledger.afterErrorStatus(status, statusRetryable, notProcessed);
    ApiException ex = errors.decode(new CallDescription(request.method(), url.encodedPath(), settings.baseUrl()),
        status, body, retryAfter, requestId, attempt, statusRetryable,
        !ledger.changesState() || !ledger.mayHaveActed());
    if (status >= 500 || status == 429) {
      gate.failed(breakerStart, ex);
    } else {
      gate.succeeded(breakerStart);
    }
    return new AttemptFailure(ex, next, retryAfter, "the platform answered HTTP " + status
        + ex.errorCode().map(c -> " " + c).orElse(""));
  }

  /** A failed attempt and what the call's ledger says to do next. */
  private static final class AttemptFailure extends Exception {
    private static final long serialVersionUID = 1L;
    final transient CouncilPlatformException exception;
    final transient CallLedger.Next next;
    final transient Duration retryAfter;
    final String what;

    AttemptFailure(CouncilPlatformException exception, CallLedger.Next next, Duration retryAfter, String what) {
      super(null, null, false, false);
      this.exception = exception;
      this.next = next;
      this.retryAfter = retryAfter;
      this.what = what;
    }
  }
}
