package io.github.councilplatform.identity;

import io.github.councilplatform.core.CouncilPlatformException;

/**
 * A logout token could not be checked for replay because the {@link ReplayStore} is full of ids that are
 * all still live. The token is refused rather than accepted unrecorded, and no live id is forgotten to make
 * room (either would let a token be replayed). Answer the back-channel request with HTTP 503; it is
 * retryable, because ids are forgotten as their tokens expire. If it happens in normal traffic, use a shared
 * store sized for it or a larger {@link ReplayStore#inMemory(int)}.
 */
public class ReplayStoreFullException extends CouncilPlatformException {
  private static final long serialVersionUID = 1L;

  private final int capacity;

  /**
   * Creates the exception.
   *
   * @param capacity how many live ids the store holds
   */
  public ReplayStoreFullException(int capacity) {
    super("The logout-token replay store holds " + capacity + " ids whose tokens have not expired yet, so this"
        + " token was refused rather than recorded by forgetting one early. Answer HTTP 503 (One Login may send it"
        + " again); if this happens in normal traffic, use a larger ReplayStore.inMemory(maxEntries) or a shared"
        + " store.", null, null, 0, true);
    this.capacity = capacity;
  }

  /** How many live ids the full store holds. */
  public int capacity() {
    return capacity;
  }
}
