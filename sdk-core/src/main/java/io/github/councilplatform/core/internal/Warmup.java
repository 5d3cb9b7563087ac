package io.github.councilplatform.core.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fresh JVM's one-time initialisation for a client's first call (the Jackson mapper and the body
 * (de)serialisers, the JCA HMAC), run on a short-lived daemon thread started by {@code build()} while the
 * caller's thread goes on to set up OkHttp. The two sets of classes are disjoint, so on a machine with a
 * second core the first call finds much of its class loading already done; it never waits for the task
 * except where it needs a class the task is initialising, which the JVM's class initialisation locking
 * makes a plain wait (the task takes no lock of the SDK's and needs nothing the caller's thread holds).
 *
 * <p>The task is only a head start: everything it does, the first call would do itself, so a task that
 * fails changes nothing but timing (the first call meets the same failure and reports it). Each task runs
 * once per JVM, named by a key; later clients get a handle that does nothing. The client that started it
 * waits for it on {@code close()}, so no SDK thread outlives a closed client.
 *
 * <p>{@code -Dio.github.councilplatform.warmup=false} turns it off (the first call then does all the work on
 * the caller's thread), for measuring or for hosts where no background thread is wanted.
 */
public final class Warmup implements AutoCloseable {
  /** The system property that turns the background warm-up off when set to {@code false}. */
  public static final String PROPERTY = "io.github.councilplatform.warmup";

  private static final Warmup NONE = new Warmup(null);
  private static final Set<String> STARTED = ConcurrentHashMap.newKeySet();
  private static final long CLOSE_WAIT_MILLIS = TimeUnit.SECONDS.toMillis(5);

  private final Thread thread;

  private Warmup(Thread thread) {
    this.thread = thread;
  }

  /** Whether warm-up is on (it is unless {@value #PROPERTY} is {@code false}). */
  public static boolean enabled() {
    return !"false".equalsIgnoreCase(System.getProperty(PROPERTY));
  }

  /**
   * Starts a task on a daemon thread, the first time this key is seen in the JVM (and warm-up is on).
   *
   * @param key what the task warms, for example {@code notify}; also names the thread
   * @param task the initialisation; any failure is logged at debug and otherwise ignored
   * @return a handle to {@link #close()} with the client
   */
  public static Warmup start(String key, Runnable task) {
    if (!enabled() || !STARTED.add(key)) {
      return NONE;
    }
    Thread t = new Thread(new Guarded(key, task), "council-platform-warmup-" + key);
    t.setDaemon(true);
    t.start();
    return new Warmup(t);
  }

  /**
   * Waits (at most a few seconds, and not past an interrupt) for the task to end. Idempotent.
   */
  @Override
  public void close() {
    if (thread == null || !thread.isAlive()) {
      return;
    }
    try {
      thread.join(CLOSE_WAIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether the task's thread is still running; for tests. */
  boolean running() {
    return thread != null && thread.isAlive();
  }

  /** The task, with its failures caught: a head start must never surface on its own thread. */
  private static final class Guarded implements Runnable {
    private final String key;
    private final Runnable task;

    Guarded(String key, Runnable task) {
      this.key = key;
      this.task = task;
    }

    @Override
    public void run() {
      try {
        task.run();
      } catch (Throwable e) {
        // Not lost: the first call runs the same code on the caller's thread and reports the failure there.
        // A LinkageError (a missing or mismatched jar) would reach that call only as a bare "could not
        // initialise class", so it is logged where its cause is still known.
        Logger log = LoggerFactory.getLogger("io.github.councilplatform.http");
        if (e instanceof LinkageError) {
          log.warn("The {} warm-up failed; the first call will fail the same way", key, e);
        } else {
          log.debug("The {} warm-up failed; the first call will do the same work itself", key, e);
        }
      }
    }
  }
}
