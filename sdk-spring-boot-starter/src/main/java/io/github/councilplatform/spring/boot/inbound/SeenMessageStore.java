package io.github.councilplatform.spring.boot.inbound;

/**
 * Remembers which inbound messages have been received, so a redelivery is flagged as a repeat. The starter's
 * default, {@link InMemorySeenMessageStore}, is bounded and per instance; define a bean of this type to share
 * the memory between instances (a database table, a cache).
 *
 * <p>Implementations must be thread-safe. Keys are opaque strings of at most a few hundred characters that hold
 * no personal data.
 */
public interface SeenMessageStore {

  /**
   * Records a message as seen.
   *
   * @param key the message's key
   * @return {@code true} if it had not been seen (and is now recorded), {@code false} if it had
   */
  boolean markSeen(String key);

  /**
   * Forgets a message, because acting on it failed and the platform will deliver it again.
   *
   * @param key the message's key
   */
  void forget(String key);
}
