package io.github.councilplatform.sandbox.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A piece of the sandbox's start-up run on its own short-lived thread, so independent work (a platform's set-up,
 * key generation) overlaps WireMock building its server instead of queueing behind it. Its own daemon thread, not
 * a shared pool: the common pool has one worker on a two-core machine and may be busy with the caller's work.
 *
 * @param <T> what the task produces
 */
public final class StartupTask<T> {
  private final FutureTask<T> task;

  private StartupTask(Callable<T> work, String name) {
    this.task = new FutureTask<>(work);
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Starts work on a new daemon thread.
   *
   * @param name the thread's name
   * @param work the work
   * @param <T> what it produces
   * @return the running task; {@link #join()} it before its result is needed
   */
  public static <T> StartupTask<T> fork(String name, Callable<T> work) {
    return new StartupTask<>(work, name);
  }

  /**
   * Waits for the result, rethrowing what the work threw (unchecked exceptions and errors as they were).
   *
   * @return the result
   */
  public T join() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          // Start-up must finish or fail as a whole: a half-joined sandbox could open its port without a platform.
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException r) {
            throw r;
          }
          if (cause instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
