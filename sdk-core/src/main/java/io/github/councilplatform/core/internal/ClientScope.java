package io.github.councilplatform.core.internal;

import io.github.councilplatform.core.CallEnd;
import io.github.councilplatform.core.CallListener;
import io.github.councilplatform.core.CallOutcome;
import io.github.councilplatform.core.CallRetry;
import io.github.councilplatform.core.CallStart;
import io.github.councilplatform.core.CircuitState;
import io.github.councilplatform.core.ClientHealth;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every transport of one client shares (a client can have several: one per host, one per credential):
 * its listeners, the record of its last call for {@link ClientHealth}, its breakers' states and whether the
 * client has been closed. Made once per {@code build()} and carried by {@link TransportSettings}, so that the
 * copies a client derives keep sharing it. Thread-safe.
 */
public final class ClientScope {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.councilplatform.http");

  private final List<CallListener> listeners;
  private final List<Supplier<CircuitState>> breakers = new CopyOnWriteArrayList<>();
  private volatile LastCall last;
  private volatile boolean closed;

  private ClientScope(List<CallListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  /** A scope with these listeners (none is the usual case and costs nothing per call). */
  public static ClientScope of(List<CallListener> listeners) {
    return new ClientScope(listeners);
  }

  /** A scope with no listener. */
  public static ClientScope unobserved() {
    return new ClientScope(List.of());
  }

  /** Whether any listener is set: when none is, the transport builds no event at all. */
  public boolean observed() {
    return !listeners.isEmpty();
  }

  /** The listeners, in the order they were set. */
  public List<CallListener> listeners() {
    return listeners;
  }

  void register(Supplier<CircuitState> breaker) {
    breakers.add(breaker);
  }

  /** Marks the client closed: every later call of any of its transports is refused. */
  public void close() {
    closed = true;
  }

  boolean closed() {
    return closed;
  }

  void recordEnd(CallOutcome outcome, int status, long atMillis) {
    // Milliseconds, not an Instant: one small object per call is all health costs a call with no listener.
    last = new LastCall(outcome, status, atMillis);
  }

  /** The client's health as last seen, without making a call. */
  public ClientHealth health(String platform) {
    CircuitState worst = CircuitState.DISABLED;
    for (Supplier<CircuitState> b : breakers) {
      worst = worse(worst, b.get());
    }
    LastCall l = last;
    return l == null ? new ClientHealth(platform, worst, null, 0, null)
        : new ClientHealth(platform, worst, l.outcome, l.status, Instant.ofEpochMilli(l.atMillis));
  }

  private static CircuitState worse(CircuitState a, CircuitState b) {
    return rank(b) > rank(a) ? b : a;
  }

  private static int rank(CircuitState s) {
    return switch (s) {
      case DISABLED -> 0;
      case CLOSED -> 1;
      case HALF_OPEN -> 2;
      case OPEN -> 3;
    };
  }

  void started(CallStart e) {
    for (CallListener l : listeners) {
      try {
        l.onCallStart(e);
      } catch (RuntimeException ex) {
        swallowed(l, ex);
      }
    }
  }

  void ended(CallEnd e) {
    for (CallListener l : listeners) {
      try {
        l.onCallEnd(e);
      } catch (RuntimeException ex) {
        swallowed(l, ex);
      }
    }
  }

  void retrying(CallRetry e) {
    for (CallListener l : listeners) {
      try {
        l.onRetry(e);
      } catch (RuntimeException ex) {
        swallowed(l, ex);
      }
    }
  }

  void circuitOpen(CallStart e) {
    for (CallListener l : listeners) {
      try {
        l.onCircuitOpen(e);
      } catch (RuntimeException ex) {
        swallowed(l, ex);
      }
    }
  }

  private static void swallowed(CallListener l, RuntimeException ex) {
    // A broken metrics hook must never turn a sent payment into a failure the caller would repeat.
    LOG.warn("CallListener {} threw {}; ignored", l.getClass().getName(), ex.toString());
  }

  private record LastCall(CallOutcome outcome, int status, long atMillis) {}

  @Override
  public String toString() {
    return "ClientScope{listeners=" + listeners.size() + ", closed=" + closed + '}';
  }
}
