package io.github.councilplatform.notify.internal;

import io.github.councilplatform.core.internal.Json;
import io.github.councilplatform.notify.SmsResponse;
import java.nio.charset.StandardCharsets;

/**
 * What a fresh JVM's first Notify send needs initialised besides OkHttp, run by
 * {@link io.github.councilplatform.core.internal.Warmup} while {@code build()} sets up OkHttp: minting one
 * throw-away token (nimbus' HMAC and its JCA lookup, the Jackson mapper and its map serialiser, which also
 * writes request bodies) and building the deserialiser of the commonest answer, a sent text message (an
 * email's shares most of it, and one the caller may never need is not worth a core's time). The throw-away token
 * is minted for a fixed second, not from the client's clock, so a test's clock sees no extra reading.
 */
public final class NotifyWarmup implements Runnable {
  private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.US_ASCII);

  private final NotifyJwtAuthenticator authenticator;

  /**
   * A warm-up for this client's authenticator.
   *
   * @param authenticator the client's authenticator (its signer is the one the first send uses)
   */
  public NotifyWarmup(NotifyJwtAuthenticator authenticator) {
    this.authenticator = authenticator;
  }

  @Override
  public void run() {
    authenticator.mint(0);
    Json.read(EMPTY_OBJECT, SmsResponse.class);
  }
}
