package io.github.councilplatform.benchmarks;

import io.github.councilplatform.sandbox.soak.FaultSoak;
import io.github.councilplatform.sandbox.soak.SoakReport;
import java.time.Duration;

/**
 * Issue 13's large fault soak: 10,000 seeded operations (Notify texts, Pay web payments, Pay agreement
 * payments) through a fault-injecting proxy in front of a sandbox, once without and once with the SDK's default
 * circuit breaker, counted against what the sandbox holds. Exits non-zero if any must-be-zero count is not.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.councilplatform.benchmarks.FaultSoakRun [operations] [faultRate] [seed]
 * }</pre>
 */
public final class FaultSoakRun {
  private FaultSoakRun() {}

  /**
   * Runs the soak.
   *
   * @param args optional: operations (default 10000), fault rate (default 0.25), seed (default 13)
   * @throws Exception if the soak cannot run
   */
  public static void main(String[] args) throws Exception {
    int operations = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    double faultRate = args.length > 1 ? Double.parseDouble(args[1]) : 0.25;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 13L;
    boolean clean = true;
    for (boolean breaker : new boolean[] {false, true}) {
      SoakReport r = FaultSoak.run(new FaultSoak.Config(seed, operations, faultRate, breaker, Duration.ofMillis(250)));
      System.out.println("circuitBreaker=" + (breaker ? "default" : "off") + System.lineSeparator() + r);
      clean &= r.clean() && r.faultShare() >= 0.20;
    }
    if (!clean) {
      System.exit(1);
    }
  }
}
