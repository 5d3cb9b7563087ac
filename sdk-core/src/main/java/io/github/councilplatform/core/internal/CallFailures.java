package io.github.councilplatform.core.internal;

import io.github.councilplatform.core.OutcomeUnknownException;
import io.github.councilplatform.core.TransportException;
import okhttp3.HttpUrl;

/**
 * The exceptions the call pipeline makes itself, with messages that claim only what is proven: "safe to try
 * again" only when no attempt of a call that changes something may have been acted on.
 */
final class CallFailures {
  private final TransportSettings settings;

  CallFailures(TransportSettings settings) {
    this.settings = settings;
  }

  /** A call made after the client was closed. */
  IllegalStateException closed(ApiRequest request) {
    return new IllegalStateException("This " + settings.rules().displayName() + " client has been closed, so "
        + request.operation() + " was not sent. Build a new client, and close a client only when the"
        + " application is done with it.");
  }

  TransportException transport(ApiRequest request, HttpUrl url, String requestId, int attempt,
      CallLedger ledger, Exception e, String cause) {
    return new TransportException("Could not reach " + settings.rules().displayName() + " (" + cause + ") for "
        + request.method() + " " + url.encodedPath() + " [request " + requestId + ", attempt " + attempt
        + "]. Check the network and the base URL " + settings.baseUrl() + safeToRepeat(ledger), e, requestId,
        attempt);
  }

  /** The end of a transport message: a claim about repeating the call only where it is proven. */
  private static String safeToRepeat(CallLedger ledger) {
    if (!ledger.changesState()) {
      return "; reading again is safe.";
    }
    if (!ledger.mayHaveActed()) {
      return "; no attempt of this call reached the platform or was acted on, so it is safe to try again.";
    }
    return ".";
  }

  OutcomeUnknownException outcomeUnknown(ApiRequest request, HttpUrl url, String requestId, int attempts,
      Throwable cause, String what) {
    String ref = request.reference();
    String key = request.idempotencyKey();
    String lookUp = ref != null ? " by its reference '" + ref + "'" : "";
    String advice = key != null
        ? " Every attempt carried Idempotency-Key '" + key + "': send the same request again with that same key,"
            + " which returns the original result instead of acting twice, or look it up" + lookUp
            + ". Never resend it with a new key before you know."
        : " It was not resent after an attempt that may have been acted on, to avoid acting twice. Look it up"
            + lookUp + " before trying again.";
    return new OutcomeUnknownException(request.method() + " " + url.encodedPath() + " to "
        + settings.rules().displayName() + " may or may not have been acted on: an attempt may have reached it"
        + " without a usable answer, and the last of " + attempts + (attempts == 1 ? " attempt" : " attempts")
        + " ended as " + what + " [request " + requestId + "]." + advice,
        cause, requestId, attempts, request.method(), url.encodedPath(), ref, key);
  }
}
