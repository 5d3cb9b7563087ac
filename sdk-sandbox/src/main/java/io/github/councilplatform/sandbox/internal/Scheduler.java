package io.github.councilplatform.sandbox.internal;

import io.github.councilplatform.sandbox.SandboxClock;
import java.time.Instant;
import java.util.PriorityQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work when the sandbox clock reaches its time. Work due "now" runs within a few milliseconds; advancing
 * the clock makes later work due at once. One daemon thread; tasks run one at a time in due order.
 */
public final class Scheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

  private final SandboxClock clock;
  private final PriorityQueue<Task> queue = new PriorityQueue<>();
  private final Thread thread;
  private long sequence;
  private long generation;
  private volatile boolean running = true;

  public Scheduler(SandboxClock clock) {
    this.clock = clock;
    this.thread = new Thread(this::loop, "sandbox-scheduler");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  /** Runs {@code work} once the sandbox clock reaches {@code due}. */
  public synchronized void schedule(Instant due, Runnable work) {
    Task task = new Task(due, sequence++, generation, work);
    queue.add(task);
    // Wake the worker only when this task is now the first due; otherwise its timed wait already covers it,
    // and waking it on every send costs a context switch per request.
    if (queue.peek() == task) {
      notifyAll();
    }
  }

  /** Drops all pending work (used by reset). */
  public synchronized void clear() {
    queue.clear();
    generation++;
  }

  /** Wakes the scheduler so it re-reads the clock (after the clock was advanced). */
  public synchronized void wake() {
    notifyAll();
  }

  /** How many tasks are waiting. */
  public synchronized int pending() {
    return queue.size();
  }

  private void loop() {
    while (running) {
      Task task;
      synchronized (this) {
        task = queue.peek();
        if (task == null || task.due.isAfter(clock.instant())) {
          try {
            // Poll: the clock can jump forward without telling us.
            wait(20);
          } catch (InterruptedException e) {
            return;
          }
          continue;
        }
        queue.poll();
        if (task.generation != generation) {
          continue;
        }
      }
      try {
        task.work.run();
      } catch (RuntimeException e) {
        LOG.warn("Sandbox scheduled task failed", e);
      }
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }

  private record Task(Instant due, long seq, long generation, Runnable work) implements Comparable<Task> {
    @Override
    public int compareTo(Task o) {
      int c = due.compareTo(o.due);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }
}
