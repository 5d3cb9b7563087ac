package io.github.councilplatform.core.internal;

import java.io.IOException;
import okhttp3.Call;
import okhttp3.EventListener;

/**
 * Records whether an attempt got as far as writing its request. A failure before that point (DNS, connect,
 * TLS handshake) proves the server never saw the request, which is what makes resending a non-idempotent
 * POST safe.
 */
final class AttemptProbe {
  volatile boolean requestStarted;

  static final EventListener.Factory FACTORY = call -> {
    AttemptProbe probe = call.request().tag(AttemptProbe.class);
    if (probe == null) {
      return EventListener.NONE;
    }
    return new EventListener() {
      @Override
      public void requestHeadersStart(Call c) {
        probe.requestStarted = true;
      }

      @Override
      public void requestFailed(Call c, IOException ioe) {
        probe.requestStarted = true;
      }
    };
  };
}
