package io.github.councilplatform.sandbox.internal;

import io.github.councilplatform.sandbox.SandboxClock;
import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work when the sandbox clock reaches its time. Work due "now" runs within a few milliseconds; advancing
 * the clock makes later work due at once, and {@link #runDue} lets the advancer wait for it. One daemon thread;
 * tasks run one at a time in due order.
 */
public final class Scheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

  /** How long an advance of the clock waits for the work it made due (a slow callback endpoint can hold it). */
  public static final Duration ADVANCE_WAIT = Duration.ofSeconds(10);

  private final SandboxClock clock;
  private final PriorityQueue<Task> queue = new PriorityQueue<>();
  private final Thread thread;
  private long sequence;
  private long generation;
  private boolean busy;
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

  /**
   * Wakes the scheduler after the clock moved and waits, at most {@code limit}, until every task due by now has
   * run (including work those tasks scheduled for now). Whoever moved the clock then sees the platforms as they
   * stand at the new time: a read right after an advance never races the worker thread. Bounded, because a task
   * can be a callback to a slow endpoint; the work still runs after the limit.
   *
   * @param limit the longest to wait
   */
  public synchronized void runDue(Duration limit) {
    Instant upTo = clock.instant();
    long giveUp = System.nanoTime() + limit.toNanos();
    notifyAll();
    while (running && (busy || (queue.peek() != null && !queue.peek().due.isAfter(upTo)))) {
      long left = giveUp - System.nanoTime();
      if (left <= 0 || Thread.currentThread() == thread) {
        return;
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
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
        busy = true;
      }
      try {
        task.work.run();
      } catch (RuntimeException e) {
        LOG.warn("Sandbox scheduled task failed", e);
      } finally {
        synchronized (this) {
          busy = false;
          notifyAll();
        }
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
