package io.github.councilplatform.notify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Entry point for receiving Notify's callbacks (delivery receipts, received text messages, returned letters
 * and complaints).
 *
 * <pre>{@code
 * NotifyCallbackVerifier callbacks = NotifyCallbacks.verifier(System.getenv("NOTIFY_CALLBACK_TOKEN"));
 * NotifyCallback callback = callbacks.verify(request::getHeader, bodyBytes);
 * }</pre>
 */
public final class NotifyCallbacks {
  /** Notify refuses callback bearer tokens shorter than this. */
  public static final int MIN_TOKEN_LENGTH = 10;

  private NotifyCallbacks() {}

  /**
   * A verifier accepting any of the given bearer tokens. Give two while rotating: the old and the new.
   *
   * @param bearerTokens the tokens set in Notify's callback settings, each at least 10 characters; surrounding
   *     whitespace is ignored
   * @return the verifier
   * @throws IllegalArgumentException if there are no tokens or one is shorter than 10 characters
   * @throws NullPointerException if {@code bearerTokens} is {@code null}
   */
  public static NotifyCallbackVerifier verifier(Collection<String> bearerTokens) {
    Objects.requireNonNull(bearerTokens, "bearerTokens");
    if (bearerTokens.isEmpty()) {
      throw new IllegalArgumentException("Give at least one callback bearer token");
    }
    List<String> tokens = new ArrayList<>(bearerTokens.size());
    for (String token : bearerTokens) {
      // Tokens usually come from environment variables or secret files, which often end in a newline.
      String t = token == null ? "" : token.strip();
      if (t.length() < MIN_TOKEN_LENGTH) {
        throw new IllegalArgumentException("Each callback bearer token must be at least " + MIN_TOKEN_LENGTH
            + " characters, as Notify requires");
      }
      tokens.add(t);
    }
    return new NotifyCallbackVerifier(List.copyOf(tokens));
  }

  /**
   * A verifier accepting any of the given bearer tokens (usually one; two while rotating).
   *
   * @param bearerTokens the tokens set in Notify's callback settings, each at least 10 characters
   * @return the verifier
   * @throws IllegalArgumentException if there are no tokens or one is shorter than 10 characters
   * @throws NullPointerException if {@code bearerTokens} is {@code null}
   */
  public static NotifyCallbackVerifier verifier(String... bearerTokens) {
    return verifier(Arrays.asList(Objects.requireNonNull(bearerTokens, "bearerTokens")));
  }
}
