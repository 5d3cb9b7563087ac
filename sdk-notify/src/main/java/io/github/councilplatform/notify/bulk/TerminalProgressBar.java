package io.github.councilplatform.notify.bulk;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Objects;

/**
 * A progress bar for a terminal: one line redrawn in place, for example
 * {@code sending [##########..........] 5,000/10,000 sent 4,990 failed 10 unknown 0 2,990/min 1m 40s left}.
 * When the output is not a terminal it prints a new line at each tenth instead, so logs stay short.
 */
public final class TerminalProgressBar implements BulkListener {
  private static final int WIDTH = 30;
  private final PrintWriter out;
  private final boolean redraw;
  private int lastTenth = -1;
  private BatchProgress.Phase lastPhase;

  /**
   * A bar on a stream.
   *
   * @param out where to draw
   * @param terminal whether {@code out} is a terminal (redraw in place) or a log (a line per tenth)
   */
  public TerminalProgressBar(PrintStream out, boolean terminal) {
    this(new PrintWriter(Objects.requireNonNull(out, "out"), true), terminal);
  }

  /**
   * A bar on a writer.
   *
   * @param out where to draw
   * @param terminal whether {@code out} is a terminal (redraw in place) or a log (a line per tenth)
   */
  public TerminalProgressBar(PrintWriter out, boolean terminal) {
    this.out = Objects.requireNonNull(out, "out");
    this.redraw = terminal;
  }

  /**
   * A bar on standard error, redrawn in place when the program runs in a terminal.
   *
   * @return the bar
   */
  public static TerminalProgressBar onStandardError() {
    return new TerminalProgressBar(System.err, System.console() != null);
  }

  @Override
  public synchronized void onProgress(BatchProgress p) {
    if (p.phase() != lastPhase) {
      if (redraw && lastPhase != null) {
        out.println();
      }
      lastPhase = p.phase();
      lastTenth = -1;
    }
    long total = Math.max(p.total(), 1);
    long done = p.phase() == BatchProgress.Phase.CHECKING ? p.checked() : p.done() + p.unknown();
    int tenth = (int) Math.min(10, done * 10 / total);
    if (!redraw && tenth == lastTenth && done != p.total()) {
      return;
    }
    lastTenth = tenth;
    String line = render(p, done);
    if (redraw) {
      out.print('\r' + line);
      out.flush();
    } else {
      out.println(line);
    }
  }

  @Override
  public synchronized void onFinished(BatchResult result) {
    if (redraw && lastPhase != null) {
      out.println();
    }
  }

  /**
   * Draws one line of the bar.
   *
   * @param p the snapshot
   * @param done rows done in this phase
   * @return the line
   */
  static String render(BatchProgress p, long done) {
    if (p.phase() == BatchProgress.Phase.CHECKING) {
      return String.format("checking %,d rows", p.checked());
    }
    long total = Math.max(p.total(), 1);
    int filled = (int) Math.min(WIDTH, done * WIDTH / total);
    StringBuilder b = new StringBuilder();
    b.append(p.phase() == BatchProgress.Phase.RECONCILING ? "reconciling " : "sending ");
    b.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ");
    b.append(String.format("%,d/%,d sent %,d failed %,d unknown %,d %,.0f/min", done, p.total(), p.sent(),
        p.failed(), p.unknown(), p.perMinute()));
    if (p.timeLeft() != null) {
      b.append(' ').append(format(p.timeLeft())).append(" left");
    }
    return b.toString();
  }

  private static String format(Duration d) {
    long s = d.toSeconds();
    if (s >= 3600) {
      return (s / 3600) + "h " + (s % 3600 / 60) + "m";
    }
    return s >= 60 ? (s / 60) + "m " + (s % 60) + "s" : s + "s";
  }
}
