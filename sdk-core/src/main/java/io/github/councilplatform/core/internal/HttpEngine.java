package io.github.councilplatform.core.internal;

import java.io.IOException;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Sends one attempt and reads its whole answer: the only part of the transport that knows the HTTP client.
 * An async variant or another client library is another implementation of this; the call pipeline above it
 * (gating, retries, outcome, events) stays as it is.
 */
interface HttpEngine {

  /**
   * Sends one attempt.
   *
   * @param request the call
   * @param url the resolved URL, query included
   * @param requestId the call's {@code X-Request-ID}
   * @return the answer, whatever its status
   * @throws SendFailure when no whole answer arrived
   */
  Exchange send(ApiRequest request, HttpUrl url, String requestId) throws SendFailure;

  /** Releases what this engine created (never a caller's shared client). Idempotent. */
  void close();

  /**
   * An answer, fully read.
   *
   * @param status the HTTP status
   * @param headers the response headers
   * @param body the body bytes, empty for none
   */
  record Exchange(int status, Headers headers, byte[] body) {}

  /** An attempt with no whole answer, and whether the request had started to go on the wire. */
  final class SendFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean written;

    SendFailure(IOException cause, boolean written) {
      super(cause.getMessage(), cause, false, false);
      this.written = written;
    }

    /** The I/O failure. */
    IOException io() {
      return (IOException) getCause();
    }

    /**
     * Whether the request had started to be written: a failure before that (DNS, connect, TLS) proves the
     * platform never saw it.
     */
    boolean written() {
      return written;
    }
  }
}
