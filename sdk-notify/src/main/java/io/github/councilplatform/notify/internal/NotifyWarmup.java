package io.github.councilplatform.notify.internal;

import io.github.councilplatform.core.internal.JsonStreams;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What a fresh JVM's first Notify send needs initialised besides OkHttp, run by
 * {@link io.github.councilplatform.core.internal.Warmup} while {@code build()} sets up OkHttp: minting one
 * throw-away token (nimbus' HMAC and its JCA lookup, Jackson's streaming generator), writing a request body
 * and reading the commonest answer, a sent text message (an email's and a letter's share its reader). None of
 * it builds the databind mapper: the sends do not use it (issue 18). The throw-away token is minted for a
 * fixed second, not from the client's clock, so a test's clock sees no extra reading.
 */
public final class NotifyWarmup implements Runnable {
  private static final byte[] SMS_ANSWER = ("{\"id\":\"00000000-0000-0000-0000-000000000000\",\"reference\":null,"
      + "\"content\":{\"body\":\"\",\"from_number\":\"\"},\"uri\":\"http://localhost/\",\"template\":"
      + "{\"id\":\"00000000-0000-0000-0000-000000000000\",\"version\":1,\"uri\":\"http://localhost/\"},"
      + "\"scheduled_for\":null,\"unknown\":[{}]}").getBytes(StandardCharsets.US_ASCII);

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
    JsonStreams.write(Map.of("template_id", "", "personalisation", Map.of("name", "")));
    JsonStreams.read(SMS_ANSWER, SendResponseReaders::sms);
  }
}
