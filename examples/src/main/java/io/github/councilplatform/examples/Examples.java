package io.github.councilplatform.examples;

import io.github.councilplatform.examples.journeys.CallbacksJourney;
import io.github.councilplatform.examples.journeys.CouncilTaxRemindersJourney;
import io.github.councilplatform.examples.journeys.FailedPaymentsJourney;
import io.github.councilplatform.examples.journeys.ParkingPermitJourney;
import io.github.councilplatform.examples.journeys.RefundJourney;
import io.github.councilplatform.examples.journeys.SignOutJourney;
import io.github.councilplatform.examples.support.Browser;
import io.github.councilplatform.examples.support.HtmlUnitBrowser;
import io.github.councilplatform.examples.support.InteractiveBrowser;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the council journeys. With no configuration they run against the sandbox started in-process,
 * unattended; with platform credentials in the environment (see examples/README.md), against the real
 * platforms' test environments.
 *
 * <pre>
 * Examples                        every journey
 * Examples parking-permit refund  the journeys named
 * Examples --interactive          print links for a person to open instead of following the pages
 * Examples --list                 the journeys' names
 * </pre>
 *
 * <p>Exits 0 only if no journey failed (skipped journeys do not fail the run), 1 if one failed, 2 on a usage
 * or configuration error.
 */
public final class Examples {
  private Examples() {}

  /** {@return every journey, in the order they run} */
  public static List<Journey> journeys() {
    return List.of(new ParkingPermitJourney(), new FailedPaymentsJourney(), new RefundJourney(),
        new CouncilTaxRemindersJourney(), new CallbacksJourney(), new SignOutJourney());
  }

  /**
   * Finds a journey by name.
   *
   * @param name for example {@code refund}
   * @return the journey, or empty
   */
  public static Optional<Journey> journey(String name) {
    return journeys().stream().filter(j -> j.name().equals(name)).findFirst();
  }

  /**
   * Runs the journeys and exits with the run's status (only when it is not 0, so that running inside Maven's
   * {@code exec:java} a successful run lets Maven finish normally).
   *
   * @param args journey names and options
   * @throws Exception if the platforms cannot be started
   */
  public static void main(String[] args) throws Exception {
    int status = run(args, System.getenv(), new PrintStream(System.out, true, StandardCharsets.UTF_8));
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the journeys.
   *
   * @param args journey names, {@code --interactive}, {@code --list}
   * @param env the environment variables
   * @param out where to print
   * @return 0 if none failed, 1 if one failed, 2 on a usage or configuration error
   * @throws Exception if the platforms cannot be started
   */
  public static int run(String[] args, Map<String, String> env, PrintStream out) throws Exception {
    boolean interactive = false;
    List<Journey> chosen = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--interactive")) {
        interactive = true;
      } else if (arg.equals("--list")) {
        journeys().forEach(j -> out.printf("%-22s %s%n", j.name(), j.title()));
        return 0;
      } else if (journey(arg).isPresent()) {
        chosen.add(journey(arg).get());
      } else {
        out.println("Unknown journey or option \"" + arg + "\". Journeys: "
            + journeys().stream().map(Journey::name).toList() + "; options: --interactive, --list");
        return 2;
      }
    }
    if (chosen.isEmpty()) {
      chosen.addAll(journeys());
    }

    boolean person = interactive;
    long start = System.nanoTime();
    List<JourneyRunner.Result> results = new ArrayList<>();
    out.println("Council Platform SDK examples");
    JourneyRunner started;
    try {
      started = JourneyRunner.start(env, out,
          council -> person ? new InteractiveBrowser(council, out) : (Browser) new HtmlUnitBrowser());
    } catch (IllegalStateException | IllegalArgumentException e) {
      // Usually a missing or malformed variable: say which, rather than print a stack trace.
      out.println("Cannot start: " + e.getMessage());
      return 2;
    }
    try (JourneyRunner runner = started) {
      out.println("Platforms: " + runner.platforms().describe());
      out.println("Council service (return pages and callback endpoints): " + runner.council().baseUri());
      for (Journey journey : chosen) {
        results.add(runner.run(journey));
      }
    }

    out.println();
    out.println("Summary");
    for (JourneyRunner.Result r : results) {
      out.printf("  %-8s %-22s %5.1f s%s%n", r.status(), r.name(), r.took().toMillis() / 1000.0,
          r.detail().isEmpty() ? "" : "  " + r.detail());
    }
    long failed = results.stream().filter(r -> r.status() == JourneyRunner.Status.FAILED).count();
    out.printf("%d passed, %d skipped, %d failed in %.1f s%n",
        results.stream().filter(r -> r.status() == JourneyRunner.Status.PASSED).count(),
        results.stream().filter(r -> r.status() == JourneyRunner.Status.SKIPPED).count(), failed,
        (System.nanoTime() - start) / 1e9);
    return failed == 0 ? 0 : 1;
  }
}
