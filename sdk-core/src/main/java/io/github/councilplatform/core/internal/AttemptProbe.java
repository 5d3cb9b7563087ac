package io.github.councilplatform.core.internal;

import java.io.IOException;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Records whether an attempt got as far as writing its request. A failure before that point (DNS, connect,
 * TLS handshake) proves the server never saw the request, which is what makes resending a non-idempotent
 * POST safe, and what tells the transport that an attempt of a create may have been acted on.
 */
final class AttemptProbe {
  /**
   * The probe of the call being created on this thread. OkHttp asks the listener factory for a call's
   * listener inside {@code newCall}, on the calling thread, so this hands the probe over without a request
   * tag: OkHttp 5 keys tags by Kotlin class, and the first tag loads about 60 classes of Kotlin's reflection
   * stubs on a fresh JVM's first send (issue 18). Set to {@code null}, not removed, after each call, so a
   * thread's entry is reused rather than allocated per call.
   */
  private static final ThreadLocal<AttemptProbe> CREATING = new ThreadLocal<>();

  volatile boolean requestStarted;

  /**
   * Creates the OkHttp call for a request with this probe attached to its listener.
   *
   * @param http the SDK's client (its listener factory is {@link #factory})
   * @param request the request
   * @return the call, not yet executed
   */
  Call newCall(OkHttpClient http, Request request) {
    CREATING.set(this);
    try {
      return http.newCall(request);
    } finally {
      CREATING.set(null);
    }
  }

  /**
   * The SDK's listener factory, composed with the caller's own (from a shared {@code OkHttpClient}), so that
   * metrics and tracing listeners keep seeing every call.
   *
   * @param callers the caller's factory, or {@code null} for none
   */
  static EventListener.Factory factory(EventListener.Factory callers) {
    return call -> {
      EventListener theirs = callers == null ? EventListener.NONE : callers.create(call);
      AttemptProbe probe = CREATING.get();
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
