package io.github.councilplatform.core;

import java.util.List;
import java.util.Objects;

/**
 * Hears every platform call a client makes, for metrics, tracing or audit, without depending on any metrics
 * library. Set it on a client builder with {@link PlatformClientBuilder#listener(CallListener)}.
 *
 * <p>For each call: {@link #onCallStart} once, then {@link #onRetry} before each repeated attempt, then
 * {@link #onCallEnd} once, on the caller's thread. A call refused by an open circuit breaker also gets
 * {@link #onCircuitOpen} before its end, whose outcome is then {@link CallOutcome#CIRCUIT_OPEN}.
 *
 * <p>Implementations must be thread-safe and quick: they run inside the call. An exception a listener throws
 * is logged and swallowed; it never changes the call's result. Every method does nothing by default.
 */
public interface CallListener {

  /**
   * A call is starting.
   *
   * @param start the call
   */
  default void onCallStart(CallStart start) {}

  /**
   * A call has ended, with a result or an exception.
   *
   * @param end the call and how it ended
   */
  default void onCallEnd(CallEnd end) {}

  /**
   * An attempt failed and will be sent again after a wait.
   *
   * @param retry the failed attempt and the wait
   */
  default void onRetry(CallRetry retry) {}

  /**
   * A call was refused by the client's open circuit breaker; nothing of it was sent.
   *
   * @param refused the call
   */
  default void onCircuitOpen(CallStart refused) {}

  /**
   * One listener that calls each of these in order.
   *
   * @param listeners the listeners
   * @return a listener passing every event to each
   */
  static CallListener composite(List<? extends CallListener> listeners) {
    List<CallListener> all = List.copyOf(listeners);
    if (all.size() == 1) {
      return all.get(0);
    }
    return new CallListener() {
      @Override
      public void onCallStart(CallStart start) {
        all.forEach(l -> l.onCallStart(start));
      }

      @Override
      public void onCallEnd(CallEnd end) {
        all.forEach(l -> l.onCallEnd(end));
      }

      @Override
      public void onRetry(CallRetry retry) {
        all.forEach(l -> l.onRetry(retry));
      }

      @Override
      public void onCircuitOpen(CallStart refused) {
        all.forEach(l -> l.onCircuitOpen(refused));
      }

      @Override
      public String toString() {
        return "CallListener.composite" + all;
      }
    };
  }

  /**
   * One listener that calls each of these in order.
   *
   * @param listeners the listeners
   * @return a listener passing every event to each
   */
  static CallListener composite(CallListener... listeners) {
    for (CallListener l : listeners) {
      Objects.requireNonNull(l, "listener");
    }
    return composite(List.of(listeners));
  }
}
