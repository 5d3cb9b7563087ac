package io.github.councilplatform.core.internal;

import java.io.IOException;
import okhttp3.Call;
import okhttp3.EventListener;

/**
 * Records whether an attempt got as far as writing its request. A failure before that point (DNS, connect,
 * TLS handshake) proves the server never saw the request, which is what makes resending a non-idempotent
 * POST safe, and what tells the transport that an attempt of a create may have been acted on.
 */
final class AttemptProbe {
  volatile boolean requestStarted;

  /**
   * The SDK's listener factory, composed with the caller's own (from a shared {@code OkHttpClient}), so that
   * metrics and tracing listeners keep seeing every call.
   *
   * @param callers the caller's factory, or {@code null} for none
   */
  static EventListener.Factory factory(EventListener.Factory callers) {
    return call -> {
      EventListener theirs = callers == null ? EventListener.NONE : callers.create(call);
      AttemptProbe probe = call.request().tag(AttemptProbe.class);
      if (probe == null) {
        return theirs;
      }
      EventListener ours = new EventListener() {
        @Override
        public void requestHeadersStart(Call c) {
          probe.requestStarted = true;
        }

        @Override
        public void requestFailed(Call c, IOException ioe) {
          probe.requestStarted = true;
        }
      };
      return theirs == EventListener.NONE ? ours : theirs.plus(ours);
    };
  }
}
