package io.github.councilplatform.examples.support;

import java.io.PrintStream;
import java.util.function.Function;

/**
 * Prints a journey's steps readably: what was called, then how long it took and what came back (never
 * unmasked personal data or secrets: outcomes are described by the journey, with ids, statuses and masked
 * values).
 *
 * <pre>
 *    5  pay.createPayment(£25.00, PERMIT-123456)
 *           38 ms  payment hu20sqlact5260q2nanm0q8u93 CREATED; send the resident to its next_url
 * </pre>
 */
public final class Steps {
  private static final int URL_LIMIT = 110;
  private static final String CONTINUATION = "                  ";

  private final PrintStream out;
  private int count;

  /**
   * Creates a printer.
   *
   * @param out where to print
   */
  public Steps(PrintStream out) {
    this.out = out;
  }

  /** A step's work, which may throw anything. */
  @FunctionalInterface
  public interface Action<T> {
    /**
     * Does the work.
     *
     * @return the result
     * @throws Exception when the step fails
     */
    T get() throws Exception;
  }

  /**
   * Runs a step and prints it with its timing and outcome.
   *
   * @param what the call, for example {@code pay.createPayment(£25.00, ref PERMIT-1234)}
   * @param action the call itself
   * @param outcome describes the result in one line (no personal data), or returns {@code null}
   * @param <T> the result type
   * @return the result
   * @throws Exception whatever the action throws, after printing it
   */
  public <T> T call(String what, Action<T> action, Function<? super T, String> outcome) throws Exception {
    // The call is printed before it runs, so anything it prints (a link to open, a progress bar) sits under it.
    begin(what);
    long start = System.nanoTime();
    T result;
    try {
      result = action.get();
    } catch (Exception e) {
      end(start, "!! " + describe(e));
      throw e;
    }
    String text = outcome.apply(result);
    end(start, text == null ? "done" : text);
    return result;
  }

  /**
   * Runs a step that has no result worth describing.
   *
   * @param what the call
   * @param action the call itself
   * @param outcome what happened, in one line
   * @throws Exception whatever the action throws
   */
  public void run(String what, Action<?> action, String outcome) throws Exception {
    call(what, action, r -> outcome);
  }

  /**
   * Runs a step that must fail with a given exception, which the journey then handles.
   *
   * @param what the call
   * @param expected the exception type the platform must answer with
   * @param action the call
   * @param handled describes how the failure is handled
   * @param <E> the exception type
   * @return the exception
   * @throws Exception if the call succeeds or fails differently
   */
  public <E extends Exception> E refused(String what, Class<E> expected, Action<?> action,
      Function<? super E, String> handled) throws Exception {
    begin(what);
    long start = System.nanoTime();
    try {
      action.get();
    } catch (Exception e) {
      if (!expected.isInstance(e)) {
        end(start, "!! " + describe(e));
        throw e;
      }
      E failure = expected.cast(e);
      end(start, "refused as expected: " + describe(e));
      out.println(CONTINUATION + handled.apply(failure));
      return failure;
    }
    end(start, "!! not refused");
    throw new IllegalStateException(what + " should have been refused with " + expected.getSimpleName());
  }

  /**
   * Prints a remark between steps.
   *
   * @param text the remark
   */
  public void note(String text) {
    out.println(CONTINUATION + text);
  }

  /**
   * Prints text as it is (for example a URL a person must open).
   *
   * @param text the text
   */
  public void say(String text) {
    out.println(text);
  }

  /**
   * Fails the journey unless a condition holds.
   *
   * @param condition what must be true
   * @param failure what went wrong, if it is not
   */
  public void check(boolean condition, String failure) {
    if (!condition) {
      throw new IllegalStateException(failure);
    }
  }

  /** {@return where the steps are printed} */
  public PrintStream out() {
    return out;
  }

  /**
   * Shortens a URL for printing; URLs with tokens in them are long and only their start is informative.
   *
   * @param url the URL
   * @return the URL, shortened with "..." when long
   */
  public static String shortUrl(Object url) {
    String s = String.valueOf(url);
    return s.length() <= URL_LIMIT ? s : s.substring(0, URL_LIMIT) + "...";
  }

  private void begin(String what) {
    out.printf("   %2d  %s%n", ++count, what);
  }

  private void end(long startNanos, String text) {
    long ms = (System.nanoTime() - startNanos) / 1_000_000;
    out.printf("       %6d ms  %s%n", ms, text);
  }

  private static String describe(Exception e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (message.length() > 300) {
      message = message.substring(0, 300) + "...";
    }
    return e.getClass().getSimpleName() + ": " + message;
  }
}
