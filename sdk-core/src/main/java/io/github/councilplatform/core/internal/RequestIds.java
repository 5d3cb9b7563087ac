package io.github.councilplatform.core.internal;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request ids for {@code X-Request-ID}. They correlate logs, so they need to be unique, not unguessable:
 * {@link UUID#randomUUID()} would draw on the shared {@code SecureRandom}, which threads contend for on every
 * call.
 */
final class RequestIds {
  private RequestIds() {}

  /** A random version-4 UUID string from the thread's own generator. */
  static String next() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    long msb = (r.nextLong() & ~0xF000L) | 0x4000L;
    long lsb = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb).toString();
  }
}
