package io.github.councilplatform.examples;

import io.github.councilplatform.examples.support.Browser;
import io.github.councilplatform.examples.support.CouncilService;
import io.github.councilplatform.examples.support.JourneyContext;
import io.github.councilplatform.examples.support.JourneySkipped;
import io.github.councilplatform.examples.support.Platforms;
import io.github.councilplatform.examples.support.Steps;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sets up the platforms and the council's service once, then runs journeys one after another, each with
 * its own heading and result line.
 */
public final class JourneyRunner implements AutoCloseable {
  /** How a journey ended. */
  public enum Status {
    /** Every step did what it should. */
    PASSED,
    /** It cannot run here (for example it needs the sandbox); not a failure. */
    SKIPPED,
    /** A step failed. */
    FAILED
  }

  /**
   * A journey's result.
   *
   * @param name the journey's name
   * @param status how it ended
   * @param detail why it was skipped or failed, or empty
   * @param took how long it ran
   * @param failure the failure, when it failed
   */
  public record Result(String name, Status status, String detail, Duration took, Throwable failure) {}

  private final Platforms platforms;
  private final CouncilService council;
  private final PrintStream out;
  private final Supplier<Browser> browsers;

  private JourneyRunner(Platforms platforms, CouncilService council, PrintStream out, Supplier<Browser> browsers) {
    this.platforms = platforms;
    this.council = council;
    this.out = out;
    this.browsers = browsers;
  }

  /**
   * Starts the platforms the environment asks for and the council's service, and connects them.
   *
   * @param env the environment variables ({@code EXAMPLES_PORT} fixes the council service's port)
   * @param out where to print
   * @param browsers opens a browser for each resident, given the council's service
   * @return the runner; close it at the end
   * @throws IOException if the council's service cannot start
   */
  public static JourneyRunner start(Map<String, String> env, PrintStream out,
      Function<CouncilService, Browser> browsers) throws IOException {
    Platforms platforms = Platforms.fromEnvironment(env);
    CouncilService council = null;
    try {
      council = CouncilService.start(platforms, Integer.parseInt(env.getOrDefault("EXAMPLES_PORT", "0")));
      platforms.connect(council);
    } catch (IOException | RuntimeException e) {
      if (council != null) {
        council.close();
      }
      platforms.close();
      throw e;
    }
    CouncilService service = council;
    return new JourneyRunner(platforms, service, out, () -> browsers.apply(service));
  }

  /** {@return the platforms} */
  public Platforms platforms() {
    return platforms;
  }

  /** {@return the council's service} */
  public CouncilService council() {
    return council;
  }

  /**
   * Runs one journey and prints its steps and result.
   *
   * @param journey the journey
   * @return how it ended
   */
  public Result run(Journey journey) {
    out.println();
    out.println("== " + journey.name() + ": " + journey.title());
    long start = System.nanoTime();
    Result result;
    try {
      journey.run(new JourneyContext(platforms, council, new Steps(out), browsers));
      result = new Result(journey.name(), Status.PASSED, "", since(start), null);
    } catch (JourneySkipped e) {
      result = new Result(journey.name(), Status.SKIPPED, e.getMessage(), since(start), null);
    } catch (Exception | AssertionError e) {
      result = new Result(journey.name(), Status.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage(),
          since(start), e);
    }
    out.printf("   %s %s in %.1f s%s%n", result.status(), journey.name(), result.took().toMillis() / 1000.0,
        result.detail().isEmpty() ? "" : " (" + result.detail() + ")");
    return result;
  }

  @Override
  public void close() {
    council.close();
    platforms.close();
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
