package io.github.councilplatform.spring.boot.internal.inbound;

import io.github.councilplatform.core.InboundHeaders;

/**
 * One platform's verification, through the SDK's {@link io.github.councilplatform.core.InboundVerifier} idiom:
 * the credential is checked before a byte of the body is parsed, {@code SignatureVerificationException} is a bad
 * credential (401), {@code InvalidInboundMessageException} a genuine but unreadable body (400).
 *
 * @param <T> the verified message type
 */
public interface InboundAdapter<T> {

  /**
   * Verifies and reads a message.
   *
   * @param headers the request's headers (case-insensitive)
   * @param body the raw body, exactly as received
   * @return the message and its de-duplication key
   * @throws InboundRejection with 401 for a missing or wrong credential, 400 for a genuine but unreadable body
   */
  Accepted<T> accept(InboundHeaders headers, byte[] body);

  /**
   * Whether the SDK refuses a second verification of the same message (One Login's {@code jti}). The endpoint
   * then remembers every verified message apart from whether a listener handled it, so a redelivery after a
   * failed listener is still accepted.
   *
   * @return {@code true} if the platform's own check refuses replays
   */
  default boolean sdkRefusesReplays() {
    return false;
  }

  /**
   * A verified message.
   *
   * @param message the message
   * @param key its de-duplication key, holding no personal data
   * @param knownOnlyIfSeen when the platform's own check called it a replay: accepted as a repeat only if the
   *     seen-store already holds the key, refused with 400 otherwise
   * @param <T> the message type
   */
  record Accepted<T>(T message, String key, boolean knownOnlyIfSeen) {}
}
